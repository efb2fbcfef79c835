import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { PulseOverview, PulseQuestionsInput, PulseSettingsInput } from "../../contract/pulses";
import { checkInsMailedIn } from "../../domain/check-ins/stages";
import type { EngagementRelation } from "../../domain/engagement/access";
import { EVERY_WEEKS } from "../../domain/pulses/cadence";
import { questionProblems, questionsFromGoals } from "../../domain/pulses/questions";
import {
  approverOfStakeholder,
  stakeholderState,
  whyNoRound,
} from "../../domain/pulses/stakeholders";
import { buildTrend, pulseThreshold } from "../../domain/pulses/trend";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  engagement,
  goal,
  practice,
  pulseFeedforward,
  pulseResponse,
  pulseRound,
  pulseSettings,
  pulseStakeholder,
  user,
} from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { findEngagementForClientWork } from "../engagements/client-work";
import { AppError, invalidInput } from "../http/errors";
import { programmePulseWeeks } from "../matching/programme-cadence";
import { closeDueRounds } from "./closing";
import { openRound } from "./rounds";

// Pulses are about the client's own work: the client and their coach see them; the coach sets
// how often they go out; either may word the questions until the first round; the sponsor and
// the practice's admin see the engagement but not this (403), anyone else gets 404.

const REFUSAL = "Only the client and their coach see the stakeholder pulses.";
const WEEK_MS = 7 * 24 * 3_600_000;
const adder = alias(user, "adder");
const approver = alias(user, "approver");

export type PartyRelation = "client" | "coach";

/** The engagement, when the viewer is its client or coach; writes need it open. */
export async function requirePulseParty(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  toWrite = false,
) {
  const found = await findEngagementForClientWork(ctx.db, viewer, engagementId, REFUSAL);
  if (toWrite && found.row.engagement.stage === "closed")
    throw new AppError("engagement_closed", "This engagement is closed; pulses have ended.");
  return {
    engagement: found.row.engagement,
    relation: found.relation as EngagementRelation & PartyRelation,
  };
}

function requireCoach(relation: EngagementRelation, what: string) {
  if (relation !== "coach") throw new AppError("forbidden", `Only the coach ${what}.`);
}

