import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import {
  expectedOn,
  goalStatus,
  latestMeasurement,
  type StatusInput,
  statusOfGoal,
} from "./goal-status";

// 0 to 100 over 100 days: the line stands at 50 on day 50.
const START = "2027-03-01";
const DUE = addDays(START, 100);
const DAY_50 = addDays(START, 50);

function at(value: number, date = DAY_50, extra: Partial<StatusInput> = {}) {
  return goalStatus({
    direction: "higher",
    baseline: 0,
    target: 100,
    startDate: START,
    dueDate: DUE,
    measurements: [{ value, date }],
    today: DAY_50,
    ...extra,
  });
}

describe("the line from baseline to target", () => {
  it("runs straight from the start to the due date and is flat outside them", () => {
    const goal = { baseline: 2, target: 8, startDate: START, dueDate: addDays(START, 60) };
    expect(expectedOn(goal, START)).toBe(2);
    expect(expectedOn(goal, addDays(START, 30))).toBe(5);
    expect(expectedOn(goal, addDays(START, -10))).toBe(2);
    expect(expectedOn(goal, addDays(START, 90))).toBe(8);
  });
});

describe("on track, at risk, off track", () => {
  it("is on track when behind the line by 10% of the change or less, or ahead", () => {
    expect(at(40).status).toBe("on_track");
    expect(at(70).status).toBe("on_track");
    expect(at(70).explanation).toBe(
      "On track for 100 by 9 June: at 70, where 50 was expected by now.",
    );
  });

  it("says where the line stands to one decimal, as a person would", () => {
    const day33 = addDays(START, 33);
    const behind = at(0, day33, { target: 1, today: day33 });
    expect(behind.explanation).toMatch(/, where 0\.3 was expected by now\.$/);
  });

  it("is at risk when behind by more than 10%, up to 25%", () => {
    expect(at(39).status).toBe("at_risk");
    expect(at(25).status).toBe("at_risk");
    expect(at(39).label).toBe("At risk");
  });

  it("is off track when behind by more than 25%", () => {
    expect(at(24).status).toBe("off_track");
    expect(at(24).explanation).toBe(
      "Behind the line to 100 by 9 June: at 24, where 50 was expected by now.",
    );
  });

  it("reads the same bands the other way for a measure that should fall", () => {
    const lower = { direction: "lower" as const, baseline: 100, target: 0 };
    expect(at(60, DAY_50, lower).status).toBe("on_track");
    expect(at(61, DAY_50, lower).status).toBe("at_risk");
    expect(at(75, DAY_50, lower).status).toBe("at_risk");
    expect(at(76, DAY_50, lower).status).toBe("off_track");
    expect(at(20, DAY_50, lower).status).toBe("on_track");
  });

  it("says it in the words of the issue: behind the line, where the value was expected", () => {
    const start = "2027-03-02";
    const reading = goalStatus({
      direction: "higher",
      baseline: 2,
      target: 8,
      startDate: start,
      dueDate: "2027-06-30",
      measurements: [{ value: 4, date: "2027-05-01" }],
      today: "2027-05-01",
    });
    expect(reading).toMatchObject({ status: "at_risk", expected: 5 });
    expect(reading.explanation).toBe(
      "A little behind the line to 8 by 30 June: at 4, where 5 was expected by now.",
    );
  });

  it("compares an older measurement with the line on its own day, and says when it was", () => {
    const reading = at(24, DAY_50, { today: addDays(DAY_50, 20) });
    expect(reading.status).toBe("off_track");
    expect(reading.explanation).toBe(
      "Behind the line to 100 by 9 June: at 24 on 20 April, where 50 was expected by then.",
    );
  });

  it("is on track once the target is reached, before or after the due date", () => {
    expect(at(100).explanation).toBe("Target of 100 reached: at 100.");
    expect(at(100, DUE, { today: DUE }).status).toBe("on_track");
  });

  it("is off track when the due date has come and the target is not reached", () => {
    const reading = at(99, DUE, { today: DUE });
    expect(reading.status).toBe("off_track");
    expect(reading.explanation).toBe(
      "Past the due date of 9 June: at 99, short of the target of 100.",
    );
  });

  it("is off track once the due date has passed without a measurement reaching the target", () => {
    const reading = at(95, DAY_50, { today: addDays(DUE, 1) });
    expect(reading.status).toBe("off_track");
    expect(reading.explanation).toBe(
      "Past the due date of 9 June: at 95 on 20 April, short of the target of 100.",
    );
    expect(at(95, DAY_50, { today: addDays(DUE, -1) }).status).toBe("on_track");
  });

  it("holds a measurement before the start against the baseline", () => {
    expect(at(0, addDays(START, -3)).status).toBe("on_track");
    expect(at(-1, addDays(START, -3), { baseline: 0, target: 4 }).status).toBe("at_risk");
  });
});

