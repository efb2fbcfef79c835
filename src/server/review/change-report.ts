import { and, asc, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { ChangeReport } from "../../contract/change-report";
import { MINIMUM_FOR_NORMS } from "../../domain/assessment/profile";
import { responseRange, scoreResponse } from "../../domain/assessment/scoring";
import type { FeedbackReport } from "../../domain/feedback/report-types";
import {
  CHANGE_EXPLANATION,
  compareFeedback,
  compareScale,
} from "../../domain/review/change-report";
import type { Viewer } from "../access/viewer";
import { practiceNorms } from "../assessments/norms-cache";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { assessment, feedbackCampaign, feedbackRater } from "../db/schema";
import { findEngagementForClientWork } from "../engagements/client-work";
import type { EngagementRow } from "../engagements/queries";
import { BoundedCache } from "../runtime/bounded-cache";

// The change report (docs/decisions/025): the latest released repeat of a 360 against its
// baseline, both read from the reports frozen at release only, and each questionnaire the client
// submitted more than once, the first response against the latest.

export async function getChangeReport(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<ChangeReport> {
  const { row } = await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the change report.",
  );
  return changeReportOf(ctx, row);
}

/** The change report of an engagement the caller has already let the viewer see. */
export async function changeReportOf(
  ctx: AppContext,
  row: Pick<EngagementRow, "engagement">,
): Promise<ChangeReport> {
  const engagementId = row.engagement.id;
  const [feedback, personality] = await Promise.all([
    feedbackChange(ctx, engagementId),
    personalityChange(ctx, row.engagement.practiceId, engagementId),
  ]);
  return {
    engagementId,
    explanation: CHANGE_EXPLANATION,
    feedback: feedback.missing === null ? feedback.change : null,
    feedbackMissing: feedback.missing,
    personality,
  };
}

interface ReleasedRound {
  id: string;
  releasedAt: Date;
  report: FeedbackReport;
}

type FeedbackChange = NonNullable<ChangeReport["feedback"]>;

// A released report never changes (comments-review.ts refuses redactions after release), so a
// comparison of two released rounds, for the same answer on their raters, holds for good.
const comparedRounds = new BoundedCache<string, FeedbackChange>(500);

async function feedbackChange(ctx: AppContext, engagementId: string) {
  const released = await changeReads(ctx.db).released.execute({ engagementId });
  const repeat = released.find((c) => c.repeatOf && released.some((b) => b.id === c.repeatOf));
  if (!repeat?.repeatOf)
    return {
      change: null,
      missing:
        released.length === 0
          ? "No 360 feedback has been released yet."
          : "No repeat of the 360 feedback has been released yet: change appears once one is.",
    };
  const sameRaters = await haveSameRaters(ctx, repeat.repeatOf, repeat.id);
  const key = `${repeat.repeatOf}:${repeat.id}:${sameRaters}`;
  let change = comparedRounds.get(key);
  if (!change) {
    change = await compareRounds(ctx, repeat.repeatOf, repeat.id, sameRaters);
    comparedRounds.set(key, change);
  }
  return { change, missing: null };
}

async function compareRounds(
  ctx: AppContext,
  baselineId: string,
  repeatId: string,
  sameRaters: boolean,
): Promise<FeedbackChange> {
  const rounds = (await ctx.db
    .select({
      id: feedbackCampaign.id,
      releasedAt: feedbackCampaign.releasedAt,
      report: feedbackCampaign.report,
    })
    .from(feedbackCampaign)
    .where(inArray(feedbackCampaign.id, [baselineId, repeatId]))) as ReleasedRound[];
  const baseline = rounds.find((r) => r.id === baselineId) as ReleasedRound;
  const now = rounds.find((r) => r.id === repeatId) as ReleasedRound;
  const { competencies } = compareFeedback(baseline.report, now.report, sameRaters);
  return {
    baseline: roundOf(baseline),
    repeat: roundOf(now),
    sameRaters,
    scale: { min: now.report.scale.min, max: now.report.scale.max },
    competencies,
  };
}

function roundOf(round: ReleasedRound) {
  return {
    campaignId: round.id,
    releasedAt: round.releasedAt.toISOString(),
    responses: round.report.responses,
  };
}

/** Whether both rounds listed the same mailboxes (raters never approved were never asked). */
async function haveSameRaters(ctx: AppContext, baselineId: string, repeatId: string) {
  const rows = await changeReads(ctx.db).raters.execute({ baselineId, repeatId });
  const asked = (id: string) =>
    new Set(
      rows
        .filter((r) => r.campaignId === id && (!r.addedLate || r.approvedBy !== null))
        .map((r) => r.mailbox),
    );
  const before = asked(baselineId);
  const after = asked(repeatId);
  return before.size === after.size && [...before].every((mailbox) => after.has(mailbox));
}

async function personalityChange(ctx: AppContext, practiceId: string, engagementId: string) {
  const submitted = await changeReads(ctx.db).submitted.execute({ engagementId });
  const instruments = [...new Set(submitted.map((s) => s.instrumentId))];
  const sets = await Promise.all(
    instruments.map(async (instrumentId) => {
      const responses = submitted.filter((s) => s.instrumentId === instrumentId);
      const first = responses[0];
      const latest = responses.at(-1);
      if (!first || !latest || responses.length < 2) return null;
      const [before, after] = await Promise.all([
        ctx.instruments.version(first.versionId),
        ctx.instruments.version(latest.versionId),
      ]);
      const norms = await practiceNorms(ctx.db, practiceId, instrumentId, latest.versionId, after);
      const baseScores = scoreResponse(before, first.answers);
      const nowScores = scoreResponse(after, latest.answers);
      const { lowest, highest } = responseRange(after);
      const scale = { min: lowest, max: highest };
      return {
        instrumentId,
        instrumentName: after.name,
        baselineSubmittedAt: (first.submittedAt as Date).toISOString(),
        latestSubmittedAt: (latest.submittedAt as Date).toISOString(),
        scale,
        scales: after.scales.map((definition) => {
          const population = norms.scales[definition.id];
          return compareScale({
            id: definition.id,
            name: definition.name,
            baseline: baseScores.find((s) => s.scaleId === definition.id)?.mean ?? null,
            now: nowScores.find((s) => s.scaleId === definition.id)?.mean ?? null,
            alpha: definition.alpha,
            alphaSource: definition.alphaSource,
            practiceAlpha: population?.practice ?? null,
            norms: { sd: population?.sd ?? null, people: population?.scores.length ?? 0 },
            minimumForNorms: MINIMUM_FOR_NORMS,
            scale,
          });
        }),
      };
    }),
  );
  return sets.filter((set) => set !== null);
}

function prepareChangeReads(db: Database) {
  const engagementId = sql.placeholder("engagementId");
  return {
    released: db
      .select({ id: feedbackCampaign.id, repeatOf: feedbackCampaign.repeatOf })
      .from(feedbackCampaign)
      .where(
        and(
          eq(feedbackCampaign.engagementId, engagementId),
          eq(feedbackCampaign.status, "released"),
          isNotNull(feedbackCampaign.report),
        ),
      )
      .orderBy(desc(feedbackCampaign.releasedAt), desc(feedbackCampaign.id))
      .prepare("keel_change_released_rounds"),
    raters: db
      .select({
        campaignId: feedbackRater.campaignId,
        mailbox: feedbackRater.mailbox,
        addedLate: feedbackRater.addedLate,
        approvedBy: feedbackRater.approvedBy,
      })
      .from(feedbackRater)
      .where(
        or(
          eq(feedbackRater.campaignId, sql.placeholder("baselineId")),
          eq(feedbackRater.campaignId, sql.placeholder("repeatId")),
        ),
      )
      .prepare("keel_change_raters"),
    submitted: db
      .select({
        instrumentId: assessment.instrumentId,
        versionId: assessment.instrumentVersionId,
        answers: assessment.answers,
        submittedAt: assessment.submittedAt,
      })
      .from(assessment)
      .where(and(eq(assessment.engagementId, engagementId), eq(assessment.status, "submitted")))
      .orderBy(asc(assessment.submittedAt), asc(assessment.id))
      .prepare("keel_change_submitted"),
  };
}

const changeReads = preparedStatement(prepareChangeReads);
