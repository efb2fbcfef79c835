import { and, eq } from "drizzle-orm";
import type { EngagementPage, EngagementSummary, EngagementView } from "../../contract/engagements";
import {
  type EngagementRelation,
  mayRun,
  maySeeEngagement,
  relationTo,
} from "../../domain/engagement/access";
import { nextStep } from "../../domain/engagement/next-step";
import { allowedTransitions, canTransition, type Stage } from "../../domain/engagement/stages";
import type { Viewer } from "../access/viewer";
import { type Permission, type RecordKind, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Database, Executor } from "../db/database";
import { engagement, engagementStageChange, membership } from "../db/schema";
import { missingBeforeSessions } from "../goals/readiness";
import { AppError, invalidInput } from "../http/errors";
import { pageOf } from "../http/keyset-page";
import type { ListEngagementsQuery } from "./list-query";
import {
  type EngagementRow,
  selectEngagementById,
  selectEngagementPage,
  selectHistory,
  selectSessionsUsed,
} from "./queries";

/** One page of the engagements the viewer may see, newest first, and the cursor of the next. */
export async function listEngagements(
  ctx: AppContext,
  viewer: Viewer,
  query: ListEngagementsQuery,
): Promise<EngagementPage> {
  const rows = await selectEngagementPage(ctx.db, {
    viewer,
    limit: query.limit,
    after: query.cursor,
    stage: query.stage,
    q: query.q,
  });
  const { page, nextCursor } = pageOf(rows, query.limit, ({ engagement: e }) => ({
    startDate: e.startDate,
    id: e.id,
  }));
  return {
    items: page.map((row) => summarize(row, viewer, relationTo(viewer, row.engagement))),
    nextCursor,
  };
}

export async function getEngagement(ctx: AppContext, viewer: Viewer, id: string) {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, id);
  const planning = row.engagement.stage === "planning" && mayRun(relation);
  const [history, sessionsNeed, sessionsUsed] = await Promise.all([
    selectHistory(ctx.db, id),
    planning ? missingBeforeSessions(ctx.db, id) : null,
    selectSessionsUsed(ctx.db, id),
  ]);
  return { ...present({ ...row, sessionsUsed }, viewer, history, relation), sessionsNeed };
}

export async function openEngagement(
  ctx: AppContext,
  viewer: Viewer,
  input: {
    clientId: string;
    title: string;
    startDate: string;
    plannedEndDate?: string | null | undefined;
    sessionsPlanned: number;
    sponsorId?: string | null | undefined;
  },
) {
  refuseEndBeforeStart(input.startDate, input.plannedEndDate ?? null);
  await requireMember(ctx.db, viewer, input.clientId, "client", "clientId");
  if (input.sponsorId) await requireMember(ctx.db, viewer, input.sponsorId, "sponsor", "sponsorId");
  const id = await ctx.db.transaction((tx) =>
    insertEngagement(tx, {
      practiceId: viewer.practiceId,
      coachId: viewer.userId,
      clientId: input.clientId,
      sponsorId: input.sponsorId ?? null,
      title: input.title,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate ?? null,
      sessionsPlanned: input.sessionsPlanned,
      openedBy: viewer.userId,
    }),
  );
  return getEngagement(ctx, viewer, id);
}

/** A new engagement in assessment with the first line of its stage log, inside `tx`. */
export async function insertEngagement(
  tx: Executor,
  values: Omit<typeof engagement.$inferInsert, "stage"> & { openedBy: string },
): Promise<string> {
  const { openedBy, ...row } = values;
  const [created] = await tx
    .insert(engagement)
    .values({ ...row, stage: "assessment" })
    .returning({ id: engagement.id });
  if (!created) throw new Error("engagement was not created");
  await tx.insert(engagementStageChange).values({
    engagementId: created.id,
    fromStage: null,
    toStage: "assessment",
    changedBy: openedBy,
  });
  return created.id;
}

export async function updateEngagement(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  changes: {
    title?: string;
    startDate?: string;
    plannedEndDate?: string | null;
    sessionsPlanned?: number;
    sponsorId?: string | null;
  },
) {
  const { row } = await findVisibleEngagement(ctx.db, viewer, id, {
    may: mayRun,
    refusal: "Only the engagement's coach may change it.",
  });
  refuseEndBeforeStart(
    changes.startDate ?? row.engagement.startDate,
    changes.plannedEndDate === undefined ? row.engagement.plannedEndDate : changes.plannedEndDate,
  );
  if (changes.sponsorId)
    await requireMember(ctx.db, viewer, changes.sponsorId, "sponsor", "sponsorId");
  await ctx.db.update(engagement).set(changes).where(eq(engagement.id, id));
  return getEngagement(ctx, viewer, id);
}