describe("the latest measurement", () => {
  it("is the latest by date, and of one day the one recorded last", () => {
    const measurements = [
      { value: 3, date: "2027-04-02" },
      { value: 1, date: "2027-04-01" },
      { value: 4, date: "2027-04-02" },
    ];
    expect(latestMeasurement(measurements)).toEqual({ value: 4, date: "2027-04-02" });
    expect(latestMeasurement([])).toBeNull();
  });
});

describe("goals without a status from the line", () => {
  it("is not measured yet without measurements", () => {
    const reading = goalStatus({
      direction: "higher",
      baseline: 2,
      target: 8,
      startDate: START,
      dueDate: "2027-06-30",
      measurements: [],
      today: START,
    });
    expect(reading.status).toBe("not_measured");
    expect(reading.explanation).toBe("Not measured yet: the line runs from 2 to 8 by 30 June.");
  });

  it("keeps what people decided over what the measurements say", () => {
    expect(at(10, DAY_50, { closure: { kind: "achieved", on: DAY_50 } })).toMatchObject({
      status: "achieved",
      explanation: "Achieved on 20 April.",
    });
    expect(at(10, DAY_50, { closure: { kind: "dropped", reason: "Role changed." } })).toMatchObject(
      { status: "dropped", explanation: "Dropped: Role changed." },
    );
    expect(at(10, DAY_50, { closure: { kind: "dropped", reason: " " } }).explanation).toBe(
      "Dropped.",
    );
    const replaced = at(10, DAY_50, {
      closure: { kind: "replaced", byStatement: "Lead the Q3 plan" },
    });
    expect(replaced.explanation).toBe("Replaced by a new goal: “Lead the Q3 plan”.");
    expect(at(10, DAY_50, { closure: { kind: "replaced" } }).explanation).toBe(
      "Replaced by a new goal.",
    );
  });
});

describe("the status of a goal as stored", () => {
  const stored = {
    direction: "higher" as const,
    baseline: 0,
    target: 100,
    startDate: START,
    dueDate: DUE,
    measurements: [{ value: 24, date: DAY_50 }],
    today: DAY_50,
  };

  it("reads the line when the goal has one", () => {
    expect(statusOfGoal(stored).status).toBe("off_track");
  });

  it("is not measured yet while any part of the line is missing, whatever was recorded", () => {
    for (const missing of [
      { direction: null },
      { baseline: null },
      { target: null },
      { dueDate: null },
    ]) {
      const reading = statusOfGoal({ ...stored, ...missing });
      expect(reading.status).toBe("not_measured");
      expect(reading.explanation).toMatch(
        /needs a measure with a baseline, a target and a due date/,
      );
    }
  });

  it("keeps what people decided even without a line", () => {
    const dropped = {
      ...stored,
      target: null,
      closure: { kind: "dropped" as const, reason: "Moved on." },
    };
    expect(statusOfGoal(dropped).status).toBe("dropped");
  });
});
