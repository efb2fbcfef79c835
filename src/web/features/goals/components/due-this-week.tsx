import { Flag, ListChecks } from "lucide-react";
import { Link } from "react-router";
import type { DueItem } from "../../../../contract/goals";
import { Badge } from "../../../components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { useDueThisWeek } from "../api/due-this-week";

const WEEKDAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** "Monday 29 March", read as a calendar day whatever the browser's zone. */
const dayText = (day: string, format = WEEKDAY) =>
  format.format(new Date(`${day}T00:00:00Z`)).replace(",", "");

/**
 * One list across an engagement's open goals of what is due this week: milestones, one-off
 * exercises and the days a cadence falls on, with what was left from earlier weeks marked
 * overdue. Nothing shows while the engagement has no goal with a date this week.
 */
export function DueThisWeek({
  engagementId,
  card = false,
  enabled = true,
  className,
}: {
  engagementId: string;
  /** On a page of cards (the engagement page), as a card of its own with an h2. */
  card?: boolean;
  /** False for a reader who may not see the goals. */
  enabled?: boolean;
  className?: string;
}) {
  const due = useDueThisWeek(engagementId, { enabled });
  if (!enabled || !due.data || due.data.items.length === 0) return null;
  const headingId = `due-${engagementId}`;
  const { weekStart, weekEnd, items } = due.data;
  const week = `${dayText(weekStart, SHORT)} to ${dayText(weekEnd, SHORT)}, across all goals`;
  const list = (
    <ul
      aria-labelledby={headingId}
      className="divide-y divide-slate-200 rounded-xl border border-slate-200"
    >
      {items.map((item) => (
        <DueRow key={`${item.kind}-${item.id}-${item.date}`} item={item} />
      ))}
    </ul>
  );
  if (card)
    return (
      <Card className={className}>
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id={headingId}>Due this week</CardTitle>
            <p className="mt-1 text-sm text-slate-600">{week}</p>
          </div>
        </CardHeader>
        <CardContent>{list}</CardContent>
      </Card>
    );
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div>
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          Due this week
        </h3>
        <p className="text-sm text-slate-600">{week}</p>
      </div>
      {list}
    </section>
  );
}

function DueRow({ item }: { item: DueItem }) {
  const Icon = item.kind === "milestone" ? Flag : ListChecks;
  return (
    <li className="flex gap-3 p-3">
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium text-slate-900">
          <span className="break-words">{item.title}</span>
          {item.overdue ? <Badge tone="danger">Overdue</Badge> : null}
        </p>
        <p className="text-sm text-slate-600">
          <span className="sr-only">{item.kind === "milestone" ? "Milestone" : "Exercise"}, </span>
          <time dateTime={item.date}>
            {item.overdue ? `Was due ${dayText(item.date)}` : dayText(item.date)}
          </time>
        </p>
        <p className="text-sm text-slate-600">
          Goal:{" "}
          <Link to={`/goals/${item.goalId}`} className="text-brand-700 hover:underline">
            {item.goalStatement}
          </Link>
        </p>
      </div>
    </li>
  );
}
