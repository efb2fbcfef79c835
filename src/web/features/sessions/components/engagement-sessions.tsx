import { CalendarPlus, Repeat } from "lucide-react";
import { useRef, useState } from "react";
import type { SessionList, SessionSummary } from "../../../../contract/sessions";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { TextLink } from "../../../components/ui/text-link";
import { cn } from "../../../lib/cn";
import { useEngagementSessions } from "../api/engagement-sessions";
import { Announcement } from "./announcement";
import { BookSession } from "./book-session";
import { UpcomingSeries } from "./cancel-series";
import { MeetingLinkForm } from "./meeting-link-form";
import { ScheduleSeries } from "./schedule-series";
import { SessionItem } from "./session-item";
import { browserTimeZone, formatSessionTime } from "./session-time";

type EngagementSessionsProps = {
  engagement: { id: string; coach: { id: string }; client: { id: string } };
  me: { id: string };
  className?: string;
  /** Without its card, as a part of another card (the client's home). */
  bare?: boolean;
};

/** An engagement's sessions: the allowance, upcoming, past and cancelled ones, and booking. */
export function EngagementSessions({ engagement, me, className, bare }: EngagementSessionsProps) {
  const party = me.id === engagement.coach.id || me.id === engagement.client.id;
  const sessions = useEngagementSessions(engagement.id, { enabled: party });
  if (!party) return null;
  const headingId = `sessions-${engagement.id}-heading`;
  const zone = `Times in your time zone, ${browserTimeZone().replaceAll("_", " ")}.`;
  const body = (
    <QueryState query={sessions} loading="Loading the sessions…">
      {(data) => (
        <SessionsBody
          list={data}
          engagementId={engagement.id}
          viewerIsCoach={me.id === engagement.coach.id}
        />
      )}
    </QueryState>
  );
  if (bare)
    return (
      <section aria-labelledby={headingId} className={cn("space-y-3", className)}>
        <div>
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            Sessions
          </h3>
          <p className="text-sm text-slate-600">{zone}</p>
        </div>
        {body}
      </section>
    );
  return (
    <Card className={className} id="sessions">
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <CardTitle id={headingId}>Sessions</CardTitle>
            <CardDescription>One-to-one sessions. {zone}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>{body}</CardContent>
      </section>
    </Card>
  );
}

function SessionsBody({
  list,
  engagementId,
  viewerIsCoach,
}: {
  list: SessionList;
  engagementId: string;
  viewerIsCoach: boolean;
}) {
  const [booking, setBooking] = useState(false);
  const [schedulingSeries, setSchedulingSeries] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const bookRef = useRef<HTMLButtonElement>(null);
  const { planned, used, left } = list.allowance;
  const group = (when: SessionSummary["when"]) => list.sessions.filter((s) => s.when === when);
  const newestFirst = (sessions: SessionSummary[]) =>
    [...sessions].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">
            {used} of {planned}
          </span>{" "}
          {planned === 1 ? "session" : "sessions"} used · {left} left
        </p>
        {list.mayBook && !booking ? (
          <Button
            ref={bookRef}
            size="sm"
            onClick={() => {
              setAnnouncement(null);
              setBooking(true);
            }}
          >
            <CalendarPlus aria-hidden="true" />
            Book a session
          </Button>
        ) : null}
        {viewerIsCoach && left > 0 && !schedulingSeries ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setAnnouncement(null);
              setSchedulingSeries(true);
            }}
          >
            <Repeat aria-hidden="true" />
            Schedule a series
          </Button>
        ) : null}
      </div>
      {!list.mayBook && left === 0 ? (
        <p className="text-sm text-slate-600">Every session of the allowance is used or booked.</p>
      ) : null}
      <Announcement message={announcement} />
      {booking ? (
        <BookSession
          engagementId={engagementId}
          anyTime={viewerIsCoach}
          onCancel={() => {
            setBooking(false);
            requestAnimationFrame(() => bookRef.current?.focus());
          }}
          onBooked={(session) => {
            setBooking(false);
            setAnnouncement(
              `Session booked for ${formatSessionTime(session.startsAt, session.endsAt)}. An invitation is on its way by mail.`,
            );
          }}
        />
      ) : null}
      {schedulingSeries ? (
        <ScheduleSeries
          engagementId={engagementId}
          sessionsLeft={left}
          onCancel={() => setSchedulingSeries(false)}
          onScheduled={(series) => {
            setSchedulingSeries(false);
            setAnnouncement(
              `${series.sessions.length} sessions scheduled. One invitation for the series is on its way by mail.`,
            );
          }}
        />
      ) : null}
      <SessionGroup
        title="Upcoming"
        empty="No sessions booked yet."
        sessions={group("upcoming")}
        viewerIsCoach={viewerIsCoach}
        lateCancelHours={list.lateCancelHours}
        onChanged={setAnnouncement}
      />
      {viewerIsCoach ? (
        <UpcomingSeries sessions={group("upcoming")} onChanged={setAnnouncement} />
      ) : null}
      <SessionGroup
        title="Past"
        sessions={newestFirst(group("past"))}
        viewerIsCoach={viewerIsCoach}
        lateCancelHours={list.lateCancelHours}
        onChanged={setAnnouncement}
      />
      <SessionGroup
        title="Cancelled"
        sessions={newestFirst(group("cancelled"))}
        viewerIsCoach={viewerIsCoach}
        lateCancelHours={list.lateCancelHours}
        onChanged={setAnnouncement}
      />
      <p className="text-sm">
        <TextLink to={`/engagements/${engagementId}/sessions/patterns`}>
          Timeline and patterns
        </TextLink>
      </p>
      {viewerIsCoach ? (
        <div className="border-t border-slate-100 pt-4">
          <MeetingLinkForm engagementId={engagementId} meetingLink={list.meetingLink} />
        </div>
      ) : null}
    </div>
  );
}

function SessionGroup({
  title,
  empty,
  sessions,
  viewerIsCoach,
  lateCancelHours,
  onChanged,
}: {
  title: string;
  empty?: string;
  sessions: SessionSummary[];
  viewerIsCoach: boolean;
  lateCancelHours: number;
  onChanged: (message: string) => void;
}) {
  if (sessions.length === 0 && !empty) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {sessions.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              viewerIsCoach={viewerIsCoach}
              lateCancelHours={lateCancelHours}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
