import { describe, expect, it } from "vitest";
import { celebrationKey, isNews, markerAfterSeeing } from "./celebration-news";
import type { Celebration } from "./celebrations";

const win = (id: string, on: string): Celebration => ({
  kind: "win",
  title: "A win this week",
  detail: "Ran the meeting",
  on,
  evidence: [{ kind: "check_in", id, on }],
});
const milestone = (id: string, on: string): Celebration => ({
  kind: "milestone",
  title: "Milestone reached: list drawn up",
  on,
  evidence: [
    { kind: "goal", id: "g1" },
    { kind: "milestone", id, on },
  ],
});

const TODAY = "2027-06-16";

describe("celebrations as news", () => {
  it("names a celebration by its kind and what completes it", () => {
    expect(celebrationKey(milestone("m1", TODAY))).toBe("milestone:m1");
    expect(celebrationKey(win("k1", TODAY))).toBe("win:k1");
  });

  it("is news to someone who has seen nothing, for a fortnight", () => {
    expect(isNews(win("k1", "2027-06-03"), null, TODAY)).toBe(true);
    expect(isNews(win("k1", "2027-06-02"), null, TODAY)).toBe(false);
  });

  it("is news once: after the marker, or on its day and not yet seen", () => {
    const marker = markerAfterSeeing(null, [win("k1", "2027-06-14")]);
    expect(marker).toEqual({ through: "2027-06-14", keysOnDay: ["win:k1"] });
    expect(isNews(win("k1", "2027-06-14"), marker, TODAY)).toBe(false);
    expect(isNews(milestone("m1", "2027-06-14"), marker, TODAY)).toBe(true);
    expect(isNews(milestone("m2", "2027-06-13"), marker, TODAY)).toBe(false);
    expect(isNews(milestone("m3", "2027-06-15"), marker, TODAY)).toBe(true);
  });

  it("keeps the day's keys when more of that day are seen, and never moves back", () => {
    const first = markerAfterSeeing(null, [win("k1", "2027-06-14")]);
    const second = markerAfterSeeing(first, [milestone("m1", "2027-06-14")]);
    expect(second).toEqual({ through: "2027-06-14", keysOnDay: ["win:k1", "milestone:m1"] });
    expect(markerAfterSeeing(second, [win("k0", "2027-06-10")])).toBe(second);
    expect(markerAfterSeeing(second, [])).toBe(second);
    expect(markerAfterSeeing(second, [win("k2", "2027-06-15")])).toEqual({
      through: "2027-06-15",
      keysOnDay: ["win:k2"],
    });
  });
});