/** An end on or before the start is a typing slip: refused, naming the end. */
function refuseEndBeforeStart(start: string, end: string | null) {
  if (end !== null && end <= start)
    throw invalidInput([
      { path: "plannedEndDate", message: "Make the planned end later than the start date" },
    ]);
}

export async function moveStage(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
  { to, reason }: { to: Stage; reason?: string | undefined },
) {
  const { row } = await findVisibleEngagement(ctx.db, viewer, id, {
    may: mayRun,
    refusal: "Only the engagement's coach may move its stage.",
  });
  const from = row.engagement.stage;
  if (!canTransition(from, to)) throw invalidTransition(from, to);
  if (from === "planning" && to === "active" && !reason) await requireReadyForSessions(ctx.db, id);
  await ctx.db.transaction(async (tx) => {
    const [moved] = await tx
      .update(engagement)
      .set({ stage: to })
      .where(and(eq(engagement.id, id), eq(engagement.stage, from)))
      .returning({ id: engagement.id });
    if (!moved)
      throw new AppError(
        "stage_changed",
        "Someone moved this engagement meanwhile. Reload and try again.",
      );
    await tx.insert(engagementStageChange).values({
      engagementId: id,
      fromStage: from,
      toStage: to,
      changedBy: viewer.userId,
      reason: reason ?? null,
    });
  });
  return getEngagement(ctx, viewer, id);
}

/** Sessions start once a goal has a measure and a plan; before that the coach says why. */
async function requireReadyForSessions(db: Executor, id: string) {
  const missing = await missingBeforeSessions(db, id);
  if (!missing) return;
  const message = `${missing} Say why you move on anyway.`;
  throw new AppError(
    "planning_not_done",
    `${missing} Say why you move to active sessions anyway.`,
    {
      fields: [{ path: "reason", message }],
    },
  );
}

const engagements: RecordKind<EngagementRow> = {
  name: "This engagement",
  partiesOf: (row) => row.engagement,
  maySee: maySeeEngagement,
};

/** The engagement, for its parties (404 for anyone else); `toDo` refuses some of them (403). */
export async function findVisibleEngagement(
  db: Database,
  viewer: Viewer,
  id: string,
  toDo?: Permission,
) {
  return requireVisible(viewer, await selectEngagementById(db, id), engagements, toDo);
}

async function requireMember(
  db: Executor,
  viewer: Viewer,
  userId: string,
  role: "client" | "sponsor",
  field: string,
) {
  const [found] = await db
    .select({ coachId: membership.coachId })
    .from(membership)
    .where(
      and(
        eq(membership.userId, userId),
        eq(membership.practiceId, viewer.practiceId),
        eq(membership.role, role),
      ),
    );
  const ownClient = role !== "client" || viewer.isAdmin || found?.coachId === viewer.userId;
  if (!found || !ownClient)
    throw invalidInput([{ path: field, message: `Choose one of your ${role}s` }]);
}

function invalidTransition(from: Stage, to: Stage) {
  const allowed = allowedTransitions(from);
  const hint = allowed.length > 0 ? `It can move to: ${allowed.join(", ")}.` : "It is closed.";
  return new AppError(
    "invalid_transition",
    `An engagement in ${from} cannot move to ${to}. ${hint}`,
  );
}

function present(
  row: EngagementRow,
  viewer: Viewer,
  history: Awaited<ReturnType<typeof selectHistory>>,
  relation: EngagementRelation,
): Omit<EngagementView, "sessionsNeed"> {
  return {
    ...summarize(row, viewer, relation),
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

function summarize(
  row: EngagementRow,
  viewer: Viewer,
  relation: EngagementRelation | null,
): EngagementSummary {
  const e = row.engagement;
  return {
    id: e.id,
    title: e.title,
    startDate: e.startDate,
    plannedEndDate: e.plannedEndDate,
    sessionsPlanned: e.sessionsPlanned,
    sessionsUsed: row.sessionsUsed ?? 0,
    stage: e.stage,
    coach: row.coach,
    client: row.client,
    sponsor: row.sponsor?.id ? { id: row.sponsor.id, name: row.sponsor.name } : null,
    createdAt: e.createdAt.toISOString(),
    nextStep: nextStep(e.stage, viewer.role),
    allowedStages: mayRun(relation) ? allowedTransitions(e.stage) : [],
  };
}
