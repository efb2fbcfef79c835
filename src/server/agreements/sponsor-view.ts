import { desc, eq } from "drizzle-orm";
import type { SponsorConsentBody, SponsorEngagementViewResponse } from "../../contract/agreements";
import { sponsorConsentBody } from "../../contract/agreements";
import type { SponsorRead } from "../../contract/final-report";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  effectiveConsent,
  type GoalFacts,
  sponsorView,
  viewKinds,
} from "../../domain/programmes/sponsor-visibility";
import type { AgreementTerms } from "../../domain/programmes/three-way-agreement";
import { mayChangeConsent } from "../../domain/programmes/three-way-agreement";
import {
  describeRead,
  mayReadSharedReport,
  SHARE_KINDS,
  type ShareKind,
} from "../../domain/review/report-sharing";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { reportSharing, sponsorRead, user } from "../db/schema";
import { type EngagementRow, selectSessionsUsed } from "../engagements/queries";
import { findVisibleEngagement } from "../engagements/service";
import { finalReflections, outcomeOf } from "../final-report/report";
import { readGoals } from "../goals/goal-service";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { termsInForce } from "./agreement-store";

// The sponsor's view of one engagement (docs/decisions/031): the stage and sessions always; the
// goals as the terms in force and the client's consent allow, or, with no terms in force, as the
// client shared them (decision 026). The client may look at it as the sponsor does, and narrows
// their consent here at any stage. Each read by the sponsor that shows any of the client's items
// is logged where the client sees it.

const READERS = {
  may: mayReadSharedReport,
  refusal: "Only the engagement's sponsor, and its client, see what the sponsor is shown.",
};

export async function getSponsorView(ctx: AppContext, viewer: Viewer, engagementId: string) {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  const view = await buildView(ctx, row, relation);
  const kinds = view.kinds;
  if (relation === "sponsor" && kinds.length > 0)
    await ctx.db.insert(sponsorRead).values({ engagementId, sponsorId: viewer.userId, kinds });
  return view;
}

export async function putSponsorConsent(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: SponsorConsentBody,
) {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  if (!mayChangeConsent(relation))
    throw forbidden("Only the client chooses what their sponsor sees.");
  const input = sponsorConsentBody.parse(body);
  const inForce = await termsInForce(ctx.db, row);
  if (!inForce) throw new AppError("agreement_not_in_force");
  const goals = await reviewedGoals(ctx, engagementId);
  const ids = goals.map((g) => g.id);
  const problems = [
    ...unknownGoals(input.goalStatus, ids, "goalStatus"),
    ...unknownGoals(input.goalOutcome, ids, "goalOutcome"),
  ];
  if (problems.length > 0) throw invalidInput(problems);
  const capped = effectiveConsent(inForce, { summary: false, ...input }, ids);
  const values = {
    goalStatus: capped.goalStatus,
    goalOutcome: capped.goalOutcome,
    updatedBy: viewer.userId,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(reportSharing)
    .values({ engagementId, ...values })
    .onConflictDoUpdate({ target: reportSharing.engagementId, set: values });
  return buildView(ctx, row, relation);
}

async function buildView(
  ctx: AppContext,
  row: EngagementRow,
  relation: EngagementRelation,
): Promise<SponsorEngagementViewResponse> {
  const engagementId = row.engagement.id;
  const [inForce, goals, stored, sessionsUsed, reads] = await Promise.all([
    termsInForce(ctx.db, row),
    reviewedGoals(ctx, engagementId),
    ctx.db.select().from(reportSharing).where(eq(reportSharing.engagementId, engagementId)),
    selectSessionsUsed(ctx.db, engagementId),
    relation === "client" ? sponsorReads(ctx.db, engagementId) : [],
  ]);
  const sharing = stored[0];
  const consent = sharing
    ? {
        summary: sharing.shareSummary,
        goalStatus: sharing.goalStatus,
        goalOutcome: sharing.goalOutcome,
      }
    : null;
  const view = sponsorView({
    stage: row.engagement.stage,
    sessionsUsed,
    sessionsPlanned: row.engagement.sessionsPlanned,
    goals: goals.map(({ labels: _, ...facts }) => facts),
    inForce,
    consent,
    summary: sharing?.summary ?? null,
    items: [],
    sharedItems: [],
  });
  const labels = new Map(goals.map((g) => [g.id, g.labels]));
  const ids = goals.map((g) => g.id);
  const chosen = effectiveConsent(inForce, consent, ids);
  return {
    engagementTitle: row.engagement.title,
    clientName: row.client.name,
    stage: view.stage,
    sessions: view.sessions,
    basis: inForce ? "agreement" : "sharing",
    sponsorSees: inForce?.sponsorSees ?? [],
    goals: view.goals.map((g) => ({
      id: g.id,
      title: g.title,
      status: g.status ? { status: g.status, label: labels.get(g.id) ?? "" } : null,
      outcome: g.outcome,
    })),
    summary: view.summary,
    kinds: viewKinds(view).filter(isShareKind),
    consent:
      relation === "client"
        ? {
            goals: goals.map((g) => ({ id: g.id, title: g.title })),
            goalStatus: chosen.goalStatus,
            goalOutcome: chosen.goalOutcome,
            editable: termsAllowGoals(inForce),
            reads,
          }
        : null,
  };
}

/** The sponsor's reads as the client sees them ("Sam Lee read your goal titles and status"). */
async function sponsorReads(db: Executor, engagementId: string): Promise<SponsorRead[]> {
  const rows = await db
    .select({ at: sponsorRead.readAt, sponsorName: user.name, kinds: sponsorRead.kinds })
    .from(sponsorRead)
    .innerJoin(user, eq(user.id, sponsorRead.sponsorId))
    .where(eq(sponsorRead.engagementId, engagementId))
    .orderBy(desc(sponsorRead.readAt))
    .limit(READS_SHOWN);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    sponsorName: r.sponsorName,
    kinds: r.kinds,
    words: describeRead(r.kinds),
  }));
}

const READS_SHOWN = 100;

const termsAllowGoals = (inForce: AgreementTerms | null) =>
  Boolean(inForce?.sponsorSees.includes("goal-titles"));

const isShareKind = (kind: string): kind is ShareKind =>
  (SHARE_KINDS as readonly string[]).includes(kind);

/** The goals the client's choice may name (decision 026): open or achieved, with outcomes. */
async function reviewedGoals(ctx: AppContext, engagementId: string) {
  const [goals, finals] = await Promise.all([
    readGoals(ctx.db, { engagementId }, engagementId),
    finalReflections(ctx.db, engagementId),
  ]);
  const bothShared = Boolean(finals.client && finals.coach);
  return goals
    .filter((g) => g.state === "open" || g.state === "achieved")
    .map((g): GoalFacts & { labels: string } => ({
      id: g.id,
      title: g.statement,
      status: g.status.status,
      labels: g.status.label,
      outcome: bothShared
        ? {
            client: outcomeOf(finals.client, g.id)?.outcome ?? null,
            coach: outcomeOf(finals.coach, g.id)?.outcome ?? null,
          }
        : null,
    }));
}

function unknownGoals(chosen: string[], ids: string[], field: string) {
  return chosen.flatMap((id, i) =>
    ids.includes(id)
      ? []
      : [{ path: `${field}.${i}`, message: "Choose a goal of this engagement" }],
  );
}
