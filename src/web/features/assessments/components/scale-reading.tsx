import type { ReactNode } from "react";
import type { ScaleResult } from "../../../../contract/assessments";
import { scaleAnchor } from "../../../lib/anchors";
import { cn } from "../../../lib/cn";
import {
  firstSentence,
  formatScore,
  percentileSentence,
  type ScoreRange,
  scoreLevel,
} from "./score-reading";

type ScaleReadingProps = {
  scale: ScaleResult;
  range: ScoreRange;
  /** How many people in the practice took the questionnaire, for the percentile sentence. */
  people: number;
  whose: "your" | "this";
  /** h3 for a scale or domain, h4 for a facet inside its domain. */
  headingLevel?: 3 | 4;
  /** The reading a link led to (…/results#scale-E3): outlined, so the eye finds it. */
  targeted?: boolean;
  className?: string;
};

const LEVEL_LABEL = { high: "Higher", low: "Lower", balanced: "Middle range" } as const;

/**
 * One scale in words: its score to one decimal, its likely range and where it sits in the
 * practice when there are enough people to tell (the profile says once when there are not), and
 * what a score like it tends to mean at work. Scores are described, never the person: "a higher
 * score", not "an extravert".
 */
export function ScaleReading({
  scale,
  range,
  people,
  whose,
  headingLevel = 3,
  targeted = false,
  className,
}: ScaleReadingProps) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const level = scale.score === null ? null : scoreLevel(scale.score, range);
  const percentile = percentileSentence(scale.percentile, people, whose);
  return (
    <div
      id={scaleAnchor(scale.scaleId)}
      tabIndex={-1}
      className={cn(
        "scroll-mt-24 space-y-3 rounded-sm outline-none",
        targeted && "outline-2 outline-offset-8 outline-brand-600 outline-solid",
        className,
      )}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading
          className={cn(
            "font-semibold text-slate-900",
            headingLevel === 3 ? "text-base" : "text-sm",
          )}
        >
          {scale.name}
        </Heading>
        {scale.score === null ? (
          <p className="text-sm font-medium text-slate-600">No score</p>
        ) : (
          <p className="text-sm text-slate-600">
            <span
              className={cn(
                "font-semibold text-slate-900 tabular-nums",
                headingLevel === 3 ? "text-2xl" : "text-lg",
              )}
            >
              {formatScore(scale.score)}
            </span>{" "}
            out of {range.max}
            {level ? <span className="sr-only">, {LEVEL_LABEL[level].toLowerCase()}</span> : null}
          </p>
        )}
      </div>

      {scale.noScore ? (
        <p className="text-sm font-medium text-amber-900">{scale.noScore.message}</p>
      ) : null}
      {scale.band || percentile ? (
        <div className="space-y-0.5 text-sm text-slate-700">
          {scale.band ? (
            <p>
              Likely range {formatScore(scale.band.low)} to {formatScore(scale.band.high)} (95%)
            </p>
          ) : null}
          {percentile ? <p>{percentile}</p> : null}
        </div>
      ) : null}

      <p className="text-sm leading-relaxed text-slate-700">{scale.interpretation.about}</p>

      {level === "high" ? (
        <Meaning title="A higher score">{scale.interpretation.high}</Meaning>
      ) : level === "low" ? (
        <Meaning title="A lower score">{scale.interpretation.low}</Meaning>
      ) : level === "balanced" ? (
        <Meaning title="Balanced: a score in the middle">
          <p>Both sides may show, depending on the situation.</p>
          <ul className="mt-1.5 list-disc space-y-1 pl-5">
            <li>
              <span className="font-medium text-slate-900">Toward the higher side: </span>
              {firstSentence(scale.interpretation.high)}
            </li>
            <li>
              <span className="font-medium text-slate-900">Toward the lower side: </span>
              {firstSentence(scale.interpretation.low)}
            </li>
          </ul>
        </Meaning>
      ) : null}
    </div>
  );
}

function Meaning({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm leading-relaxed text-slate-800">
      <p className="font-semibold text-brand-900">{title}</p>
      <div className="mt-1">{children}</div>
    </div>
  );
}
