// An exercise's cadence (an RRULE) in words, for the PDF and any other place that shows a plan:
// people never see the rule itself.

export const WEEKDAYS = [
  ["MO", "Monday"],
  ["TU", "Tuesday"],
  ["WE", "Wednesday"],
  ["TH", "Thursday"],
  ["FR", "Friday"],
  ["SA", "Saturday"],
  ["SU", "Sunday"],
] as const;
export type Weekday = (typeof WEEKDAYS)[number][0];

const dayName = new Map<string, string>(WEEKDAYS);
const ORDINALS: Record<string, string> = {
  "1": "first",
  "2": "second",
  "3": "third",
  "4": "fourth",
  "-1": "last",
};

/** "Every Monday", "Every second Tuesday", "On the first Friday of each month". */
export function describeCadence(rule: string): string {
  const parts = new Map(
    stripPrefix(rule)
      .split(";")
      .map((part) => part.split("=") as [string, string]),
  );
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const days = (parts.get("BYDAY") ?? "").split(",").filter(Boolean);
  const freq = parts.get("FREQ");
  if (freq === "DAILY") return interval === 1 ? "Every day" : `Every ${interval} days`;
  if (freq === "WEEKLY") return weekly(days, interval);
  if (freq === "MONTHLY") return monthly(days, interval, parts.get("BYMONTHDAY"));
  if (freq === "YEARLY") return "Once a year";
  return "On a repeating schedule";
}

function weekly(days: string[], interval: number): string {
  const every =
    interval === 2 ? "Every second" : interval > 2 ? `Every ${interval} weeks on` : "Every";
  if (days.join(",") === "MO,TU,WE,TH,FR" && interval === 1) return "Every working day";
  const names = days.map((d) => dayName.get(d)).filter((n): n is string => n !== undefined);
  if (names.length === 0) return interval === 1 ? "Every week" : `${every} week`;
  return `${every} ${joinWords(names)}`;
}

function monthly(days: string[], interval: number, monthDay: string | undefined): string {
  const each = interval === 1 ? "each month" : `every ${interval} months`;
  const match = /^([+-]?\d)?([A-Z]{2})$/.exec(days[0] ?? "");
  if (match?.[2] && dayName.has(match[2])) {
    const ordinal = ORDINALS[(match[1] ?? "1").replace("+", "")] ?? "first";
    return `On the ${ordinal} ${dayName.get(match[2])} of ${each}`;
  }
  if (monthDay) return `On day ${monthDay} of ${each}`;
  return interval === 1 ? "Once a month" : `Every ${interval} months`;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function stripPrefix(rule: string): string {
  return rule.trim().replace(/^RRULE:/, "");
}
