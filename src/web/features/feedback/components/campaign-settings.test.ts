import { describe, expect, it } from "vitest";
import { DEFAULT_GROUP_LIMITS, RATER_GROUPS } from "../../../../domain/feedback/rater-groups";
import { ApiError } from "../../../lib/api-client";
import {
  changedSettings,
  daysAfter,
  limitField,
  problemsOf,
  readDeadline,
  readSettings,
  unplacedProblems,
} from "./campaign-settings";

/** The form's values for the default limits, k = 3 and the manager not identified. */
function formWith(changes: Record<string, string> = {}): Record<string, string> {
  const values: Record<string, string> = { threshold: "3" };
  for (const group of RATER_GROUPS) {
    values[limitField(group, "min")] = String(DEFAULT_GROUP_LIMITS[group].min);
    values[limitField(group, "max")] = String(DEFAULT_GROUP_LIMITS[group].max);
  }
  return { ...values, ...changes };
}

describe("readSettings", () => {
  it("reads k, the checkbox and every group's limits as numbers", () => {
    const read = readSettings(formWith({ threshold: " 4 ", managerIdentified: "on" }), 3);
    expect(read).toEqual({
      ok: true,
      value: { threshold: 4, managerIdentified: true, groupLimits: DEFAULT_GROUP_LIMITS },
    });
    const unticked = readSettings(formWith(), 3);
    expect(unticked.ok && unticked.value.managerIdentified).toBe(false);
  });

  it("names each field that is not a whole number, by the path the server uses", () => {
    const read = readSettings(
      formWith({
        threshold: "3.5",
        [limitField("peer", "max")]: "",
        "groupLimits.other.min": "-1",
      }),
      3,
    );
    expect(read).toEqual({
      ok: false,
      problems: {
        threshold: "Give a whole number",
        "groupLimits.peer.max": "Give a whole number",
        "groupLimits.other.min": "Give a whole number",
      },
    });
  });

  it("refuses a k below the practice's or above 20", () => {
    const below = readSettings(formWith({ threshold: "4" }), 5);
    expect(below.ok ? {} : below.problems).toHaveProperty("threshold");
    const above = readSettings(formWith({ threshold: "21" }), 3);
    expect(above.ok ? {} : above.problems).toEqual({ threshold: "At most 20" });
    expect(readSettings(formWith({ threshold: "5" }), 5).ok).toBe(true);
  });

  it("refuses a group whose minimum is above its maximum, or a maximum above the ceiling", () => {
    const read = readSettings(
      formWith({ "groupLimits.peer.min": "6", "groupLimits.peer.max": "5" }),
      3,
    );
    expect(read.ok ? {} : read.problems).toHaveProperty(["groupLimits.peer.min"]);
    const huge = readSettings(formWith({ "groupLimits.other.max": "31" }), 3);
    expect(huge.ok ? {} : huge.problems).toHaveProperty(["groupLimits.other.max"]);
  });
});

describe("readDeadline", () => {
  it("takes a day after today, and nothing else", () => {
    expect(readDeadline("2031-03-02", "2031-03-01")).toEqual({ ok: true, value: "2031-03-02" });
    expect(readDeadline("2031-03-01", "2031-03-01")).toEqual({
      ok: false,
      problems: { deadline: "Choose a day after today" },
    });
    expect(readDeadline("", "2031-03-01").ok).toBe(false);
    expect(readDeadline(undefined, "2031-03-01").ok).toBe(false);
  });
});

describe("changedSettings", () => {
  const current = { threshold: 3, managerIdentified: false, groupLimits: DEFAULT_GROUP_LIMITS };

  it("sends nothing for settings left as they were, so the server keeps its defaults", () => {
    expect(
      changedSettings({ ...current, groupLimits: { ...DEFAULT_GROUP_LIMITS } }, current),
    ).toEqual({});
  });

  it("sends each setting that changed, and the limits whole when one group's did", () => {
    const groupLimits = { ...DEFAULT_GROUP_LIMITS, peer: { min: 4, max: 10 } };
    expect(
      changedSettings({ threshold: 5, managerIdentified: true, groupLimits }, current),
    ).toEqual({ threshold: 5, managerIdentified: true, groupLimits });
  });
});

describe("problemsOf", () => {
  it("keeps the server's full paths, and the first message of each", () => {
    const error = new ApiError(400, "invalid_input", "Some fields need fixing.", [
      { path: "groupLimits.peer.max", message: "Allow at most 30" },
      { path: "body/deadline", message: "Choose a later day" },
      { path: "deadline", message: "Second message" },
    ]);
    expect(problemsOf(error)).toEqual({
      "groupLimits.peer.max": "Allow at most 30",
      deadline: "Choose a later day",
    });
    expect(problemsOf(new Error("not from the API"))).toEqual({});
  });
});

describe("unplacedProblems", () => {
  it("lists the problems no field of the form shows", () => {
    expect(
      unplacedProblems({
        deadline: "Choose a later day",
        timeZone: "Give a time zone such as Europe/London",
        "groupLimits.peer.max": "Allow at most 30",
      }),
    ).toEqual(["Give a time zone such as Europe/London"]);
  });
});

describe("daysAfter", () => {
  it("counts calendar days across months and years", () => {
    expect(daysAfter("2031-01-31", 1)).toBe("2031-02-01");
    expect(daysAfter("2030-12-20", 21)).toBe("2031-01-10");
  });
});
