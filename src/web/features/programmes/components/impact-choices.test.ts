import { describe, expect, it } from "vitest";
import type { ImpactView, ProgrammeImpact } from "../../../../contract/programme-impact";
import { cohortChoices, stageChoices, viewOf } from "./impact-choices";

const view = (cohortId: string | null, stage: string | null, code?: "too_few"): ImpactView => ({
  cohortId,
  stage: stage as ImpactView["stage"],
  figures: code ? null : { participants: 6, started: 6, sessionsHeld: 3, goalsAchieved: 1 },
  refusal: code ? { code, message: "Too few." } : null,
  competencies: [],
});

const impact = {
  threshold: 5,
  cohorts: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
  ],
  views: [view(null, null), view("a", null), view("b", null, "too_few"), view("a", "in_sessions")],
} as unknown as ProgrammeImpact;

describe("the choice of a view on the sponsor's page", () => {
  it("finds the view of a cohort and a stage, all being the empty choice", () => {
    expect(viewOf(impact, "a", "in_sessions")?.figures?.participants).toBe(6);
    expect(viewOf(impact, "", "")?.cohortId).toBeNull();
  });

  it("keeps refused views in the list, saying why they cannot be chosen", () => {
    expect(cohortChoices(impact).map((c) => c.refused)).toEqual([
      null,
      null,
      "fewer than 5 people",
    ]);
    expect(stageChoices(impact, "b")).toEqual([
      { value: "", label: "Every stage", refused: null },
      { value: "in_sessions", label: "In regular sessions", refused: "not offered" },
    ]);
  });

  it("lists the phases in the order coaching goes through them", () => {
    const mixed = {
      ...impact,
      views: [
        view(null, null),
        view(null, "ending"),
        view(null, "not_matched"),
        view(null, "starting"),
      ],
    } as unknown as ProgrammeImpact;
    expect(stageChoices(mixed, "").map((c) => c.value)).toEqual([
      "",
      "not_matched",
      "starting",
      "ending",
    ]);
  });
});
