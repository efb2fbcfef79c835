import { describe, expect, it } from "vitest";
import { dueThisWeek, type GoalDates } from "./due-this-week";

// Wednesday 9 June 2027: the week runs from Monday 7 to Sunday 13 June.
const TODAY = "2027-06-09";

const delegate: GoalDates = {
  goalId: "g1",
  goalStatement: "Delegate two projects a month",
  milestones: [
    { id: "m1", title: "First project handed over", date: "2027-06-07", done: false },
    { id: "m2", title: "List drawn up", date: "2027-06-01", done: false },
    { id: "m3", title: "Team told", date: "2027-06-02", done: true },
    { id: "m4", title: "Second project", date: "2027-06-14", done: false },
  ],
  exercises: [
    {
      id: "e1",
      task: "Hand over one task",
      dates: ["2027-05-31", "2027-06-07", "2027-06-14"],
      oneOff: false,
      done: [],
    },
    { id: "e2", task: "Write the brief", dates: ["2027-06-04"], oneOff: true, done: [] },
  ],
};

const feedback: GoalDates = {
  goalId: "g2",
  goalStatement: "Give feedback within a day",
  milestones: [{ id: "m5", title: "Ask the team", date: "2027-06-13", done: false }],
  exercises: [
    {
      id: "e3",
      task: "Note one piece of feedback",
      dates: ["2027-06-08", "2027-06-09"],
      oneOff: false,
      done: ["2027-06-08"],
    },
  ],
};

describe("what is due this week across goals", () => {
  it("lists the week from Monday to Sunday, earliest first, milestones before exercises, leaving out what is done", () => {
    const items = dueThisWeek([feedback, delegate], TODAY);
    expect(items.map((i) => `${i.date} ${i.id}${i.overdue ? " overdue" : ""}`)).toEqual([
      "2027-06-01 m2 overdue",
      "2027-06-04 e2 overdue",
      "2027-06-07 m1",
      "2027-06-07 e1",
      "2027-06-09 e3",
      "2027-06-13 m5",
    ]);
  });

  it("carries over open milestones and one-off tasks, not missed occurrences of a cadence", () => {
    const ids = dueThisWeek([delegate], TODAY).map((i) => `${i.id}@${i.date}`);
    expect(ids).toContain("m2@2027-06-01");
    expect(ids).not.toContain("e1@2027-05-31");
    expect(ids).not.toContain("m4@2027-06-14");
  });

  it("says which goal each item belongs to, and is the same on any day of the week", () => {
    const [first] = dueThisWeek([delegate], "2027-06-13");
    expect(first).toMatchObject({
      kind: "milestone",
      goalId: "g1",
      goalStatement: "Delegate two projects a month",
    });
    expect(dueThisWeek([delegate], "2027-06-07")).toEqual(dueThisWeek([delegate], "2027-06-13"));
  });

  it("is empty without goals", () => {
    expect(dueThisWeek([], TODAY)).toEqual([]);
  });
});
