import { describe, expect, it } from "vitest";
import type { PulseRating } from "./answers";
import { buildTrend, type ClosedRound, pulseThreshold } from "./trend";

const QUESTIONS = [
  { id: "b1", text: "Listens before deciding" },
  { id: "b2", text: "Delegates whole tasks" },
];

function round(
  id: string,
  closedOn: string,
  ratings: [PulseRating | null, PulseRating | null][],
  feedforward: string[] = [],
): ClosedRound {
  return {
    id,
    openedOn: closedOn,
    closedOn,
    questions: QUESTIONS,
    threshold: 3,
    responses: ratings.map(([b1, b2]) => ({ ratings: { b1, b2 } })),
    feedforward,
  };
}

describe("the pulse trend", () => {
  it("shows a round of exactly k responses and each behaviour rated by k", () => {
    const trend = buildTrend(
      QUESTIONS,
      [
        round(
          "r1",
          "2026-03-08",
          [
            [4, 2],
            [5, 3],
            [3, null],
          ],
          ["Ask more", " ", "Keep going"],
        ),
      ],
      3,
    );
    expect(trend.rounds[0]).toMatchObject({
      shown: true,
      responses: 3,
      feedforward: ["Ask more", "Keep going"],
    });
    expect(trend.behaviours[0]?.points[0]?.mean).toBe(4);
    // Two ratings other than "not observed": below k, no mean.
    expect(trend.behaviours[1]?.points[0]?.mean).toBeNull();
  });

  it("shows nothing of a round of k - 1 responses, not even its count or feedforward", () => {
    const trend = buildTrend(
      QUESTIONS,
      [
        round(
          "r1",
          "2026-03-08",
          [
            [4, 2],
            [5, 3],
          ],
          ["Ask more"],
        ),
      ],
      3,
    );
    expect(trend.rounds[0]).toMatchObject({ shown: false, responses: null, feedforward: [] });
    expect(trend.behaviours.every((b) => b.points[0]?.mean === null)).toBe(true);
  });

  it("orders rounds oldest first and never pools them", () => {
    const trend = buildTrend(
      QUESTIONS,
      [
        round("late", "2026-05-08", [
          [2, 2],
          [2, 2],
          [2, 2],
        ]),
        round("early", "2026-03-08", [
          [4, 4],
          [4, 4],
          [4, 4],
        ]),
      ],
      3,
    );
    expect(trend.behaviours[0]?.points.map((p) => [p.roundId, p.mean])).toEqual([
      ["early", 4],
      ["late", 2],
    ]);
  });

  it("uses the higher of the round's k and the practice's", () => {
    const trend = buildTrend(
      QUESTIONS,
      [
        round("r1", "2026-03-08", [
          [4, 2],
          [5, 3],
          [3, 3],
        ]),
      ],
      4,
    );
    expect(trend.rounds[0]?.shown).toBe(false);
    expect(pulseThreshold(2)).toBe(3);
    expect(pulseThreshold(5)).toBe(5);
  });
});
