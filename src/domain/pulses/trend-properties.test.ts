import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PulseRating } from "./answers";
import type { PulseQuestion } from "./questions";
import { buildTrend, type ClosedRound } from "./trend";

// Properties over random rounds: 0..8 responses a round, "not observed" and k from 3 to 5.

const QUESTIONS: PulseQuestion[] = ["b1", "b2", "b3", "b4"].map((id) => ({ id, text: id }));
type Answer = { rating: PulseRating | null; alt: PulseRating | null };
interface Scenario {
  threshold: number;
  rounds: { responses: { answers: Answer[]; feedforward: string; alt: string }[] }[];
  order: number[];
}

const rating = fc.option(fc.constantFrom<PulseRating>(1, 2, 3, 4, 5), { nil: null, freq: 4 });
const word = fc.stringMatching(/^[a-z]{0,6}$/);
const scenarios: fc.Arbitrary<Scenario> = fc.record({
  threshold: fc.integer({ min: 3, max: 5 }),
  rounds: fc.array(
    fc.record({
      responses: fc.array(
        fc.record({
          answers: fc.array(fc.record({ rating, alt: rating }), {
            minLength: QUESTIONS.length,
            maxLength: QUESTIONS.length,
          }),
          feedforward: word,
          alt: word,
        }),
        { maxLength: 8 },
      ),
    }),
    { maxLength: 4 },
  ),
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
});

/** The rounds as closing stored them; `swap` says which answers take their other value. */
function roundsOf(
  s: Scenario,
  swap: (round: number, response: number, question: number | "feedforward") => boolean = () =>
    false,
  permute = false,
): ClosedRound[] {
  return s.rounds.map((round, r) => {
    const responses = round.responses.map((response, i) => ({
      ratings: Object.fromEntries(
        QUESTIONS.map((q, j) => {
          const answer = response.answers[j] as Answer;
          return [q.id, swap(r, i, j) ? answer.alt : answer.rating];
        }),
      ),
      feedforward: swap(r, i, "feedforward") ? response.alt : response.feedforward,
    }));
    const ordered = permute ? permuted(responses, s.order) : responses;
    return {
      id: `r${r}`,
      openedOn: `2026-0${r + 1}-01`,
      closedOn: `2026-0${r + 1}-08`,
      questions: QUESTIONS,
      threshold: s.threshold,
      responses: ordered.map((x) => ({ ratings: x.ratings })),
      feedforward: ordered.map((x) => x.feedforward),
    };
  });
}

function permuted<T>(items: T[], order: number[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = (order[i % order.length] ?? 0) % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

const rated = (s: Scenario, r: number, j: number) =>
  s.rounds[r]?.responses.filter((x) => x.answers[j]?.rating !== null).length ?? 0;

describe("the pulse trend's anonymity", () => {
  it("is the same whatever answer changes in a round below k", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const hidden = (r: number) => (s.rounds[r]?.responses.length ?? 0) < s.threshold;
        const before = buildTrend(QUESTIONS, roundsOf(s), s.threshold);
        const after = buildTrend(
          QUESTIONS,
          roundsOf(s, (r) => hidden(r)),
          s.threshold,
        );
        expect(after).toEqual(before);
      }),
    );
  });

  it("is the same whatever rated answer changes in a behaviour below k of a shown round", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        // A rated answer may change to another rating (not to "not observed": that moves the count).
        const hiddenCell = (r: number, i: number, q: number | "feedforward") => {
          if (q === "feedforward") return false;
          const answer = s.rounds[r]?.responses[i]?.answers[q];
          return rated(s, r, q) < s.threshold && answer?.rating !== null && answer?.alt !== null;
        };
        const before = buildTrend(QUESTIONS, roundsOf(s), s.threshold);
        const after = buildTrend(QUESTIONS, roundsOf(s, hiddenCell), s.threshold);
        expect(after).toEqual(before);
      }),
    );
  });

  it("is the same whatever the order of the responses (nothing ties a rating to a feedforward)", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(buildTrend(QUESTIONS, roundsOf(s, undefined, true), s.threshold)).toEqual(
          buildTrend(QUESTIONS, roundsOf(s), s.threshold),
        );
      }),
    );
  });

  it("never gives a count or a mean from fewer than k answers", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const trend = buildTrend(QUESTIONS, roundsOf(s), s.threshold);
        trend.rounds.forEach((round, r) => {
          if (round.responses !== null) expect(round.responses).toBeGreaterThanOrEqual(s.threshold);
          if (!round.shown) expect(round.feedforward).toEqual([]);
          trend.behaviours.forEach((behaviour, j) => {
            if (behaviour.points[r]?.mean !== null)
              expect(rated(s, r, j)).toBeGreaterThanOrEqual(s.threshold);
          });
        });
      }),
    );
  });

  it("shows each round from its own answers alone: changing one round leaves the others", () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), (s, pick) => {
        if (s.rounds.length < 2) return;
        const changed = pick % s.rounds.length;
        const before = buildTrend(QUESTIONS, roundsOf(s), s.threshold);
        const after = buildTrend(
          QUESTIONS,
          roundsOf(s, (r) => r === changed),
          s.threshold,
        );
        const without = (t: typeof before) => ({
          rounds: t.rounds.filter((_, r) => r !== changed),
          behaviours: t.behaviours.map((b) => b.points.filter((_, r) => r !== changed)),
        });
        expect(without(after)).toEqual(without(before));
      }),
    );
  });
});
