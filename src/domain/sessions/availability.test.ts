import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type BookingRules,
  defaultRules,
  freeSlots,
  hoursProblems,
  slotRefusal,
} from "./availability";

const zoneBefore = process.env.TZ;
beforeEach(() => {
  process.env.TZ = "Pacific/Auckland";
});
afterEach(() => {
  process.env.TZ = zoneBefore;
});

const iso = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 16));

function rules(overrides: Partial<BookingRules> = {}): BookingRules {
  return {
    ...defaultRules("Europe/London"),
    weekly: [{ weekday: 1, start: "09:00", end: "12:00" }],
    minNoticeHours: 0,
    horizonDays: 365,
    ...overrides,
  };
}
const longAgo = new Date("2027-01-01T00:00:00Z");
const week = (from: string, to: string) => ({
  from: new Date(from),
  to: new Date(to),
  now: longAgo,
  busy: [],
});

describe("free slots", () => {
  it("lays a grid of the session's length from the window's start, each whole inside it", () => {
    const slots = freeSlots(
      rules({ weekly: [{ weekday: 1, start: "09:00", end: "11:30" }] }),
      week("2027-02-01T00:00Z", "2027-02-02T00:00Z"),
    );
    expect(iso(slots)).toEqual(["2027-02-01T09:00", "2027-02-01T10:00"]);
  });

  it("follows London's hours across the change to summer time and back", () => {
    const march = freeSlots(rules(), week("2027-03-22T00:00Z", "2027-04-05T00:00Z"));
    expect(iso(march)).toEqual([
      "2027-03-22T09:00",
      "2027-03-22T10:00",
      "2027-03-22T11:00",
      "2027-03-29T08:00",
      "2027-03-29T09:00",
      "2027-03-29T10:00",
    ]);
    const november = freeSlots(rules(), week("2027-10-25T00:00Z", "2027-11-02T00:00Z"));
    expect(iso(november)).toEqual([
      "2027-10-25T08:00",
      "2027-10-25T09:00",
      "2027-10-25T10:00",
      "2027-11-01T09:00",
      "2027-11-01T10:00",
      "2027-11-01T11:00",
    ]);
  });

  it("follows New York's hours across its changes", () => {
    const ny = rules({
      timeZone: "America/New_York",
      weekly: [
        { weekday: 5, start: "09:00", end: "10:00" },
        { weekday: 1, start: "09:00", end: "10:00" },
      ],
    });
    expect(iso(freeSlots(ny, week("2027-03-12T00:00Z", "2027-03-16T00:00Z")))).toEqual([
      "2027-03-12T14:00",
      "2027-03-15T13:00",
    ]);
    expect(iso(freeSlots(ny, week("2027-11-05T00:00Z", "2027-11-09T00:00Z")))).toEqual([
      "2027-11-05T13:00",
      "2027-11-08T14:00",
    ]);
  });

  it("gives no slot at a time the clocks skip, and the first of a time they pass twice", () => {
    const night = rules({ weekly: [{ weekday: 7, start: "00:30", end: "02:30" }] });
    const spring = freeSlots(night, week("2027-03-27T00:00Z", "2027-03-29T00:00Z"));
    // 00:30 GMT is a slot; 01:30 does not exist; the window's end (02:30 BST) comes an hour early.
    expect(iso(spring)).toEqual(["2027-03-28T00:30"]);
    const autumn = freeSlots(night, week("2027-10-30T00:00Z", "2027-11-01T00:00Z"));
    expect(iso(autumn)).toEqual(["2027-10-30T23:30", "2027-10-31T00:30"]);
  });

  it("keeps clear of existing sessions with the buffer on both sides", () => {
    const busy = [
      { start: new Date("2027-02-01T10:15Z"), end: new Date("2027-02-01T11:30Z") },
      { start: new Date("2027-02-08T10:10Z"), end: new Date("2027-02-08T10:40Z") },
    ];
    const slots = freeSlots(rules(), {
      from: new Date("2027-02-01T00:00Z"),
      to: new Date("2027-02-09T00:00Z"),
      now: longAgo,
      busy,
    });
    // 1 Feb: 9:00 and its buffer end as the session starts; 10:00 and 11:00 overlap it.
    // 8 Feb: 9:00 with its buffer runs into 10:10; 10:00 overlaps; 11:00 is clear.
    expect(iso(slots)).toEqual(["2027-02-01T09:00", "2027-02-08T11:00"]);
  });

  it("offers nothing inside the notice or past the horizon", () => {
    const now = new Date("2027-02-01T08:30Z");
    const slots = freeSlots(rules({ minNoticeHours: 1, horizonDays: 7 }), {
      from: new Date("2027-02-01T00:00Z"),
      to: new Date("2027-02-20T00:00Z"),
      now,
      busy: [],
    });
    // From 09:30 (an hour's notice) to 08:30 a week on: 8 February's 09:00 is past the horizon.
    expect(iso(slots)).toEqual(["2027-02-01T10:00", "2027-02-01T11:00"]);
  });

  it("says why a start is not bookable", () => {
    const now = new Date("2027-02-01T00:00Z");
    const r = rules({ minNoticeHours: 24, horizonDays: 30 });
    expect(slotRefusal(r, new Date("2027-02-01T10:00Z"), now, [])).toMatch(/24 hours/);
    expect(slotRefusal(r, new Date("2027-04-05T09:00Z"), now, [])).toMatch(/30 days/);
    expect(slotRefusal(r, new Date("2027-02-08T09:30Z"), now, [])).toMatch(/free slots/);
    expect(slotRefusal(r, new Date("2027-02-08T09:00Z"), now, [])).toBeNull();
  });
});

describe("a coach's hours", () => {
  it("names an unknown zone, a window ending before it starts and overlapping windows", () => {
    const problems = hoursProblems({
      timeZone: "Europe/Atlantis",
      weekly: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "11:00", end: "13:00" },
        { weekday: 2, start: "12:00", end: "12:00" },
        { weekday: 2, start: "09:00", end: "12:00" },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(["timeZone", "weekly.1.start", "weekly.2.end"]);
  });

  it("accepts the defaults", () => {
    expect(hoursProblems(defaultRules(null))).toEqual([]);
  });
});
