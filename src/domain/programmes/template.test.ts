import { describe, expect, it } from "vitest";
import { type ProgrammeTemplate, templateProblems } from "./template";

const template: ProgrammeTemplate = {
  instrumentIds: ["ipip-neo-120"],
  competencyModelId: null,
  sessionsPlanned: 8,
  months: 6,
  courseId: null,
  pulseEveryWeeks: 4,
};

describe("a programme template", () => {
  it("has no problems when it fits its months", () => {
    expect(templateProblems(template)).toEqual([]);
    expect(templateProblems({ ...template, pulseEveryWeeks: null })).toEqual([]);
  });

  it("refuses a questionnaire twice, a pulse rarer than the programme, too many sessions", () => {
    const problems = templateProblems({
      ...template,
      instrumentIds: ["ipip-neo-120", "ipip-neo-120"],
      months: 1,
      pulseEveryWeeks: 4,
      sessionsPlanned: 9,
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      "instrumentIds.1",
      "pulseEveryWeeks",
      "sessionsPlanned",
    ]);
  });
});
