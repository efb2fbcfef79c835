import { beforeAll, describe, expect } from "vitest";
import {
  type Case,
  coachesOnly,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  onlyTheCoachesTemplate,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { goodGoal, samplePlan, writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Goals, their progress and their plans are the client's own work: the client and their coach
// read and write them; the sponsor and the practice admin know the engagement but not its goals
// (until the client consents, which stage 5 builds); everyone else finds nothing.

interface GoalWorld extends World {
  goal: { id: string };
  milestoneId: string;
  /** The coach's own plan template. */
  templateId: string;
}

const goalUrl = (w: GoalWorld) => `/api/goals/${w.goal.id}`;

/** A new goal of the world's client, written by their coach. */
async function freshGoal(w: World): Promise<string> {
  return (await writeGoal(w.coach, w.engagement.id)).id;
}

async function freshMeasurement(w: GoalWorld): Promise<string> {
  const added = await w.coach.agent.post(`${goalUrl(w)}/measurements`, {
    value: 1,
    measuredOn: daysFromToday(0),
  });
  return added.body.measurements.at(-1).id;
}

async function freshMilestone(w: GoalWorld): Promise<string> {
  const added = await w.coach.agent.post(`${goalUrl(w)}/milestones`, {
    title: "Halfway",
    dueOn: daysFromToday(10),
  });
  return added.body.id;
}

async function freshTemplate(w: GoalWorld): Promise<string> {
  return (
    await w.coach.agent.post("/api/plan-templates", { title: "To delete", plan: samplePlan() })
  ).body.id;
}

const current = async (w: GoalWorld) => (await w.coach.agent.get(goalUrl(w))).body;

let edits = 0;
/** A plan different from every one saved before, on the current version. */
async function nextPlan(w: GoalWorld) {
  edits += 1;
  const plan = samplePlan();
  const strategies = [{ id: "st1", text: `Strategy number ${edits}` }];
  return { baseVersion: (await current(w)).planVersion, plan: { ...plan, strategies } };
}

const CASES: Case<GoalWorld>[] = [
  {
    name: "GET an engagement's goals",
    call: (a, w) => a.get(`${engagementUrl(w)}/goals`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET the 360 behaviours an engagement's goals may name",
    call: (a, w) => a.get(`${engagementUrl(w)}/goals/behaviours`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET an engagement's goals and plans as a PDF",
    call: (a, w) => a.get(`${engagementUrl(w)}/goals.pdf`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET what is due this week across an engagement's goals",
    call: (a, w) => a.get(`${engagementUrl(w)}/due-this-week?timeZone=Europe/London`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET the coach's clients' goals at risk",
    call: (a) => a.get("/api/coach/goals-at-risk"),
    expected: coachesOnly(200),
  },
  {
    name: "GET the coach's clients at risk",
    call: (a) => a.get("/api/coach/clients-at-risk"),
    expected: coachesOnly(200),
  },
  {
    name: "POST a goal",
    call: (a, w) => a.post(`${engagementUrl(w)}/goals`, goodGoal()),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    name: "GET a goal",
    call: (a, w) => a.get(goalUrl(w)),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PATCH a goal",
    call: async (a, w) =>
      a.patch(goalUrl(w), { revision: (await current(w)).revision, whyItMatters: "Still true" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET a goal's revisions",
    call: (a, w) => a.get(`${goalUrl(w)}/revisions`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a goal's closing",
    call: async (a, w) =>
      a.post(`/api/goals/${await freshGoal(w)}/close`, {
        outcome: "dropped",
        revision: 1,
        reason: "The role changed",
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a measurement",
    call: (a, w) =>
      a.post(`${goalUrl(w)}/measurements`, { value: 1, measuredOn: daysFromToday(0) }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "DELETE (withdraw) a measurement",
    call: async (a, w) => a.delete(`/api/goal-measurements/${await freshMeasurement(w)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "POST a milestone",
    call: (a, w) =>
      a.post(`${goalUrl(w)}/milestones`, { title: "First handover", dueOn: daysFromToday(7) }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "PATCH a milestone",
    call: (a, w) => a.patch(`/api/goal-milestones/${w.milestoneId}`, { done: true }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "DELETE a milestone",
    call: async (a, w) => a.delete(`/api/goal-milestones/${await freshMilestone(w)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "GET a goal's comments",
    call: (a, w) => a.get(`${goalUrl(w)}/comments`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a comment on a goal",
    call: (a, w) => a.post(`${goalUrl(w)}/comments`, { body: "Good progress" }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "GET a goal's plan",
    call: (a, w) => a.get(`${goalUrl(w)}/plan`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT a goal's plan",
    call: async (a, w) => a.put(`${goalUrl(w)}/plan`, await nextPlan(w)),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET a plan's versions",
    call: (a, w) => a.get(`${goalUrl(w)}/plan/versions`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET two plan versions compared",
    call: (a, w) => a.get(`${goalUrl(w)}/plan/compare?from=0&to=0`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET the plan templates on offer",
    call: (a) => a.get("/api/plan-templates"),
    expected: coachesOnly(200),
  },
  {
    name: "GET a built-in plan template",
    call: (a) => a.get("/api/plan-templates/giving-feedback"),
    expected: coachesOnly(200),
  },
  {
    name: "GET a coach's own plan template",
    call: (a, w) => a.get(`/api/plan-templates/${w.templateId}`),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "POST a plan template",
    call: (a) => a.post("/api/plan-templates", { title: "Mine", plan: samplePlan() }),
    expected: coachesOnly(201),
  },
  {
    name: "DELETE a coach's own plan template",
    call: async (a, w) => a.delete(`/api/plan-templates/${await freshTemplate(w)}`),
    expected: { ...onlyTheCoachesTemplate, coach: 204 },
  },
  {
    name: "POST a plan started from a template",
    call: async (a, w) =>
      a.post(`${goalUrl(w)}/plan/from-template`, {
        templateId: "thinking-strategically",
        baseVersion: (await current(w)).planVersion,
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
];

describe.each(databaseKinds())("access to goals on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: GoalWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const goal = await writeGoal(base.coach, base.engagement.id);
    const milestone = await base.client.agent.post(`/api/goals/${goal.id}/milestones`, {
      title: "Halfway",
      dueOn: daysFromToday(30),
    });
    expect(milestone.status).toBe(201);
    const template = await base.coach.agent.post("/api/plan-templates", {
      title: "The coach's own",
      plan: samplePlan(),
    });
    expect(template.status).toBe(201);
    world = { ...base, goal, milestoneId: milestone.body.id, templateId: template.body.id };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
