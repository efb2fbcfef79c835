import { expect } from "vitest";
import type { Member } from "./factories";
import { daysFromToday } from "./feedback-factories";

// Goals and action plans as the client or coach write them.

/** A goal that passes every check that makes a 400: a measure, a line, dates in order. */
export function goodGoal(extra: Record<string, unknown> = {}) {
  return {
    statement: "Delegate two projects a month to my team",
    measure: { what: "Projects delegated", unit: "projects a month", direction: "higher" },
    baseline: 0,
    target: 2,
    startDate: daysFromToday(-30),
    dueDate: daysFromToday(60),
    whyItMatters: "I want to lead a larger team next year.",
    ...extra,
  };
}

export async function writeGoal(
  member: Member,
  engagementId: string,
  extra: Record<string, unknown> = {},
) {
  const response = await member.agent.post(
    `/api/engagements/${engagementId}/goals`,
    goodGoal(extra),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

export async function addEntry(member: Member, engagementId: string, title = "Delegating earlier") {
  const response = await member.agent.post(
    `/api/engagements/${engagementId}/development-profile/entries`,
    { kind: "development_area", title },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

/** A plan with one item in each section and an if-then plan for its obstacle. */
export function samplePlan() {
  return {
    skills: [{ id: "s1", text: "Hand over whole outcomes, not tasks" }],
    strategies: [{ id: "st1", text: "Agree the result and the deadline, then step back" }],
    exercises: [
      {
        id: "e1",
        task: "Review what I kept this week",
        schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=MO" },
      },
    ],
    resources: [{ id: "r1", title: "The One Minute Manager", url: "https://example.com/book" }],
    obstacles: [
      {
        id: "o1",
        obstacle: "Urgent work lands on Friday",
        ifThen: {
          situation: "my manager adds work on a Friday",
          action: "ask which task can wait",
        },
      },
    ],
    woop: null,
  };
}

export async function savePlan(
  member: Member,
  goalId: string,
  baseVersion: number,
  plan: object,
  reason = "First plan",
) {
  const response = await member.agent.put(`/api/goals/${goalId}/plan`, {
    baseVersion,
    plan,
    reason,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}
