import { and, eq } from "drizzle-orm";
import { responseRange, scoreResponse } from "../../domain/assessment/scoring";
import type { EntryKind, Proposal } from "../../domain/development/entries";
import type {
  ReleasedFeedback,
  ReportForProposals,
} from "../../domain/development/feedback-proposals";
import { type PersonalityScore, proposeEntries } from "../../domain/development/proposals";
import type { EngagementParties } from "../../domain/engagement/access";
import type { Viewer } from "../access/viewer";
import { requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { developmentDismissal, developmentEntry, engagement } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { clientWork, findEngagementForClientWork } from "../engagements/client-work";
import { partyColumns } from "../engagements/queries";
import { submittedWheelRatings } from "../exercises/submitted-wheels";
import { AppError, invalidInput, notFound } from "../http/errors";
import { BoundedCache } from "../runtime/bounded-cache";
import {
  type EntryRow,
  type EvidenceIndex,
  selectDismissals,
  selectEntryRows,
  selectEvidence,
  selectReportForProposals,
  selectSubmittedAnswers,
} from "./queries";

// The development profile is the client's and their coach's, like the evidence it rests on.

export async function getProfile(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await requireParty(ctx, viewer, engagementId);
  const [entries, dismissed, evidence] = await Promise.all([
    selectEntries(ctx, engagementId),
    selectDismissedKeys(ctx, engagementId),
    currentEvidence(ctx, engagementId),
  ]);
  const accepted = new Set(entries.flatMap((e) => (e.proposalKey ? [e.proposalKey] : [])));
  const open = proposeEntries({ ...evidence, decided: accepted });
  const setAside = new Set(dismissed);
  return {
    entries,
    proposals: open.filter((p) => !setAside.has(p.key)),
    setAside: open.filter((p) => setAside.has(p.key)),
  };
}

export async function addEntry(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: { kind: EntryKind; title: string; detail: string; proposalKey?: string | undefined },
) {
  await requireParty(ctx, viewer, engagementId);
  const proposal = input.proposalKey
    ? await requireProposal(ctx, engagementId, input.proposalKey)
    : null;
  try {
    const [created] = await ctx.db
      .insert(developmentEntry)
      .values({
        engagementId,
        kind: input.kind,
        title: input.title,
        detail: input.detail,
        evidence: proposal?.evidence ?? [],
        proposalKey: proposal?.key ?? null,
        createdBy: viewer.userId,
        updatedBy: viewer.userId,
      })
      .returning({ id: developmentEntry.id });
    return requireEntry(ctx, (created as { id: string }).id);
  } catch (error) {
    if (isUniqueViolation(error, "development_entry_proposal_idx"))
      throw new AppError("already_decided");
    throw error;
  }
}

export async function updateEntry(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  changes: {
    kind?: EntryKind | undefined;
    title?: string | undefined;
    detail?: string | undefined;
  },
) {
  await requireEditableEntry(ctx, viewer, id);
  await ctx.db
    .update(developmentEntry)
    .set({ ...changes, updatedBy: viewer.userId })
    .where(eq(developmentEntry.id, id));
  return requireEntry(ctx, id);
}

export async function removeEntry(ctx: AppContext, viewer: Viewer, id: string) {
  await requireEditableEntry(ctx, viewer, id);
  await ctx.db.delete(developmentEntry).where(eq(developmentEntry.id, id));
}

export async function dismissProposal(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  proposalKey: string,
) {
  await requireParty(ctx, viewer, engagementId);
  await requireProposal(ctx, engagementId, proposalKey);
  await ctx.db
    .insert(developmentDismissal)
    .values({ engagementId, proposalKey, dismissedBy: viewer.userId })
    .onConflictDoNothing();
}

/** Brings a suggestion that was set aside back among the suggestions; nothing if it was not. */
export async function restoreProposal(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  proposalKey: string,
) {
  await requireParty(ctx, viewer, engagementId);
  await ctx.db
    .delete(developmentDismissal)
    .where(
      and(
        eq(developmentDismissal.engagementId, engagementId),
        eq(developmentDismissal.proposalKey, proposalKey),
      ),
    );
}

async function requireParty(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the development profile.",
  );
}

