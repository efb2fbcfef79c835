import { and, desc, eq, inArray } from "drizzle-orm";
import type {
  SharedReport,
  SharingInput,
  SharingView,
  SponsorRead,
} from "../../contract/final-report";
import { sharingInput } from "../../contract/final-report";
import {
  describeRead,
  mayChooseSharing,
  mayReadSharedReport,
  normaliseChoice,
  type ShareKind,
  sharedKinds,
} from "../../domain/review/report-sharing";
import type { Viewer } from "../access/viewer";
import { choiceInForce } from "../agreements/consent";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { goal, reportSharing, sponsorRead, user } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";
import { readGoals } from "../goals/goal-service";
import { forbidden, invalidInput } from "../http/errors";
import { finalReflections, outcomeOf, requireReportEngagement } from "./report";

// What the client shares of the final report with the engagement's sponsor (docs/decisions/026):
// the client alone chooses and changes it; the coach sees the choice and the reads; the sponsor
// reads only what is shared, and every such read is logged for the client to see.

const SHARED_REFUSAL = "Only the engagement's sponsor reads what the client shares.";
const READS_SHOWN = 100;

export async function getSharing(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<SharingView> {
  const { row, relation } = await requireReportEngagement(ctx, viewer, engagementId);
  return sharingView(ctx.db, row, mayChooseSharing(relation));
}

export async function putSharing(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: SharingInput,
): Promise<SharingView> {
  const { row, relation } = await requireReportEngagement(ctx, viewer, engagementId);
  if (!mayChooseSharing(relation))
    throw forbidden("Only the client chooses what their sponsor sees.");
  const input = sharingInput.parse(body);
  const ids = await reviewedGoalIds(ctx.db, engagementId);
  const problems = [
    ...unknownGoals(input.goalStatus, ids, "goalStatus"),
    ...unknownGoals(input.goalOutcome, ids, "goalOutcome"),
  ];
  if (problems.length > 0) throw invalidInput(problems);
  const choice = normaliseChoice(
    { summary: input.shareSummary, goalStatus: input.goalStatus, goalOutcome: input.goalOutcome },
    ids,
  );
  const values = {
    summary: input.summary,
    shareSummary: choice.summary,
    goalStatus: choice.goalStatus,
    goalOutcome: choice.goalOutcome,
    updatedBy: viewer.userId,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(reportSharing)
    .values({ engagementId, ...values })
    .onConflictDoUpdate({ target: reportSharing.engagementId, set: values });
  return sharingView(ctx.db, row, true);
}

/** What the sponsor may see; a read by the sponsor that shows anything is logged. */
export async function getSharedReport(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<SharedReport> {
  const { row, relation } = await requireReportEngagement(
    ctx,
    viewer,
    engagementId,
    mayReadSharedReport,
    SHARED_REFUSAL,
  );
  const [stored] = await ctx.db
    .select()
    .from(reportSharing)
    .where(eq(reportSharing.engagementId, engagementId));
  const choice = await choiceInForce(ctx.db, row, stored);
  const summary = stored?.summary ?? "";
  const kinds = sharedKinds(choice, summary !== "");
  const [goals, finals] =
    choice.goalStatus.length > 0
      ? await Promise.all([
          readGoals(ctx.db, { engagementId }, engagementId),
          finalReflections(ctx.db, engagementId),
        ])
      : [[], null];
  const bothShared = Boolean(finals?.client && finals.coach);
  const report: SharedReport = {
    engagementTitle: row.engagement.title,
    clientName: row.client.name,
    summary: kinds.includes("summary") ? summary : null,
    goals: goals
      .filter((g) => choice.goalStatus.includes(g.id))
      .map((g) => ({
        id: g.id,
        statement: g.statement,
        status: { status: g.status.status, label: g.status.label },
        outcomes:
          finals && bothShared && choice.goalOutcome.includes(g.id)
            ? {
                client: outcomeOf(finals.client, g.id)?.outcome ?? null,
                coach: outcomeOf(finals.coach, g.id)?.outcome ?? null,
              }
            : null,
      })),
  };
  const seen = kinds.filter((k) => k !== "goal-outcome" || report.goals.some((g) => g.outcomes));
  if (relation === "sponsor" && seen.length > 0)
    await ctx.db
      .insert(sponsorRead)
      .values({ engagementId, sponsorId: viewer.userId, kinds: seen });
  return report;
}

async function sharingView(db: Executor, row: EngagementRow, editable: boolean) {
  const engagementId = row.engagement.id;
  const [[stored], reads] = await Promise.all([
    db.select().from(reportSharing).where(eq(reportSharing.engagementId, engagementId)),
    db
      .select({ at: sponsorRead.readAt, sponsorName: user.name, kinds: sponsorRead.kinds })
      .from(sponsorRead)
      .innerJoin(user, eq(user.id, sponsorRead.sponsorId))
      .where(eq(sponsorRead.engagementId, engagementId))
      .orderBy(desc(sponsorRead.readAt))
      .limit(READS_SHOWN),
  ]);
  const choice = await choiceInForce(db, row, stored);
  return {
    summary: stored?.summary ?? "",
    shareSummary: stored?.shareSummary ?? false,
    goalStatus: choice.goalStatus,
    goalOutcome: choice.goalOutcome,
    editable,
    sponsorName: row.sponsor?.name ?? null,
    reads: reads.map(readView),
    updatedAt: stored?.updatedAt.toISOString() ?? null,
  };
}

const readView = (r: { at: Date; sponsorName: string; kinds: ShareKind[] }): SponsorRead => ({
  at: r.at.toISOString(),
  sponsorName: r.sponsorName,
  kinds: r.kinds,
  words: describeRead(r.kinds),
});

async function reviewedGoalIds(db: Executor, engagementId: string): Promise<string[]> {
  const rows = await db
    .select({ id: goal.id })
    .from(goal)
    .where(and(eq(goal.engagementId, engagementId), inArray(goal.state, ["open", "achieved"])))
    .orderBy(goal.position);
  return rows.map((r) => r.id);
}

function unknownGoals(chosen: string[], ids: string[], field: string) {
  return chosen.flatMap((id, i) =>
    ids.includes(id)
      ? []
      : [{ path: `${field}.${i}`, message: "Choose a goal of this engagement" }],
  );
}
