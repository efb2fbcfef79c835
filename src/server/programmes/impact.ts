import { and, eq, sql } from "drizzle-orm";
import type { ImpactQuery, ImpactView, ProgrammeImpact } from "../../contract/programme-impact";
import { COHORT_ATTRIBUTE, type ViewWhere } from "../../domain/programmes/aggregate-views";
import {
  type AggregateView,
  aggregateFor,
  type ParticipantFacts,
  type SponsorAggregates,
  sponsorAggregates,
} from "../../domain/programmes/cohort-aggregates";
import {
  type ImpactStage,
  impactStageOf,
  offeredFilters,
  STAGE_ATTRIBUTE,
} from "../../domain/programmes/impact-views";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { perDatabase } from "../db/per-database";
import { competencyModel, type programme } from "../db/schema";
import { AppError } from "../http/errors";
import { BoundedCache } from "../runtime/bounded-cache";
import {
  competencyChanges,
  nextSessionEnd,
  participantRows,
  programmeFactsFingerprint,
} from "./participant-facts";
import { cohortsOf } from "./programmes";
import { findProgrammeForImpact } from "./sponsors";

// The sponsor's programme page (issue 20, decision 031): the aggregates of every view the page
// offers, computed together so that no set of shown figures isolates fewer than k participants;
// a view asked for that is refused is a 400 with the rule's reason. Aggregates are no one's data,
// so reading them is not logged per person; each participant's facts stay on the server.

/** What reading the figures needs: the page's routes pass their context, the report mail its own. */
export type ImpactContext = Pick<AppContext, "db" | "competencyModels">;

export async function getProgrammeImpact(
  ctx: ImpactContext,
  viewer: Viewer,
  programmeId: string,
  query: ImpactQuery,
): Promise<ProgrammeImpact> {
  const row = await findProgrammeForImpact(ctx, viewer, programmeId);
  const [facts, cohorts] = await Promise.all([
    programmeFactsFingerprint(ctx.db, programmeId),
    cohortsOf(ctx.db, programmeId),
  ]);
  const key = JSON.stringify([row.updatedAt, row.competencyModelId, cohorts, facts]);
  const kept = keptIn(ctx.db);
  let found = kept.get(programmeId);
  if (!found || found.key !== key || (found.until !== null && Date.now() >= found.until)) {
    found = { key, ...(await weighImpact(ctx, row, cohorts)) };
    kept.set(programmeId, found);
  }
  const { aggregates, competencies } = found;
  const asked = whereOf(query);
  const chosen = asked ? aggregateFor(aggregates, asked) : null;
  if (chosen?.refusal)
    throw new AppError(
      chosen.refusal.code === "not_offered" ? "view_not_offered" : "group_too_small",
      chosen.refusal.message,
    );
  return {
    programme: { id: row.id, name: row.name, organisationName: row.organisationName },
    threshold: aggregates.threshold,
    cohorts: cohorts.map(({ id, name }) => ({ id, name })),
    withheldCohorts: aggregates.withheldCohorts,
    competencies: competencies.map((competency) => ({
      ...competency,
      withheldCohorts:
        aggregates.competencies.find((c) => c.competencyId === competency.id)?.withheldCohorts ??
        [],
    })),
    views: aggregates.views.map(present),
    selected: chosen?.view ? present(chosen.view) : null,
  };
}

// Weighing every view against the others for 500 participants takes longer than a page's read
// budget, and reading their facts about as long: the weighed figures are kept per programme
// while the facts' fingerprint is the same and until the next booked session ends (sessions
// held are counted up to the moment of the read).
interface KeptImpact {
  key: string;
  until: number | null;
  aggregates: SponsorAggregates;
  competencies: { id: string; name: string }[];
}

const keptIn = perDatabase(() => new BoundedCache<string, KeptImpact>(200));

async function weighImpact(
  ctx: ImpactContext,
  row: typeof programme.$inferSelect,
  cohorts: { id: string }[],
): Promise<Omit<KeptImpact, "key">> {
  const [rows, changes, competencies, nextEnd] = await Promise.all([
    participantRows(ctx, row.id, row.practiceId),
    competencyChanges(ctx, row.id),
    modelCompetencies(ctx, row),
    nextSessionEnd(ctx, row.id),
  ]);
  const participants: ParticipantFacts[] = rows.map((one) => ({
    participantId: one.participantId,
    cohortId: one.cohortId,
    attributes: { [STAGE_ATTRIBUTE]: impactStageOf(one.stage) },
    started: one.joined,
    sessionsHeld: one.sessionsHeld,
    goalsAchieved: one.goalsAchieved,
    competencyChange: (one.engagementId && changes.get(one.engagementId)) || {},
  }));
  const aggregates = sponsorAggregates({
    participants,
    filters: offeredFilters(cohorts.map((cohort) => cohort.id)),
    competencyIds: competencies.map((competency) => competency.id),
  });
  return { until: nextEnd ? nextEnd.getTime() : null, aggregates, competencies };
}

function whereOf(query: ImpactQuery): ViewWhere | null {
  if (!query.cohort && !query.stage) return null;
  return {
    ...(query.cohort ? { [COHORT_ATTRIBUTE]: query.cohort } : {}),
    ...(query.stage ? { [STAGE_ATTRIBUTE]: query.stage } : {}),
  };
}

function present(view: AggregateView): ImpactView {
  return {
    cohortId: view.where[COHORT_ATTRIBUTE] ?? null,
    stage: (view.where[STAGE_ATTRIBUTE] as ImpactStage | undefined) ?? null,
    figures: view.figures,
    refusal: view.refusal,
    competencies: view.competencies.map((figure) =>
      figure.refusal
        ? {
            competencyId: figure.competencyId,
            participants: null,
            meanChange: null,
            interval: null,
            refusal: figure.refusal,
          }
        : { ...figure, refusal: null },
    ),
  };
}

/** The competencies of the programme's 360 model, in its order: Keel's model or the practice's. */
async function modelCompetencies(
  ctx: ImpactContext,
  row: typeof programme.$inferSelect,
): Promise<{ id: string; name: string }[]> {
  const id = row.competencyModelId;
  if (!id) return [];
  const shipped = ctx.competencyModels.get(id);
  const model =
    shipped ??
    (
      await ctx.db
        .select({ model: competencyModel.model })
        .from(competencyModel)
        .where(
          and(
            sql`${competencyModel.id}::text = ${id}`,
            eq(competencyModel.practiceId, row.practiceId),
          ),
        )
    )[0]?.model;
  return (model?.competencies ?? []).map(({ id: competencyId, name }) => ({
    id: competencyId,
    name,
  }));
}
