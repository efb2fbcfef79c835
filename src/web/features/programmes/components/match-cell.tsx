import { useState } from "react";
import type { ParticipantMatch } from "../../../../contract/matching";
import type { Participant } from "../../../../contract/programmes";
import { Button } from "../../../components/ui/button";
import { formatDate } from "../../../lib/format-date";
import { useProgrammeMatches } from "../api/programme-matches";
import { MatchDialog } from "./match-dialog";
import { MoveDialog } from "./move-dialog";

/**
 * A participant's coach on the programme page: "Match a coach" once they joined, the coach's
 * name with "Move to another coach" once matched, the coaches offered while they choose.
 */
export function MatchCell({
  programmeId,
  participant,
}: {
  programmeId: string;
  participant: Participant;
}) {
  const matches = useProgrammeMatches(programmeId);
  if (participant.status !== "joined") return <span className="text-slate-500">—</span>;
  const match = matches.data?.matches.find((one) => one.participantId === participant.id);
  if (match?.engagementId && match.coach)
    return (
      <Matched
        engagementId={match.engagementId}
        coach={match.coach}
        clientName={participant.name}
        movedAt={match.movedAt}
      />
    );
  return <Unmatched programmeId={programmeId} participant={participant} match={match} />;
}

function Matched({
  movedAt,
  ...props
}: {
  engagementId: string;
  coach: { id: string; name: string };
  clientName: string;
  movedAt: string | null;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-medium text-slate-900">
        {props.coach.name}
        {movedAt ? (
          <span className="block text-xs font-normal text-slate-600">
            Moved <time dateTime={movedAt}>{formatDate(movedAt)}</time>
          </span>
        ) : null}
      </span>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Move to another coach
      </Button>
      <MoveDialog {...props} open={open} onOpenChange={setOpen} />
    </div>
  );
}

function Unmatched({
  programmeId,
  participant,
  match,
}: {
  programmeId: string;
  participant: Participant;
  match: ParticipantMatch | undefined;
}) {
  const [open, setOpen] = useState(false);
  const offered = match?.shortlist ?? [];
  return (
    <div className="space-y-1">
      {offered.length > 0 ? (
        <p className="text-slate-600">
          Choosing from {offered.map((coach) => coach.name).join(", ")}
        </p>
      ) : null}
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Match a coach
      </Button>
      <MatchDialog
        programmeId={programmeId}
        participant={participant}
        open={open}
        onOpenChange={setOpen}
      />
    </div>
  );
}
