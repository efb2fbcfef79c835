import { describe, expect, it } from "vitest";
import { type EngagementCourse, isDue, reflectionPoints } from "./reflection-points";
import { sharingProblem } from "./reflection-questions";

const course = (facts: Partial<EngagementCourse>): EngagementCourse => ({
  startDate: "2026-01-15",
  plannedEndDate: "2026-12-15",
  stage: "active",
  heldSessionDates: ["2026-01-20", "2026-02-10", "2026-03-01"],
  enteredReviewOn: null,
  today: "2026-05-01",
  ...facts,
});

describe("reflection points", () => {
  it("falls every quarter from the start once three sessions are held", () => {
    const { due, next } = reflectionPoints(course({ today: "2026-10-20" }));
    expect(due.map((p) => [p.key, p.dueOn])).toEqual([
      ["quarter-1", "2026-04-15"],
      ["quarter-2", "2026-07-15"],
      ["quarter-3", "2026-10-15"],
    ]);
    // January's mark is within a month of the planned end: the final review takes its place.
    expect(next).toEqual({ kind: "final" });
  });

  it("is not due before its day, and says when the next falls", () => {
    const { due, next } = reflectionPoints(course({ today: "2026-04-14" }));
    expect(due).toEqual([]);
    expect(next).toEqual({ kind: "quarter", dueOn: "2026-04-15" });
    expect(isDue(course({ today: "2026-04-15" }), "quarter-1")).toBe(true);
    expect(isDue(course({ today: "2026-04-14" }), "quarter-1")).toBe(false);
  });

  it("waits for the third session, and marks passed while waiting make one point", () => {
    const twoSessions = course({
      heldSessionDates: ["2026-02-01", "2026-06-01"],
      today: "2026-08-01",
    });
    expect(reflectionPoints(twoSessions)).toEqual({
      due: [],
      next: { kind: "sessions", sessionsToGo: 1 },
    });
    const late = course({
      heldSessionDates: ["2026-02-01", "2026-06-01", "2026-08-03"],
      today: "2026-08-10",
    });
    expect(reflectionPoints(late).due).toEqual([
      { key: "quarter-2", kind: "quarter", quarter: 2, dueOn: "2026-08-03" },
    ]);
  });

  it("gives an engagement of about a quarter only the final review", () => {
    const short = course({ plannedEndDate: "2026-05-10", today: "2026-05-01" });
    expect(reflectionPoints(short)).toEqual({ due: [], next: { kind: "final" } });
    const reviewing = { ...short, stage: "review" as const, enteredReviewOn: "2026-05-01" };
    expect(reflectionPoints(reviewing).due.map((p) => p.key)).toEqual(["final"]);
  });

  it("keeps quarters coming without a planned end until the review starts", () => {
    const open = course({ plannedEndDate: null, today: "2027-02-01" });
    expect(reflectionPoints(open).due).toHaveLength(4);
    const reviewing = course({
      plannedEndDate: null,
      stage: "sustaining",
      enteredReviewOn: "2026-08-01",
      today: "2027-02-01",
    });
    expect(reflectionPoints(reviewing).due.map((p) => p.key)).toEqual([
      "quarter-1",
      "quarter-2",
      "final",
    ]);
    expect(reflectionPoints(reviewing).next).toBeNull();
  });

  it("keeps the day of the month, or the month's last", () => {
    const endOfMonth = course({
      startDate: "2026-11-30",
      plannedEndDate: null,
      today: "2027-03-01",
    });
    expect(
      reflectionPoints({
        ...endOfMonth,
        heldSessionDates: ["2026-12-01", "2026-12-02", "2026-12-03"],
      }).due,
    ).toEqual([{ key: "quarter-1", kind: "quarter", quarter: 1, dueOn: "2027-02-28" }]);
  });
});

describe("sharing a reflection", () => {
  it("needs one answer, and at the final review an outcome per goal", () => {
    expect(sharingProblem({ answers: { changed: "  " }, outcomes: [] }, false, [])).toMatch(
      /at least one/,
    );
    expect(
      sharingProblem({ answers: { changed: "More calm" }, outcomes: [] }, false, ["g1"]),
    ).toBeNull();
    const partial = {
      answers: { changed: "More calm" },
      outcomes: [{ goalId: "g1", outcome: "partly" as const, words: "" }],
    };
    expect(sharingProblem(partial, true, ["g1", "g2"])).toMatch(/every goal/);
    expect(sharingProblem(partial, true, ["g1"])).toBeNull();
  });
});
