import { describe, expect, it } from "vitest";
import { type ActionPlan, emptyPlan } from "./action-plan";
import { checkPlan } from "./plan-checks";

const plan: ActionPlan = {
  ...emptyPlan(),
  skills: [{ id: "s1", text: "Delegating", behaviour: { competencyId: "empowering" } }],
  exercises: [
    {
      id: "e1",
      task: "List what only I can do",
      schedule: { kind: "once", dueDate: "2027-03-08" },
    },
    {
      id: "e2",
      task: "Hand over one task",
      schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=MO" },
    },
  ],
  resources: [
    { id: "r1", title: "The Coaching Habit" },
    { id: "r2", title: "Article", url: "https://hbr.org/x" },
  ],
  obstacles: [
    {
      id: "o1",
      obstacle: "Time",
      ifThen: { situation: "a deadline looms", action: "delegate the draft" },
    },
  ],
};

describe("a plan that can be saved", () => {
  it("passes with dated and recurring exercises, and resources with or without links", () => {
    expect(checkPlan(plan)).toEqual([]);
    const withPrefix = {
      kind: "cadence" as const,
      rrule: "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6",
    };
    expect(
      checkPlan({ ...plan, exercises: [{ id: "e3", task: "Review", schedule: withPrefix }] }),
    ).toEqual([]);
  });

  it("refuses an id used twice, even across sections", () => {
    const twice = { ...plan, strategies: [{ id: "s1", text: "Same id as a skill" }] };
    expect(checkPlan(twice)).toEqual([
      { path: "strategies.0.id", message: "Each item of the plan needs its own id." },
    ]);
  });

  it("refuses an exercise without a real date or with a cadence that is not a repeat rule", () => {
    const exercises = [
      { id: "e1", task: "A", schedule: { kind: "once" as const, dueDate: "2027-02-30" } },
      { id: "e2", task: "B", schedule: { kind: "cadence" as const, rrule: "every Monday" } },
    ];
    expect(checkPlan({ ...plan, exercises }).map((p) => p.path)).toEqual([
      "exercises.0.schedule.dueDate",
      "exercises.1.schedule.rrule",
    ]);
  });

  it("refuses a resource link that is not a web address", () => {
    const resources = [{ id: "r1", title: "Bad", url: "javascript:alert(1)" }];
    expect(checkPlan({ ...plan, resources }).map((p) => p.path)).toEqual(["resources.0.url"]);
  });

  it("refuses an obstacle whose if-then plan lacks a part", () => {
    const obstacles = [{ id: "o1", obstacle: "Time", ifThen: { situation: "", action: "I will" } }];
    expect(checkPlan({ ...plan, obstacles }).map((p) => p.path)).toEqual([
      "obstacles.0.ifThen.situation",
      "obstacles.0.ifThen.action",
    ]);
  });
});
