import { useRef, useState } from "react";
import { useParams } from "react-router";
import type { SessionPage as SessionPageData } from "../../../../contract/sessions";
import { ResourcePage } from "../../../components/resource-page";
import { Button } from "../../../components/ui/button";
import { PageHeader } from "../../../components/ui/page-header";
import { useMailHeld } from "../../../lib/api/get-practice";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useSessionPage } from "../api/session-page";
import { AgendaCard } from "../components/agenda-card";
import { Announcement } from "../components/announcement";
import { CancelSessionDialog } from "../components/cancel-session";
import { ChangeSessionPlace } from "../components/change-session-place";
import { CommitmentsCard } from "../components/commitments-card";
import { MoveSession } from "../components/move-session";
import { NoteCard } from "../components/note-card";
import { PlanAdjustmentsCard } from "../components/plan-adjustments-card";
import { PreparationCard } from "../components/preparation-card";
import { ReflectionCard } from "../components/reflection-card";
import { SeriesMark } from "../components/series-mark";
import { SessionPlace } from "../components/session-place";
import { SessionStatus } from "../components/session-status";
import { browserTimeZone, formatSessionTime } from "../components/session-time";
import { ThemesCard } from "../components/themes-card";

/** /sessions/:id: one session with its agenda, preparation, notes and reflection. */
export function SessionPage() {
  const { id = "" } = useParams();
  const page = useSessionPage(id);
  useDocumentTitle(
    page.data
      ? `Session, ${formatSessionTime(page.data.session.startsAt, page.data.session.endsAt)}`
      : "Session",
  );
  return (
    <ResourcePage
      query={page}
      loading="Loading the session…"
      name="Session"
      back={{ to: "/", label: "Home" }}
      notFound="This session doesn't exist, or it isn't one you can see."
    >
      {(data) => <SessionDetail page={data} />}
    </ResourcePage>
  );
}

function SessionDetail({ page }: { page: SessionPageData }) {
  const me = useCurrentUser();
  const { session, may } = page;
  const viewerIsCoach = me.id === session.coach.id;
  const viewerIsClient = me.id === session.client.id;
  const other = viewerIsCoach ? session.client : session.coach;
  const started = new Date(session.startsAt).getTime() <= Date.now();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <SessionHeader page={page} viewerIsCoach={viewerIsCoach} otherName={other.name} />
      <AgendaCard page={page} viewerId={me.id} />
      <PreparationCard page={page} viewerIsClient={viewerIsClient} />
      <NoteCard
        sessionId={session.id}
        note={page.feedback}
        title="Feedback and guidance"
        visibility={`From ${session.coach.name}. You both read it; only ${viewerIsCoach ? "you write" : "your coach writes"} it.`}
        mayWrite={may.writeFeedback}
        empty="No feedback written yet."
      />
      <NoteCard
        sessionId={session.id}
        note={page.shared}
        title="Shared notes"
        visibility={`You and ${other.name} both read and write these.`}
        mayWrite={may.writeShared}
        empty="No shared notes yet."
      />
      <NoteCard
        sessionId={session.id}
        note={page.privateNote}
        title="My private notes — only you can see these"
        visibility={`Nobody else reads them: not ${other.name}, nor anyone else at the practice.`}
        privateToViewer
        mayWrite
        empty="No private notes yet."
      />
      <ThemesCard page={page} />
      <CommitmentsCard page={page} viewerId={me.id} />
      <PlanAdjustmentsCard page={page} />
      {started && session.status !== "cancelled" ? (
        <ReflectionCard page={page} viewerIsClient={viewerIsClient} />
      ) : (
        <p className="text-sm text-slate-600">
          {viewerIsClient ? "Your" : `${session.client.name}'s`} reflection on the session can be
          written once it has begun.
        </p>
      )}
    </div>
  );
}

function SessionHeader({
  page,
  viewerIsCoach,
  otherName,
}: {
  page: SessionPageData;
  viewerIsCoach: boolean;
  otherName: string;
}) {
  const { session, may } = page;
  const [moving, setMoving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [changing, setChanging] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const mailHeld = useMailHeld();
  const when = formatSessionTime(session.startsAt, session.endsAt);
  const mayMove = may.move && session.movesLeft > 0;
  return (
    <div>
      <PageHeader
        eyebrow={<SessionStatus session={session} />}
        title={`Session with ${otherName}`}
        back={{ to: `/engagements/${session.engagementId}`, label: session.engagementTitle }}
        description={
          <>
            <span className="block">
              {when}{" "}
              <span className="text-slate-600">
                ({browserTimeZone().replaceAll("_", " ")} time)
              </span>
            </span>
            <span className="block">
              <SessionPlace session={session} />
            </span>
            {session.seriesRule ? (
              <span className="mt-1 block">
                <SeriesMark rule={session.seriesRule} />
              </span>
            ) : null}
          </>
        }
        actions={
          <>
            {mayMove ? (
              <Button
                ref={moveRef}
                variant="secondary"
                aria-expanded={moving}
                onClick={() => {
                  setChanging(false);
                  setMoving(!moving);
                }}
              >
                Move
              </Button>
            ) : null}
            {may.change ? (
              <Button
                ref={changeRef}
                variant="secondary"
                aria-expanded={changing}
                onClick={() => {
                  setMoving(false);
                  setChanging(!changing);
                }}
              >
                Change how or where
              </Button>
            ) : null}
            {may.cancel ? (
              <Button variant="danger-outline" onClick={() => setCancelling(true)}>
                Cancel session
              </Button>
            ) : null}
          </>
        }
      />
      <Announcement message={announcement} />
      {moving ? (
        <MoveSession
          session={session}
          anyTime={viewerIsCoach}
          onCancel={() => {
            setMoving(false);
            moveRef.current?.focus();
          }}
          onMoved={() => {
            setMoving(false);
            setAnnouncement("Session moved. You both get the new time by mail.");
          }}
        />
      ) : null}
      {changing ? (
        <ChangeSessionPlace
          session={session}
          onCancel={() => {
            setChanging(false);
            changeRef.current?.focus();
          }}
          onChanged={() => {
            setChanging(false);
            setAnnouncement(
              mailHeld
                ? `Saved. No mail server is set up, so the updated invitation to you and ${otherName} is held, not sent: tell ${otherName} yourself.`
                : `Saved. You and ${otherName} were each sent an updated invitation.`,
            );
          }}
        />
      ) : null}
      <CancelSessionDialog
        session={session}
        lateCancelHours={page.lateCancelHours}
        viewerIsCoach={viewerIsCoach}
        open={cancelling}
        onOpenChange={setCancelling}
        onCancelled={() =>
          setAnnouncement("Session cancelled. You both get the cancellation by mail.")
        }
      />
    </div>
  );
}
