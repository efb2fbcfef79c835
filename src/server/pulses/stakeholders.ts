import { and, eq, isNull } from "drizzle-orm";
import type { PulseOverview, StakeholderInput } from "../../contract/pulses";
import { mailboxOf } from "../../domain/feedback/mailbox";
import { type EngagementPerson, raterAddressProblem } from "../../domain/feedback/rater-addresses";
import {
  approverOfStakeholder,
  mayApproveStakeholder,
  STAKEHOLDERS_MAX,
} from "../../domain/pulses/stakeholders";
import type { Viewer } from "../access/viewer";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { AppContext } from "../context";
import type { Transaction } from "../db/database";
import { engagement, pulseStakeholder, user } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, forbidden, invalidInput, notFound } from "../http/errors";
import { stakeholderToApproveMail } from "./pulse-mails";
import { overviewOf, requirePulseParty } from "./service";

// The stakeholders: the client chooses them (the coach may suggest some); whoever adds one, the
// other party approves before any link goes out, and both see who added whom and when. No
// stakeholder may have the mailbox of the client, the coach, the sponsor or of another
// stakeholder, under any spelling (the 360's rule, decision 009); a unique index holds it.

export async function addStakeholder(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: StakeholderInput,
): Promise<PulseOverview> {
  const { relation, engagement: found } = await requirePulseParty(ctx, viewer, engagementId, true);
  const people = await peopleOf(ctx, found);
  try {
    await ctx.db.transaction(async (tx) => {
      // The engagement's row is held, so two additions check against one list.
      await tx
        .select({ id: engagement.id })
        .from(engagement)
        .where(eq(engagement.id, engagementId))
        .for("update");
      const listed = await tx
        .select({
          id: pulseStakeholder.id,
          name: pulseStakeholder.name,
          email: pulseStakeholder.email,
        })
        .from(pulseStakeholder)
        .where(
          and(eq(pulseStakeholder.engagementId, engagementId), isNull(pulseStakeholder.removedAt)),
        );
      const problem = raterAddressProblem(input.email, people, listed);
      if (problem) throw invalidInput([problem], "This person cannot be a stakeholder.");
      if (listed.length >= STAKEHOLDERS_MAX)
        throw invalidInput([
          { path: "email", message: `A pulse goes to at most ${STAKEHOLDERS_MAX} stakeholders.` },
        ]);
      const waiting = await tx
        .select({ id: pulseStakeholder.id })
        .from(pulseStakeholder)
        .where(
          and(
            eq(pulseStakeholder.engagementId, engagementId),
            eq(pulseStakeholder.addedBy, viewer.userId),
            isNull(pulseStakeholder.approvedAt),
            isNull(pulseStakeholder.removedAt),
          ),
        )
        .limit(1);
      await tx.insert(pulseStakeholder).values({
        engagementId,
        name: input.name,
        email: input.email.trim(),
        mailbox: mailboxOf(input.email),
        relationship: input.relationship ?? "",
        addedBy: viewer.userId,
      });
      // One mail when the first waits: the approver sees every later one on the same page.
      if (waiting.length === 0) await askToApprove(ctx, tx, viewer, found, input.name);
    });
  } catch (error) {
    if (isUniqueViolation(error, "pulse_stakeholder_mailbox_unique"))
      throw invalidInput([
        { path: "email", message: "This mailbox is on the list already: one person answers once." },
      ]);
    throw error;
  }
  return overviewOf(ctx.db, engagementId, relation);
}

async function askToApprove(
  ctx: AppContext,
  tx: Transaction,
  adder: Viewer,
  found: { id: string; practiceId: string; coachId: string; clientId: string },
  stakeholderName: string,
) {
  const approverId = adder.userId === found.clientId ? found.coachId : found.clientId;
  const [approver] = await tx
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, approverId));
  if (!approver) return;
  const mail = stakeholderToApproveMail({
    approverName: approver.name,
    adderName: adder.name,
    stakeholderName,
    url: `${ctx.config.publicUrl}/engagements/${found.id}`,
  });
  await sendTopicMail(
    { db: tx, mailer: ctx.mailer },
    { userId: approverId, topic: "pulse_updates" },
    { to: approver.email, ...mail, practiceId: found.practiceId },
    tx,
  );
}

async function peopleOf(
  ctx: AppContext,
  found: { coachId: string; clientId: string; sponsorId: string | null },
) {
  const ids: [EngagementPerson["role"], string][] = [
    ["coach", found.coachId],
    ["client", found.clientId],
  ];
  if (found.sponsorId) ids.push(["sponsor", found.sponsorId]);
  const people: EngagementPerson[] = [];
  for (const [role, id] of ids) {
    const [row] = await ctx.db.select({ email: user.email }).from(user).where(eq(user.id, id));
    if (row) people.push({ role, email: row.email });
  }
  return people;
}

async function findStakeholder(ctx: AppContext, viewer: Viewer, stakeholderId: string) {
  const [row] = await ctx.db
    .select()
    .from(pulseStakeholder)
    .where(eq(pulseStakeholder.id, stakeholderId));
  if (!row) throw notFound("This stakeholder");
  const party = await requirePulseParty(ctx, viewer, row.engagementId, true);
  return { row, ...party };
}

/** The party who did not add the stakeholder approves them: only then do they get links. */
export async function approveStakeholder(
  ctx: AppContext,
  viewer: Viewer,
  stakeholderId: string,
): Promise<PulseOverview> {
  const { row, relation, engagement: found } = await findStakeholder(ctx, viewer, stakeholderId);
  if (!mayApproveStakeholder(relation, row.addedBy, found.clientId)) {
    const approver = approverOfStakeholder(row.addedBy, found.clientId);
    throw forbidden(`You added this stakeholder; the ${approver} approves them.`);
  }
  if (row.removedAt || row.approvedAt) throw new AppError("stakeholder_not_waiting");
  const [approved] = await ctx.db
    .update(pulseStakeholder)
    .set({ approvedBy: viewer.userId, approvedAt: new Date() })
    .where(
      and(
        eq(pulseStakeholder.id, stakeholderId),
        isNull(pulseStakeholder.approvedAt),
        isNull(pulseStakeholder.removedAt),
      ),
    )
    .returning({ id: pulseStakeholder.id });
  if (!approved) throw new AppError("stakeholder_not_waiting");
  return overviewOf(ctx.db, row.engagementId, relation);
}

/**
 * Either party takes a stakeholder off (a waiting one is declined): they get no further round.
 * A link of a round already open keeps working: taking it away would tell whether they answered.
 */
export async function removeStakeholder(
  ctx: AppContext,
  viewer: Viewer,
  stakeholderId: string,
): Promise<PulseOverview> {
  const { row, relation } = await findStakeholder(ctx, viewer, stakeholderId);
  await ctx.db
    .update(pulseStakeholder)
    .set({ removedAt: new Date() })
    .where(and(eq(pulseStakeholder.id, stakeholderId), isNull(pulseStakeholder.removedAt)));
  return overviewOf(ctx.db, row.engagementId, relation);
}
