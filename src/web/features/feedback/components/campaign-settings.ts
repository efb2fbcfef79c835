import { limitProblems, thresholdProblems } from "../../../../domain/feedback/nominations";
import {
  type GroupLimits,
  MAXIMUM_ANONYMITY_THRESHOLD,
  RATER_GROUPS,
} from "../../../../domain/feedback/rater-groups";
import { ApiError } from "../../../lib/api-client";

/** Problems by the full path the server names them with, e.g. "groupLimits.peer.max". */
export type Problems = Record<string, string>;

export type Read<T> = { ok: true; value: T } | { ok: false; problems: Problems };

export type CampaignSettings = {
  threshold: number;
  managerIdentified: boolean;
  groupLimits: GroupLimits;
};

/** The name of a group limit's input, as the server names its problem. */
export const limitField = (group: string, bound: "min" | "max") => `groupLimits.${group}.${bound}`;

const WHOLE = /^\d+$/;

/**
 * The anonymity settings as the form holds them (strings, a checkbox that is "on" or absent),
 * checked by the domain's rules as the server checks them: k from the practice's up to 20; for
 * each group a minimum and a maximum, whole numbers, the minimum not above the maximum.
 */
export function readSettings(
  values: Record<string, string>,
  practiceThreshold: number,
): Read<CampaignSettings> {
  const problems: Problems = {};
  const number = (path: string) => {
    const text = (values[path] ?? "").trim();
    if (WHOLE.test(text)) return Number(text);
    problems[path] = "Give a whole number";
    return Number.NaN;
  };
  const threshold = number("threshold");
  if (threshold > MAXIMUM_ANONYMITY_THRESHOLD)
    problems.threshold = `At most ${MAXIMUM_ANONYMITY_THRESHOLD}`;
  const groupLimits = Object.fromEntries(
    RATER_GROUPS.map((group) => [
      group,
      { min: number(limitField(group, "min")), max: number(limitField(group, "max")) },
    ]),
  ) as GroupLimits;
  if (Object.keys(problems).length === 0) {
    for (const problem of [
      ...thresholdProblems(threshold, practiceThreshold),
      ...limitProblems(groupLimits),
    ])
      problems[problem.path] ??= problem.message;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { threshold, managerIdentified: values.managerIdentified === "on", groupLimits },
  };
}

/** A deadline the server takes: a date after today. */
export function readDeadline(value: string | undefined, today: string): Read<string> {
  const deadline = (value ?? "").trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline))
    return { ok: false, problems: { deadline: "Choose the last day raters can answer" } };
  if (deadline <= today) return { ok: false, problems: { deadline: "Choose a day after today" } };
  return { ok: true, value: deadline };
}

export function sameLimits(a: GroupLimits, b: GroupLimits): boolean {
  return RATER_GROUPS.every(
    (group) => a[group].min === b[group].min && a[group].max === b[group].max,
  );
}

/** The settings that differ from those given, so the server keeps deciding the rest. */
export function changedSettings(
  settings: CampaignSettings,
  from: CampaignSettings,
): Partial<CampaignSettings> {
  return {
    ...(settings.threshold !== from.threshold ? { threshold: settings.threshold } : {}),
    ...(settings.managerIdentified !== from.managerIdentified
      ? { managerIdentified: settings.managerIdentified }
      : {}),
    ...(sameLimits(settings.groupLimits, from.groupLimits)
      ? {}
      : { groupLimits: settings.groupLimits }),
  };
}

/** The API's field problems by their full path ("groupLimits.peer.max"), the first per field. */
export function problemsOf(error: unknown): Problems {
  if (!(error instanceof ApiError)) return {};
  const problems: Problems = {};
  for (const field of error.fields) {
    const path = field.path
      .replace(/^\/+/, "")
      .replace(/^body[./]/, "")
      .replaceAll("/", ".");
    if (path && !(path in problems)) problems[path] = field.message;
  }
  return problems;
}

/**
 * The sentences of a refusal to show as they come: each field's message for a 400 whose fields
 * are not on the page (a list that breaks the limits), else the error's own message.
 */
export function refusalLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return error ? ["Something went wrong. Please try again."] : [];
  if (error.status === 400 && error.fields.length > 0) return error.fields.map((f) => f.message);
  return [error.message];
}

/** The browser's time zone, in which a deadline day ends. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The calendar day `days` after `today` (YYYY-MM-DD), as a date input takes it. */
export function daysAfter(today: string, days: number): string {
  const [year, month, day] = today.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** Every field a settings form shows, by the path of its problems. */
export const SETTINGS_PATHS = [
  "modelId",
  "deadline",
  "managerIdentified",
  "threshold",
  ...RATER_GROUPS.flatMap((group) => [limitField(group, "min"), limitField(group, "max")]),
];

/** The problems no field of the form shows (a time zone, a rule over all groups): said on top. */
export function unplacedProblems(problems: Problems, placed: string[] = SETTINGS_PATHS): string[] {
  return Object.entries(problems)
    .filter(([path]) => !placed.includes(path))
    .map(([, message]) => message);
}
