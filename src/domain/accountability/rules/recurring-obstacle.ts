import { daysBetween, formatDay } from "../../goals/dates";
import { obstacleWords, singular } from "../../sessions/patterns";
import { checkInsOldestFirst } from "../snapshot";
import { quoted, severityAt } from "../warning";
import type { Rule } from "./rule";

/**
 * The latest challenge reported in the last `withinDays` days, named again: it and the earlier
 * challenges in that window that name the same obstacle number `reports` or more. Two
 * challenges name the same obstacle as a session names a plan's obstacle (sessions/patterns):
 * at least two of the latest one's words (one, if it has only one) appear in the other.
 */
export const recurringObstacle: Rule = (snapshot, thresholds) => {
  const { reports, withinDays } = thresholds.recurringObstacle;
  const recent = checkInsOldestFirst(snapshot).filter((c) => {
    const age = daysBetween(c.submittedOn, snapshot.today);
    return c.challenge?.trim() && age >= 0 && age <= withinDays;
  });
  const latest = recent.at(-1);
  if (!latest?.challenge) return null;
  const words = contentWords(latest.challenge);
  const same = recent.filter((c) => c === latest || namesSame(words, c.challenge ?? ""));
  const first = same[0];
  if (!first || same.length < reports) return null;
  return {
    rule: "recurring_obstacle",
    severity: severityAt(same.length, reports),
    reason: `The same obstacle in ${same.length} check-ins since ${formatDay(first.submittedOn, snapshot.today)}: ${quoted(latest.challenge)}`,
    action: "Work through this obstacle in your next session",
    evidence: same.map((c) => ({ kind: "check_in", id: c.id, on: c.submittedOn })),
    since: first.submittedOn,
  };
};

/**
 * Words that say nothing about an obstacle. Session phrases never store them; a check-in's
 * challenge is plain text, so they are left out here.
 */
const STOP_WORDS = new Set(
  (
    "the and but for nor not yet with without from into onto over under about again all any " +
    "are was were been being have has had having does did doing done can could will would " +
    "shall should may might must this that these those there their theirs them they then than " +
    "what which who whom whose when where why how you your yours our ours his her hers its " +
    "too very just also still even only more most much many some such own same other each " +
    "every week weeks day days time times get got getting make made lot lots really thing things"
  ).split(" "),
);

function contentWords(text: string): string[] {
  return obstacleWords(text).filter((w) => !STOP_WORDS.has(w) && !STOP_WORDS.has(singular(w)));
}

function namesSame(words: string[], other: string): boolean {
  const needed = Math.min(2, words.length);
  if (needed === 0) return false;
  const theirs = new Set(contentWords(other).map(singular));
  return words.filter((w) => theirs.has(singular(w))).length >= needed;
}
