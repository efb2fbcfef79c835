import { randomUUID } from "node:crypto";
import type { ActionPlan } from "../../src/domain/goals/action-plan";
import { addDays } from "../../src/domain/goals/dates";
import type { Database } from "../../src/server/db/database";
import {
  actionPlanVersion,
  developmentEntry,
  type engagement,
  goal,
  goalDevelopmentLink,
  goalMeasurement,
  goalMilestone,
  goalRevision,
} from "../../src/server/db/schema";
import { insertBatches, type Random } from "./seed-helpers";

type EngagementRow = typeof engagement.$inferInsert;

/** Stages in which an engagement has goals: planning and every later one still open. */
const WITH_GOALS = new Set(["planning", "active", "review", "sustaining"]);
const WEEK = 7;

export interface SeededGoals {
  counts: Record<string, number>;
}

/**
 * For every engagement that has reached planning and is still open, 1 to 3 goals (the bench
 * client's engagement 8, more than anyone writes, so its pages show the cost does not grow with
 * them), each linked to a development entry, with 2 milestones, a measurement a week since it
 * started (up to 12) and a plan in two versions. The goal rows carry the latest measurement and
 * the plan version as the API writes them.
 */
export async function seedGoals(
  db: Database,
  input: { engagements: EngagementRow[]; clientEngagementId: string; random: Random },
): Promise<SeededGoals> {
  const { random } = input;
  const today = new Date().toISOString().slice(0, 10);
  const rows = {
    entries: [] as (typeof developmentEntry.$inferInsert)[],
    goals: [] as (typeof goal.$inferInsert)[],
    revisions: [] as (typeof goalRevision.$inferInsert)[],
    links: [] as (typeof goalDevelopmentLink.$inferInsert)[],
    milestones: [] as (typeof goalMilestone.$inferInsert)[],
    measurements: [] as (typeof goalMeasurement.$inferInsert)[],
    versions: [] as (typeof actionPlanVersion.$inferInsert)[],
  };
  const owners = input.engagements.filter(
    (e) => e.id === input.clientEngagementId || WITH_GOALS.has(e.stage ?? ""),
  );
  for (const owner of owners) {
    const engagementId = owner.id as string;
    const coachId = owner.coachId;
    const clientId = owner.clientId;
    const entryId = randomUUID();
    rows.entries.push({
      id: entryId,
      engagementId,
      kind: "development_area",
      title: "Developing others",
      detail: "Others rate it lowest of the nine competencies.",
      createdBy: coachId,
      updatedBy: coachId,
    });
    const count = engagementId === input.clientEngagementId ? 8 : 1 + Math.floor(random() * 3);
    for (let position = 1; position <= count; position++) {
      const goalId = randomUUID();
      const weeksIn = 2 + Math.floor(random() * 11);
      const startDate = addDays(today, -weeksIn * WEEK);
      const dueDate = addDays(startDate, 12 * WEEK);
      const baseline = Math.floor(random() * 3);
      const target = baseline + 4 + Math.floor(random() * 4);
      const values = Array.from({ length: Math.min(weeksIn, 12) }, (_, week) => ({
        on: addDays(startDate, (week + 1) * WEEK - 1),
        value: Math.round(baseline + ((target - baseline) * (week + 1)) / 12 + random() * 2 - 1),
      })).filter((m) => m.on <= today);
      const latest = values.at(-1);
      const fields = {
        statement: `Hand one piece of stretch work a week to someone in my team (${position})`,
        measureWhat: "Pieces of work handed over",
        measureUnit: "a week",
        direction: "higher" as const,
        baseline,
        target,
        startDate,
        dueDate,
        whyItMatters: "My team leads should run the day-to-day without me.",
      };
      rows.goals.push({
        id: goalId,
        engagementId,
        position,
        ...fields,
        latestValue: latest?.value ?? null,
        latestOn: latest?.on ?? null,
        planVersion: 2,
        createdBy: clientId,
        updatedBy: clientId,
      });
      rows.revisions.push({
        goalId,
        engagementId,
        revision: 1,
        changedBy: clientId,
        snapshot: {
          statement: fields.statement,
          measure: { what: fields.measureWhat, unit: fields.measureUnit, direction: "higher" },
          baseline,
          target,
          realisticPerWeek: null,
          startDate,
          dueDate,
          whyItMatters: fields.whyItMatters,
          developmentEntryIds: [entryId],
          behaviourLinks: [],
          state: "open",
          closedOn: null,
          closedReason: null,
          replacedBy: null,
          overrides: [],
        },
      });
      rows.links.push({ engagementId, goalId, entryId });
      rows.milestones.push(
        {
          engagementId,
          goalId,
          title: "List what only I can do",
          dueOn: addDays(startDate, 2 * WEEK),
          doneAt: new Date(`${addDays(startDate, 2 * WEEK)}T12:00:00Z`),
          doneBy: clientId,
          createdBy: coachId,
        },
        {
          engagementId,
          goalId,
          title: "Each team lead owns one project",
          dueOn: addDays(startDate, 8 * WEEK),
          createdBy: coachId,
        },
      );
      for (const m of values)
        rows.measurements.push({
          engagementId,
          goalId,
          value: m.value,
          measuredOn: m.on,
          recordedBy: clientId,
        });
      rows.versions.push(
        { goalId, engagementId, version: 1, basedOn: 0, plan: PLAN, changedBy: coachId },
        {
          goalId,
          engagementId,
          version: 2,
          basedOn: 1,
          plan: { ...PLAN, obstacles: [...PLAN.obstacles, SECOND_OBSTACLE] },
          changedBy: clientId,
          reason: "A second obstacle after the first week",
        },
      );
    }
  }
  await insertBatches(db, developmentEntry, rows.entries);
  await insertBatches(db, goal, rows.goals);
  await insertBatches(db, goalRevision, rows.revisions);
  await insertBatches(db, goalDevelopmentLink, rows.links);
  await insertBatches(db, goalMilestone, rows.milestones);
  await insertBatches(db, goalMeasurement, rows.measurements);
  await insertBatches(db, actionPlanVersion, rows.versions);
  return {
    counts: {
      goals: rows.goals.length,
      "goal measurements": rows.measurements.length,
      "plan versions": rows.versions.length,
    },
  };
}

const PLAN: ActionPlan = {
  skills: [{ id: "skill-1", text: "Match work to what each person wants to learn" }],
  strategies: [{ id: "strategy-1", text: "Keep a list of what only I can do" }],
  exercises: [
    {
      id: "exercise-1",
      task: "Review last week's calendar: mark one task someone else could have owned",
      schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=MO" },
    },
  ],
  resources: [{ id: "resource-1", title: "Who's Got the Monkey?" }],
  obstacles: [
    {
      id: "obstacle-1",
      obstacle: "It is quicker to do it myself when a deadline is close",
      ifThen: {
        situation: "I start a task someone else could own",
        action: "hand it to them this week",
      },
    },
  ],
  woop: null,
};

const SECOND_OBSTACLE: ActionPlan["obstacles"][number] = {
  id: "obstacle-2",
  obstacle: "I redo work that comes back not as I would have done it",
  ifThen: {
    situation: "I want to rework something handed in",
    action: "ask two questions and let them make the change",
  },
};
