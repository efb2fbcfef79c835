import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type {
  SustainCheckInForm,
  SustainCheckInInput,
  SustainCheckInSent,
} from "../../contract/sustain";
import { sustainCheckInInput } from "../../contract/sustain";
import type { FieldProblem } from "../../domain/field-problem";
import { localParts } from "../../domain/sessions/zoned-time";
import { nextSelfCheckIn } from "../../domain/sustain/self-check-ins";
import { checkInTokenHash } from "../check-ins/links";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { engagement, sustainCheckIn, sustainPlan, user } from "../db/schema";
import { AppError, invalidInput, notFound } from "../http/errors";
import { selectEndedOn } from "./queries";
import { clientTimeZone } from "./service";

// A self check-in's mailed link opens that one check-in without a password, once, for two weeks.
// It still works after the engagement is closed: the plan keeps working after the end (decision 023).

async function openLink(db: Executor, token: string) {
  const [link] = await db
    .select({
      id: sustainCheckIn.id,
      due: sustainCheckIn.due,
      expiresAt: sustainCheckIn.expiresAt,
      answeredAt: sustainCheckIn.answeredAt,
      engagement: {
        id: engagement.id,
        stage: engagement.stage,
        plannedEndDate: engagement.plannedEndDate,
        clientId: engagement.clientId,
      },
      items: sustainPlan.items,
      quarterly: sustainPlan.quarterly,
      clientName: sql<string>`(select name from ${user} where ${user.id} = ${engagement.clientId})`,
      coachName: sql<string>`(select name from ${user} where ${user.id} = ${engagement.coachId})`,
    })
    .from(sustainCheckIn)
    .innerJoin(engagement, eq(engagement.id, sustainCheckIn.engagementId))
    .innerJoin(sustainPlan, eq(sustainPlan.engagementId, sustainCheckIn.engagementId))
    .where(eq(sustainCheckIn.tokenHash, checkInTokenHash(token)));
  if (!link) throw notFound("This self check-in link");
  if (link.answeredAt) throw new AppError("sustain_link_used");
  if (!link.expiresAt || link.expiresAt <= new Date()) throw new AppError("sustain_link_expired");
  return link;
}

export async function sustainCheckInFormFor(
  ctx: AppContext,
  token: string,
): Promise<SustainCheckInForm> {
  const link = await openLink(ctx.db, token);
  return {
    clientName: link.clientName,
    coachName: link.coachName,
    due: link.due,
    items: link.items,
  };
}

/** Saves the answers and spends the link in one statement: a second send finds it spent (410). */
export async function sustainCheckInThroughLink(
  ctx: AppContext,
  token: string,
  body: SustainCheckInInput,
): Promise<SustainCheckInSent> {
  const link = await openLink(ctx.db, token);
  const input = sustainCheckInInput.parse(body);
  const problems = ratingProblems(
    link.items.map((item) => item.id),
    input.ratings,
  );
  if (problems.length > 0) throw invalidInput(problems);
  const now = new Date();
  const [saved] = await ctx.db
    .update(sustainCheckIn)
    .set({
      answeredAt: now,
      ratings: Object.fromEntries(input.ratings.map((r) => [r.itemId, r.rating])),
      howItWent: input.howItWent,
      note: input.note || null,
    })
    .where(
      and(
        eq(sustainCheckIn.id, link.id),
        isNull(sustainCheckIn.answeredAt),
        gt(sustainCheckIn.expiresAt, now),
      ),
    )
    .returning({ id: sustainCheckIn.id });
  if (!saved) throw new AppError("sustain_link_used");
  const timeZone = await clientTimeZone(ctx.db, link.engagement.clientId);
  const endedOn = await selectEndedOn(ctx.db, link.engagement, timeZone);
  const today = localParts(now, timeZone).date;
  return {
    due: link.due,
    nextCheckIn: endedOn ? nextSelfCheckIn(endedOn, link.quarterly, today) : null,
  };
}

/** Each item of the plan rated once, and nothing else. */
function ratingProblems(
  itemIds: string[],
  ratings: readonly { itemId: string; rating: number }[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  ratings.forEach((rating, index) => {
    if (!itemIds.includes(rating.itemId) || seen.has(rating.itemId))
      problems.push({
        path: `ratings.${index}.itemId`,
        message: "This is not an item of your sustain plan, or it is rated twice.",
      });
    seen.add(rating.itemId);
  });
  const missing = itemIds.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push({ path: "ratings", message: "Rate each item of your plan, from 1 to 5." });
  return problems;
}
