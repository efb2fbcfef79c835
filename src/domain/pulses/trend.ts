import type { PulseRating } from "./answers";
import type { PulseQuestion } from "./questions";

// What the client and the coach see of the pulses (docs/decisions/021). Each closed round stands
// alone: it shows only with at least k responses, and a behaviour's mean in it only with at least
// k ratings other than "not observed". Nothing is pooled across rounds or behaviours, and no
// count under k is ever given, so no figure can be subtracted from another to reach a round or
// a cell below k. Feedforward shows only for a round that shows, sorted, apart from the ratings.

/** The k of pulses: three, or the practice's 360 k when that is higher. */
export const PULSE_MIN_THRESHOLD = 3;
export const pulseThreshold = (practiceThreshold: number) =>
  Math.max(PULSE_MIN_THRESHOLD, practiceThreshold);

export interface ClosedRound {
  id: string;
  openedOn: string;
  closedOn: string;
  questions: readonly PulseQuestion[];
  threshold: number;
  responses: readonly { ratings: Readonly<Record<string, PulseRating | null>> }[];
  feedforward: readonly string[];
}

export interface TrendPoint {
  roundId: string;
  closedOn: string;
  /** Null when fewer than k rated this behaviour in the round, or the round is hidden. */
  mean: number | null;
}

export interface TrendRound {
  id: string;
  openedOn: string;
  closedOn: string;
  /** Whether the round reached k responses: if not, it shows nothing but that. */
  shown: boolean;
  /** The number of responses, only when the round is shown (so never under k). */
  responses: number | null;
  feedforward: string[];
}

export interface PulseTrend {
  threshold: number;
  behaviours: { id: string; text: string; points: TrendPoint[] }[];
  rounds: TrendRound[];
}

/** The trend of the closed rounds, oldest first; `questions` names the behaviours. */
export function buildTrend(
  questions: readonly PulseQuestion[],
  rounds: readonly ClosedRound[],
  threshold: number,
): PulseTrend {
  const ordered = [...rounds].sort(
    (a, b) => a.closedOn.localeCompare(b.closedOn) || a.openedOn.localeCompare(b.openedOn),
  );
  const roundsShown = ordered.map((round) =>
    roundView(round, Math.max(threshold, round.threshold)),
  );
  return {
    threshold,
    behaviours: questions.map((question) => ({
      id: question.id,
      text: question.text,
      points: ordered.map((round, index) => ({
        roundId: round.id,
        closedOn: round.closedOn,
        mean: roundsShown[index]?.shown
          ? cellMean(round, question.id, Math.max(threshold, round.threshold))
          : null,
      })),
    })),
    rounds: roundsShown,
  };
}

function roundView(round: ClosedRound, k: number): TrendRound {
  const shown = round.responses.length >= k;
  return {
    id: round.id,
    openedOn: round.openedOn,
    closedOn: round.closedOn,
    shown,
    responses: shown ? round.responses.length : null,
    feedforward: shown
      ? round.feedforward
          .map((text) => text.trim())
          .filter((text) => text !== "")
          .sort((a, b) => a.localeCompare(b))
      : [],
  };
}

/** The mean of a behaviour's ratings in one round, to two decimals, when k or more rated it. */
function cellMean(round: ClosedRound, questionId: string, k: number): number | null {
  const ratings = round.responses
    .map((response) => response.ratings[questionId])
    .filter((rating): rating is PulseRating => typeof rating === "number");
  if (ratings.length < k) return null;
  const mean = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
  return Math.round(mean * 100) / 100;
}
