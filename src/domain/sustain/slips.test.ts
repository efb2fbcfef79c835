import { describe, expect, it } from "vitest";
import { type SelfCheckIn, slips } from "./slips";

const answered = (due: string, ratings: Record<string, number>): SelfCheckIn => ({
  due,
  answered: true,
  ratings,
});
const missed = (due: string): SelfCheckIn => ({ due, answered: false });

describe("a slip in the sustain plan", () => {
  const habits = ["questions", "handover"];

  it("is two check-ins in a row each missed or low, for that habit only", () => {
    const found = slips(habits, [
      answered("2027-04-30", { questions: 4, handover: 4 }),
      answered("2027-05-30", { questions: 2, handover: 4 }),
      answered("2027-06-29", { questions: 1, handover: 3 }),
    ]);
    expect(found).toEqual([
      {
        habitId: "questions",
        since: "2027-05-30",
        reason: "Rated 2 or lower in the last 2 self check-ins",
      },
    ]);
  });

  it("counts a missed check-in against every habit", () => {
    expect(
      slips(habits, [
        answered("2027-04-30", { questions: 5, handover: 5 }),
        missed("2027-05-30"),
        missed("2027-06-29"),
      ]),
    ).toEqual(
      habits.map((habitId) => ({
        habitId,
        since: "2027-05-30",
        reason: "The last 2 self check-ins went unanswered",
      })),
    );
    expect(
      slips(["questions"], [answered("2027-05-30", { questions: 2 }), missed("2027-06-29")]),
    ).toEqual([
      {
        habitId: "questions",
        since: "2027-05-30",
        reason: "1 of the last 2 self check-ins unanswered, the other rated 2 or lower",
      },
    ]);
  });

  it("is not a slip at 3, after one bad check-in, or for a habit not yet asked about", () => {
    expect(
      slips(habits, [
        answered("2027-05-30", { questions: 3, handover: 3 }),
        answered("2027-06-29", { questions: 3, handover: 3 }),
      ]),
    ).toEqual([]);
    expect(slips(habits, [missed("2027-04-30")])).toEqual([]);
    expect(
      slips(["new"], [missed("2027-04-30"), answered("2027-05-30", { questions: 1 })]),
    ).toEqual([]);
  });

  it("is over once a check-in goes well again", () => {
    expect(
      slips(
        ["questions"],
        [missed("2027-04-30"), missed("2027-05-30"), answered("2027-06-29", { questions: 4 })],
      ),
    ).toEqual([]);
  });
});
