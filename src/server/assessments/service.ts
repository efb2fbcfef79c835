import type { AssessmentSummary } from "../../contract/assessments";
import type { Answers, InstrumentDefinition } from "../../domain/assessment/instrument";
import { type PopulationStats, profileAgainst } from "../../domain/assessment/profile";
import { answerProblem, responseRange } from "../../domain/assessment/scoring";
import { mayAnswer, mayAssignClientWork, maySeeAnswers } from "../../domain/engagement/client-work";
import type { Viewer } from "../access/viewer";
import { type Permission, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import { assessment } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import {
  clientWork,
  findEngagementForClientWork,
  findEngagementToAssignIn,
} from "../engagements/client-work";
import { announceWorkSoon } from "../engagements/work-announcement";
import { AppError, invalidInput, notFound } from "../http/errors";
import { BoundedCache } from "../runtime/bounded-cache";
import type { CatalogEntry } from "./catalog";
import { practiceNorms } from "./norms-cache";
import {
  type AssessmentRow,
  closeAssessment,
  mergeAnswers,
  selectAssessment,
  selectEngagementAssessments,
} from "./queries";

export function listInstruments(ctx: AppContext) {
  return ctx.instruments.offered().map(summaryOfInstrument);
}

export async function listForEngagement(ctx: AppContext, viewer: Viewer, engagementId: string) {
  await findEngagementForClientWork(
    ctx.db,
    viewer,
    engagementId,
    "Only the client and their coach see the client's questionnaires.",
  );
  const rows = await selectEngagementAssessments(ctx.db, engagementId);
  return Promise.all(rows.map((row) => summarize(ctx, row)));
}

export async function assign(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: { instrumentId: string; dueDate?: string | null | undefined },
) {
  const { row } = await findEngagementToAssignIn(
    ctx.db,
    viewer,
    engagementId,
    "Only the engagement's coach assigns questionnaires.",
  );
  const entry = ctx.instruments.newest(input.instrumentId);
  if (!entry)
    throw invalidInput([{ path: "instrumentId", message: "Choose one of the questionnaires" }]);
  try {
    const created = await ctx.db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(assessment)
        .values({
          practiceId: viewer.practiceId,
          engagementId,
          clientId: row.engagement.clientId,
          instrumentId: entry.definition.id,
          instrumentVersionId: entry.versionId,
          assignedBy: viewer.userId,
          dueDate: input.dueDate ?? null,
        })
        .returning({ id: assessment.id });
      await announceWorkSoon(ctx, tx, engagementId);
      return inserted as { id: string };
    });
    return summarize(ctx, await requireRow(ctx, created.id));
  } catch (error) {
    if (isUniqueViolation(error, "assessment_one_open_idx"))
      throw new AppError(
        "already_assigned",
        `${entry.definition.shortName} is already assigned in this engagement and not yet submitted.`,
      );
    throw error;
  }
}

export async function getForm(ctx: AppContext, viewer: Viewer, id: string) {
  const { row, relation } = await findReadable(ctx, viewer, id);
  const definition = await ctx.instruments.version(row.instrumentVersionId);
  return {
    ...(await summarize(ctx, row)),
    instructions: definition.instructions,
    responseScale: definition.responseScale,
    itemsPerPage: definition.itemsPerPage,
    items: definition.items.map(({ id: itemId, text }) => ({ id: itemId, text })),
    answers: maySeeAnswers(relation, row.status === "submitted") ? row.answers : null,
  };
}

export async function saveAnswers(ctx: AppContext, viewer: Viewer, id: string, answers: Answers) {
  const { row } = await findReadable(ctx, viewer, id, {
    may: mayAnswer,
    refusal: "Only the client answers their questionnaire.",
  });
  const definition = await ctx.instruments.version(row.instrumentVersionId);
  const problems = Object.entries(answers)
    .map(([itemId, value]) => answerProblem(definition, itemId, value))
    .filter((problem) => problem !== null);
  if (problems.length > 0)
    throw invalidInput(
      problems.map((problem) => ({
        path: `answers.${problem.itemId}`,
        message:
          problem.code === "unknown_item"
            ? "This questionnaire has no such statement"
            : `Answer with one of ${problem.allowed.join(", ")}`,
      })),
    );
  const saved = await mergeAnswers(ctx.db, id, answers);
  if (!saved) throw closed(row);
  return {
    status: saved.status,
    answered: answeredCount(definition, saved.answers),
    itemCount: definition.items.length,
  };
}

