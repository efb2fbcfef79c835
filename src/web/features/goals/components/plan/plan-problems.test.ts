import { describe, expect, it } from "vitest";
import { emptyPlan } from "../../../../../domain/goals/action-plan";
import { draftProblems, planFieldProblems } from "./plan-problems";

describe("draftProblems", () => {
  it("names an empty item and a missing part of an if-then plan at their fields", () => {
    const plan = {
      ...emptyPlan(),
      strategies: [{ id: "s1", text: "  " }],
      obstacles: [
        { id: "o1", obstacle: "Urgent requests", ifThen: { situation: "", action: "ask first" } },
      ],
    };
    expect(draftProblems(plan).map((p) => p.path)).toEqual([
      "strategies.0.text",
      "obstacles.0.ifThen.situation",
    ]);
  });

  it("finds nothing in a plan the server would take", () => {
    const plan = {
      ...emptyPlan(),
      obstacles: [
        {
          id: "o1",
          obstacle: "Urgent requests",
          ifThen: {
            situation: "a lead brings an urgent decision",
            action: "ask what they would do",
          },
        },
      ],
    };
    expect(draftProblems(plan)).toEqual([]);
  });
});

describe("planFieldProblems", () => {
  it("names the server's fields of the plan as the editor does", () => {
    expect(
      planFieldProblems([
        { path: "plan.skills.0.behaviour.competencyId", message: "Not in the model" },
        { path: "reason", message: "Too long" },
      ]),
    ).toEqual([
      { path: "skills.0.behaviour.competencyId", message: "Not in the model" },
      { path: "reason", message: "Too long" },
    ]);
  });
});