const entries = clientWork<{ parties: EngagementParties }>("This entry");

async function requireEditableEntry(ctx: AppContext, viewer: Viewer, id: string) {
  const [row] = await ctx.db
    .select({ parties: partyColumns })
    .from(developmentEntry)
    .innerJoin(engagement, eq(engagement.id, developmentEntry.engagementId))
    .where(eq(developmentEntry.id, id));
  requireVisible(viewer, row, entries);
}

async function requireProposal(ctx: AppContext, engagementId: string, key: string) {
  const proposal = (await currentProposals(ctx, engagementId, new Set())).find(
    (p) => p.key === key,
  );
  if (!proposal)
    throw invalidInput([
      { path: "proposalKey", message: "No such proposal: the evidence may have changed; reload" },
    ]);
  return proposal;
}

/**
 * Proposals from the newest submitted response to each questionnaire in the engagement, the
 * submitted leadership wheels and the newest released 360 report.
 */
async function currentProposals(
  ctx: AppContext,
  engagementId: string,
  decided: ReadonlySet<string>,
): Promise<Proposal[]> {
  return proposeEntries({ ...(await currentEvidence(ctx, engagementId)), decided });
}

/** What proposals rest on: which evidence is current, then what each piece says. */
async function currentEvidence(ctx: AppContext, engagementId: string) {
  const index = await selectEvidence(ctx.db, engagementId);
  const [personality, wheel, feedback] = await Promise.all([
    personalityScores(ctx, index.assessments),
    submittedWheelRatings(ctx, index.exercises),
    releasedFeedback(ctx, index.campaignId),
  ]);
  return { personality, wheel, feedback };
}

/**
 * Scores and released reports never change once written, so what proposals read of them is kept
 * here by id (a few KB each).
 */
const scoresByAssessment = new BoundedCache<string, PersonalityScore[]>(5_000);
const reportsByCampaign = new BoundedCache<string, ReportForProposals>(2_000);

async function releasedFeedback(
  ctx: AppContext,
  campaignId: string | null,
): Promise<ReleasedFeedback[]> {
  if (!campaignId) return [];
  const report =
    reportsByCampaign.get(campaignId) ?? (await selectReportForProposals(ctx.db, campaignId));
  if (!report) return [];
  reportsByCampaign.set(campaignId, report);
  return [{ campaignId, report }];
}

async function personalityScores(ctx: AppContext, current: EvidenceIndex["assessments"]) {
  const scores = await Promise.all(current.map((row) => scoresOf(ctx, row)));
  return scores.flat();
}

async function scoresOf(
  ctx: AppContext,
  row: { id: string; versionId: string },
): Promise<PersonalityScore[]> {
  const kept = scoresByAssessment.get(row.id);
  if (kept) return kept;
  const answers = await selectSubmittedAnswers(ctx.db, row.id);
  if (!answers) return [];
  const definition = await ctx.instruments.version(row.versionId);
  const { lowest, highest } = responseRange(definition);
  const byScale = new Map(scoreResponse(definition, answers).map((s) => [s.scaleId, s]));
  const scores = definition.scales.map((scale) => ({
    assessmentId: row.id,
    instrument: definition.shortName,
    scale,
    score: byScale.get(scale.id)?.mean ?? null,
    min: lowest,
    max: highest,
  }));
  scoresByAssessment.set(row.id, scores);
  return scores;
}

async function selectEntries(ctx: AppContext, engagementId: string) {
  return (await selectEntryRows(ctx.db, { engagementId })).map(presentEntry);
}

async function requireEntry(ctx: AppContext, id: string) {
  const [row] = await selectEntryRows(ctx.db, { id });
  if (!row) throw notFound("This entry");
  return presentEntry(row);
}

function presentEntry({ entry, ...people }: EntryRow) {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    detail: entry.detail,
    evidence: entry.evidence,
    proposalKey: entry.proposalKey,
    ...people,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

async function selectDismissedKeys(ctx: AppContext, engagementId: string) {
  return (await selectDismissals(ctx.db, engagementId)).map((row) => row.key);
}