export async function pulseOverview(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<PulseOverview> {
  const { relation } = await requirePulseParty(ctx, viewer, engagementId);
  // A read past a round's end closes it, as a read of a 360 past its deadline does.
  await closeDueRounds(ctx, engagementId);
  return overviewOf(ctx.db, engagementId, relation);
}

async function overviewOf(
  db: Executor,
  engagementId: string,
  relation: PartyRelation,
): Promise<PulseOverview> {
  const settings = await settingsOf(db, engagementId);
  const [{ stage } = { stage: "closed" as const }] = await db
    .select({ stage: engagement.stage })
    .from(engagement)
    .where(eq(engagement.id, engagementId));
  const roundsGoOut = checkInsMailedIn(stage);
  const threshold = await thresholdOf(db, engagementId);
  const stakeholders = await stakeholdersOf(db, engagementId);
  const rounds = await db
    .select()
    .from(pulseRound)
    .where(eq(pulseRound.engagementId, engagementId))
    .orderBy(desc(pulseRound.dueAt));
  const trend = await trendOf(db, settings.questions, rounds, threshold);
  const approved = stakeholders.filter((s) => s.state === "approved").length;
  const shownResponses = new Map(trend.rounds.map((r) => [r.id, r.responses]));
  return {
    settings: {
      ...settings,
      questionsLocked: rounds.some((r) => r.status !== "skipped"),
      roundsGoOut,
      nextRoundAt:
        settings.enabled && roundsGoOut ? nextMoment(settings, new Date()).toISOString() : null,
    },
    threshold,
    whyNoRound: whyNoRound(approved, threshold),
    stakeholders,
    rounds: rounds.map((r) => ({
      id: r.id,
      status: r.status,
      dueAt: r.dueAt.toISOString(),
      openedOn: r.openedOn,
      closesAt: r.closesAt?.toISOString() ?? null,
      closedOn: r.closedOn,
      invited: r.invited,
      responses: shownResponses.get(r.id) ?? null,
      skippedBecause: r.skippedBecause,
    })),
    trend,
    viewer: relation,
  };
}

function nextMoment(settings: { anchor: Date; everyWeeks: number }, now: Date): Date {
  const period = settings.everyWeeks * WEEK_MS;
  const passed = Math.max(0, Math.floor((now.getTime() - settings.anchor.getTime()) / period));
  return new Date(settings.anchor.getTime() + (passed + 1) * period);
}

async function settingsOf(db: Executor, engagementId: string) {
  const [saved] = await db
    .select()
    .from(pulseSettings)
    .where(eq(pulseSettings.engagementId, engagementId));
  if (saved)
    return {
      enabled: saved.enabled,
      everyWeeks: saved.everyWeeks,
      questions: saved.questions,
      anchor: saved.anchor,
      saved: true,
    };
  return {
    enabled: false,
    // A programme's engagement starts from the programme's cadence (issue 20).
    everyWeeks: (await programmePulseWeeks(db, engagementId)) ?? EVERY_WEEKS.default,
    questions: await defaultQuestions(db, engagementId),
    anchor: new Date(),
    saved: false,
  };
}

/** The first wording: the statements of the client's open goals, in their order. */
async function defaultQuestions(db: Executor, engagementId: string) {
  const goals = await db
    .select({ statement: goal.statement })
    .from(goal)
    .where(and(eq(goal.engagementId, engagementId), eq(goal.state, "open")))
    .orderBy(asc(goal.position));
  return questionsFromGoals(goals);
}

async function thresholdOf(db: Executor, engagementId: string): Promise<number> {
  const [row] = await db
    .select({ threshold: practice.feedbackThreshold })
    .from(practice)
    .innerJoin(engagement, eq(engagement.practiceId, practice.id))
    .where(eq(engagement.id, engagementId));
  return pulseThreshold(row?.threshold ?? 3);
}

async function stakeholdersOf(db: Executor, engagementId: string) {
  const rows = await db
    .select({
      s: {
        id: pulseStakeholder.id,
        name: pulseStakeholder.name,
        email: pulseStakeholder.email,
        relationship: pulseStakeholder.relationship,
        addedBy: pulseStakeholder.addedBy,
        approvedAt: pulseStakeholder.approvedAt,
        removedAt: pulseStakeholder.removedAt,
        createdAt: pulseStakeholder.createdAt,
      },
      adder: { id: adder.id, name: adder.name },
      approver: { id: approver.id, name: approver.name },
      clientId: engagement.clientId,
    })
    .from(pulseStakeholder)
    .innerJoin(adder, eq(adder.id, pulseStakeholder.addedBy))
    .leftJoin(approver, eq(approver.id, pulseStakeholder.approvedBy))
    .innerJoin(engagement, eq(engagement.id, pulseStakeholder.engagementId))
    .where(eq(pulseStakeholder.engagementId, engagementId))
    .orderBy(asc(pulseStakeholder.createdAt));
  return rows.map(({ s, adder, approver, clientId }) => ({
    id: s.id,
    name: s.name,
    email: s.email,
    relationship: s.relationship,
    state: stakeholderState(s),
    addedBy: adder,
    addedAt: s.createdAt.toISOString(),
    approvedBy: approver?.id ? { id: approver.id, name: approver.name } : null,
    approvedAt: s.approvedAt?.toISOString() ?? null,
    removedAt: s.removedAt?.toISOString() ?? null,
    approver: approverOfStakeholder(s.addedBy, clientId),
  }));
}

async function trendOf(
  db: Executor,
  questions: PulseOverview["settings"]["questions"],
  rounds: (typeof pulseRound.$inferSelect)[],
  threshold: number,
) {
  const closed = rounds.filter((r) => r.status === "closed" && r.openedOn && r.closedOn);
  const ids = closed.map((r) => r.id);
  const responses =
    ids.length === 0
      ? []
      : await db
          .select({ roundId: pulseResponse.roundId, ratings: pulseResponse.ratings })
          .from(pulseResponse)
          .where(inArray(pulseResponse.roundId, ids));
  const feedforward =
    ids.length === 0
      ? []
      : await db
          .select({ roundId: pulseFeedforward.roundId, text: pulseFeedforward.text })
          .from(pulseFeedforward)
          .where(inArray(pulseFeedforward.roundId, ids));
  const named = closed[0]?.questions.length ? closed[0].questions : questions;
  return buildTrend(
    named,
    closed.map((r) => ({
      id: r.id,
      openedOn: r.openedOn ?? "",
      closedOn: r.closedOn ?? "",
      questions: r.questions,
      threshold: r.threshold,
      responses: responses.filter((x) => x.roundId === r.id),
      feedforward: feedforward.filter((x) => x.roundId === r.id).map((x) => x.text),
    })),
    threshold,
  );
}

/** The coach turns pulses on or off and sets N; a change starts the count of weeks again. */
export async function putPulseSettings(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: PulseSettingsInput,
): Promise<PulseOverview> {
  const { relation } = await requirePulseParty(ctx, viewer, engagementId, true);
  requireCoach(relation, "sets how often pulses go out");
  const current = await settingsOf(ctx.db, engagementId);
  if (input.enabled) {
    const problems = questionProblems(current.questions);
    if (problems.length > 0)
      throw invalidInput(
        [{ path: "enabled", message: "Word three to five behaviours before turning pulses on." }],
        "The pulse's questions are not ready.",
      );
  }
  const restart =
    !current.saved || current.enabled !== input.enabled || current.everyWeeks !== input.everyWeeks;
  const values = {
    enabled: input.enabled,
    everyWeeks: input.everyWeeks,
    updatedBy: viewer.userId,
    updatedAt: new Date(),
    ...(restart ? { anchor: new Date() } : {}),
  };
  await ctx.db
    .insert(pulseSettings)
    .values({ engagementId, questions: current.questions, ...values })
    .onConflictDoUpdate({ target: pulseSettings.engagementId, set: values });
  return overviewOf(ctx.db, engagementId, relation);
}

/** The client or the coach words the behaviours, until the first round goes out. */
export async function putPulseQuestions(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  input: PulseQuestionsInput,
): Promise<PulseOverview> {
  const { relation } = await requirePulseParty(ctx, viewer, engagementId, true);
  const problems = questionProblems(input.questions);
  if (problems.length > 0) throw invalidInput(problems);
  const current = await settingsOf(ctx.db, engagementId);
  await ctx.db.transaction(async (tx) => {
    const [sent] = await tx
      .select({ id: pulseRound.id })
      .from(pulseRound)
      .where(
        and(
          eq(pulseRound.engagementId, engagementId),
          inArray(pulseRound.status, ["open", "closed"]),
        ),
      )
      .limit(1);
    if (sent) throw new AppError("pulse_questions_locked");
    await tx
      .insert(pulseSettings)
      .values({
        engagementId,
        enabled: current.enabled,
        everyWeeks: current.everyWeeks,
        questions: input.questions,
        updatedBy: viewer.userId,
      })
      .onConflictDoUpdate({
        target: pulseSettings.engagementId,
        set: { questions: input.questions, updatedBy: viewer.userId, updatedAt: new Date() },
      });
  });
  return overviewOf(ctx.db, engagementId, relation);
}

/** The coach sends a round now (a first pulse, say); the next comes N weeks after it. */
export async function sendRoundNow(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<PulseOverview> {
  const { relation } = await requirePulseParty(ctx, viewer, engagementId, true);
  requireCoach(relation, "sends a pulse");
  await closeDueRounds(ctx, engagementId);
  const current = await settingsOf(ctx.db, engagementId);
  const problems = questionProblems(current.questions);
  if (problems.length > 0) throw invalidInput(problems, "The pulse's questions are not ready.");
  if (!current.saved)
    await ctx.db
      .insert(pulseSettings)
      .values({ engagementId, questions: current.questions, updatedBy: viewer.userId })
      .onConflictDoNothing();
  const [open] = await ctx.db
    .select({ id: pulseRound.id })
    .from(pulseRound)
    .where(and(eq(pulseRound.engagementId, engagementId), eq(pulseRound.status, "open")));
  if (open) throw new AppError("pulse_round_open");
  const threshold = await thresholdOf(ctx.db, engagementId);
  const approved = (await stakeholdersOf(ctx.db, engagementId)).filter(
    (s) => s.state === "approved",
  ).length;
  const why = whyNoRound(approved, threshold);
  if (why) throw new AppError("too_few_stakeholders", why);
  const now = new Date();
  try {
    const outcome = await openRound(ctx, engagementId, now, now);
    if (outcome !== "opened") throw new AppError("pulse_round_open");
  } catch (error) {
    if (isUniqueViolation(error, "pulse_round_one_open")) throw new AppError("pulse_round_open");
    throw error;
  }
  await ctx.db
    .update(pulseSettings)
    .set({ anchor: now })
    .where(eq(pulseSettings.engagementId, engagementId));
  return overviewOf(ctx.db, engagementId, relation);
}

export { overviewOf };
