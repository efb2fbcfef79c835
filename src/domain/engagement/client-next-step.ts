import { nextStep } from "./next-step";
import type { Stage } from "./stages";

/** What is actually waiting in a client's engagement, counted from their work and 360 campaigns. */
export interface ClientWork {
  /** Questionnaires assigned and not yet submitted. */
  questionnaires: number;
  /** Reflection exercises assigned and not yet submitted. */
  exercises: number;
  /** 360 campaigns waiting for the client's list of raters. */
  nominations: number;
  /** 360 campaigns collecting answers while the client has not rated themselves. */
  selfRatings: number;
  /** 360 campaigns whose report the coach has released. */
  reportsReleased: number;
  /** 360 campaigns under way that wait on someone else (approval, raters, the coach's review). */
  feedbackUnderway: number;
}

/**
 * What comes next for a client, from what they actually have to do: the open work first, then a
 * released 360 report to read (until sessions begin), then what the stage holds. In the assessment stage it no longer
 * asks for work that is done.
 */
export function clientNextStep(stage: Stage, work: ClientWork): string {
  if (stage === "closed") return nextStep(stage, "client");
  const todo = openWork(work);
  return [
    todo.length > 0
      ? `${capitalize(joinAll(todo))}, so you and your coach can see where to grow.`
      : null,
    work.reportsReleased > 0 && REPORT_NEWS_STAGES.includes(stage)
      ? reportText(work.reportsReleased)
      : null,
    stage === "assessment" ? assessmentRest(work, todo.length > 0) : nextStep(stage, "client"),
  ]
    .filter(Boolean)
    .join(" ");
}

/** A released report is news while goals are drawn from it; once sessions run, it is history. */
const REPORT_NEWS_STAGES: Stage[] = ["assessment", "planning"];

/** In the assessment stage, once nothing is left to do: what the client waits for. */
function assessmentRest(work: ClientWork, busy: boolean): string | null {
  if (busy) return null;
  if (work.reportsReleased > 0) return "Then talk it through with your coach.";
  if (work.feedbackUnderway > 0) {
    return "Nothing is waiting for you now. Your 360 feedback is under way; you read the report once your coach releases it.";
  }
  return "Nothing is waiting for you now. Your coach will tell you what comes next in your assessment.";
}

function openWork(work: ClientWork): string[] {
  return [
    counted(work.questionnaires, "fill in your questionnaire", "questionnaires", "fill in your"),
    counted(
      work.exercises,
      "work through your reflection exercise",
      "reflection exercises",
      "work through your",
    ),
    work.nominations > 0 ? "nominate the colleagues to ask for your 360 feedback" : null,
    work.selfRatings > 0 ? "rate yourself for your 360 feedback" : null,
  ].filter((text): text is string => text !== null);
}

function counted(count: number, one: string, plural: string, verb: string): string | null {
  if (count === 0) return null;
  return count === 1 ? one : `${verb} ${count} ${plural}`;
}

function reportText(count: number): string {
  return count === 1
    ? "Your 360 feedback report is ready to read."
    : `Your ${count} 360 feedback reports are ready to read.`;
}

function joinAll(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
