import type { ArticleStatus, ArticleSummary, ReplyStatus } from "../../../../contract/articles";
import type { BadgeTone } from "../../../components/ui/badge";
import { formatDateTime } from "../../../lib/format-date";

export const ARTICLE_STATUS: Record<ArticleStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: "Draft", tone: "neutral" },
  scheduled: { label: "Scheduled", tone: "info" },
  published: { label: "Published", tone: "success" },
};

export const REPLY_STATUS: Record<ReplyStatus, { label: string; heading: string }> = {
  held: { label: "Waiting", heading: "Waiting for you" },
  approved: { label: "Approved", heading: "Approved" },
  hidden: { label: "Hidden", heading: "Hidden" },
};

/** The viewer's own time zone, e.g. "Europe/London", named beside every time they set or read. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "your time zone";
}

/** "15 Jan 2027, 08:00 (Europe/London)": a moment in the viewer's zone. */
export function zonedDateTime(iso: string): string {
  return `${formatDateTime(iso)} (${viewerTimeZone()})`;
}

/** An <input type="datetime-local"> value, read in the viewer's zone, as an ISO time; null if none. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An ISO time as the value an <input type="datetime-local"> shows, in the viewer's zone. */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Part 2 in Leading well", or null outside a series. */
export function seriesText(article: Pick<ArticleSummary, "series" | "seriesPosition">) {
  if (!article.series) return null;
  return article.seriesPosition
    ? `Part ${article.seriesPosition} of “${article.series.title}”`
    : `In “${article.series.title}”`;
}