export async function submit(ctx: AppContext, viewer: Viewer, id: string) {
  const { row } = await findReadable(ctx, viewer, id, {
    may: mayAnswer,
    refusal: "Only the client submits their questionnaire.",
  });
  if (!(await closeAssessment(ctx.db, id, "submitted"))) throw closed(row);
  return summarize(ctx, await requireRow(ctx, id));
}

export async function withdraw(ctx: AppContext, viewer: Viewer, id: string) {
  const { row } = await findReadable(ctx, viewer, id, {
    may: mayAssignClientWork,
    refusal: "Only the engagement's coach withdraws questionnaires.",
  });
  if (!(await closeAssessment(ctx.db, id, "withdrawn"))) throw closed(row);
  return summarize(ctx, await requireRow(ctx, id));
}

export async function results(ctx: AppContext, viewer: Viewer, id: string) {
  const { row } = await findReadable(ctx, viewer, id);
  if (row.status !== "submitted")
    throw new AppError(
      "not_submitted",
      "Results appear once the client has submitted the questionnaire.",
    );
  const definition = await ctx.instruments.version(row.instrumentVersionId);
  const norms = await practiceNorms(
    ctx.db,
    row.practiceId,
    row.instrumentId,
    row.instrumentVersionId,
    definition,
  );
  const profile = profileOf(row, definition, norms);
  const { lowest, highest } = responseRange(definition);
  return {
    assessment: await summarize(ctx, row),
    instrument: {
      name: definition.name,
      source: definition.source,
      license: definition.license,
      licenseStatement: definition.licenseStatement,
      citations: definition.citations,
      notices: definition.notices,
    },
    range: { min: lowest, max: highest },
    population: profile.population,
    comparison: profile.comparison,
    scales: profile.scales,
  };
}

/**
 * A submitted response's profile changes only with the norms it is read against, and the norms
 * object is replaced whenever the practice's population changes: kept per response while the
 * norms it was computed with are current.
 */
const profiles = new BoundedCache<
  string,
  { norms: PopulationStats; profile: ReturnType<typeof profileAgainst> }
>(2_000);

function profileOf(row: AssessmentRow, definition: InstrumentDefinition, norms: PopulationStats) {
  const kept = profiles.get(row.id);
  if (kept?.norms === norms) return kept.profile;
  const profile = profileAgainst(definition, row.answers, norms);
  profiles.set(row.id, { norms, profile });
  return profile;
}

const questionnaires = clientWork<AssessmentRow>("This questionnaire");

/** The assessment, if the viewer is its client or its engagement's coach; otherwise a 404. */
async function findReadable(ctx: AppContext, viewer: Viewer, id: string, toDo?: Permission) {
  return requireVisible(viewer, await selectAssessment(ctx.db, id), questionnaires, toDo);
}

async function requireRow(ctx: AppContext, id: string): Promise<AssessmentRow> {
  const row = await selectAssessment(ctx.db, id);
  if (!row) throw notFound("This questionnaire");
  return row;
}

function closed(row: { status: string }) {
  return row.status === "withdrawn"
    ? new AppError(
        "assessment_withdrawn",
        "The coach withdrew this questionnaire; it takes no answers.",
      )
    : new AppError(
        "assessment_submitted",
        "This questionnaire was submitted; its answers are final.",
      );
}

async function summarize(
  ctx: AppContext,
  row: Omit<AssessmentRow, "parties">,
): Promise<AssessmentSummary> {
  const definition = await ctx.instruments.version(row.instrumentVersionId);
  return {
    id: row.id,
    engagementId: row.engagementId,
    instrument: summaryOfInstrument({ versionId: row.instrumentVersionId, definition }),
    status: row.status,
    answered: answeredCount(definition, row.answers),
    itemCount: definition.items.length,
    dueDate: row.dueDate,
    assignedAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

function summaryOfInstrument({ definition }: CatalogEntry) {
  return {
    id: definition.id,
    version: definition.version,
    name: definition.name,
    shortName: definition.shortName,
    summary: definition.summary,
    minutes: definition.minutes,
    itemCount: definition.items.length,
  };
}

function answeredCount(definition: InstrumentDefinition, answers: Answers): number {
  return definition.items.filter((item) => answers[item.id] !== undefined).length;
}
