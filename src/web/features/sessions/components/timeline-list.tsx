import { PartyPopper } from "lucide-react";
import type { TimelineEvent } from "../../../../contract/session-patterns";
import { TextLink } from "../../../components/ui/text-link";
import { formatDate } from "../../../lib/format-date";
import { STAGE_LABELS, type Stage } from "../../../lib/stages";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
});
export const shortDate = (instant: string) => dateFormat.format(new Date(instant));

const stageName = (stage: string) => STAGE_LABELS[stage as Stage] ?? stage;

/** The engagement's history, newest first: each event a line with its date and what it was. */
export function TimelineList({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0)
    return <p className="text-sm text-slate-600">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4">
      {events.map((event) => (
        <li key={keyOf(event)} className="text-sm">
          <time dateTime={event.at} className="block text-xs text-slate-500">
            {shortDate(event.at)}
          </time>
          <EventLine event={event} />
        </li>
      ))}
    </ol>
  );
}

function keyOf(event: TimelineEvent): string {
  switch (event.kind) {
    case "session":
      return `session:${event.sessionId}`;
    case "plan":
      return `plan:${event.goalId}:${event.version}`;
    case "commitment":
      return `commitment:${event.sessionId}:${event.at}:${event.text}`;
    case "stage":
      return `stage:${event.at}:${event.to}`;
    case "celebration":
      return `celebration:${event.on}:${event.celebration}:${event.title}:${event.detail ?? ""}`;
  }
}

function EventLine({ event }: { event: TimelineEvent }) {
  switch (event.kind) {
    case "session":
      return (
        <span>
          <TextLink to={`/sessions/${event.sessionId}`}>
            {event.status === "cancelled" ? "Cancelled session" : "Session"}
          </TextLink>
          {event.status === "scheduled" && event.rating !== null
            ? ` · rated ${event.rating} of 10`
            : ""}
          {event.status === "scheduled" && event.reflected ? " · reflection written" : ""}
        </span>
      );
    case "plan":
      return (
        <span>
          Plan for “{event.goal}” changed to version {event.version} by {event.by.name}
          {event.reason ? `: ${event.reason}` : ""}
          {event.sessionId ? (
            <>
              {" "}
              (<TextLink to={`/sessions/${event.sessionId}`}>decided in a session</TextLink>)
            </>
          ) : null}
        </span>
      );
    case "commitment":
      return (
        <span>
          Commitment: {event.text} ({event.owner.name}, due {formatDate(event.dueOn)}
          {event.done ? ", done" : ""}) ·{" "}
          <TextLink to={`/sessions/${event.sessionId}`}>its session</TextLink>
        </span>
      );
    case "stage":
      return (
        <span>
          Moved to {stageName(event.to)} by {event.by.name}
          {event.reason ? `: ${event.reason}` : ""}
        </span>
      );
    case "celebration":
      return (
        <span>
          <PartyPopper aria-hidden="true" className="mr-1 inline size-4 text-amber-600" />
          <span className="font-medium text-slate-900">{event.title}</span>
          {event.detail ? <span className="text-slate-700">: {event.detail}</span> : null}
        </span>
      );
  }
}
