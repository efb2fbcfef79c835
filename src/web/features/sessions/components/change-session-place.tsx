import { type FormEvent, useState } from "react";
import type { SessionMode, SessionSummary } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useUpdateSession } from "../api/change-session";
import { ModeFields } from "./mode-fields";

type ChangeSessionPlaceProps = {
  session: SessionSummary;
  onChanged: () => void;
  onCancel: () => void;
};

/** Changing how a session is held (video, phone, in person) and where; its time stays. */
export function ChangeSessionPlace({ session, onChanged, onCancel }: ChangeSessionPlaceProps) {
  const update = useUpdateSession(session.id);
  const problems = useFieldProblems("change");
  // A video session showing the engagement's link has none of its own: the field starts empty.
  const ownPlace = session.usesEngagementLink ? "" : session.place;
  const [mode, setMode] = useState<SessionMode>(session.mode);
  const [place, setPlace] = useState(ownPlace);
  const headingId = `change-${session.id}-heading`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    const trimmed = place.trim();
    if (mode === session.mode && trimmed === ownPlace) {
      problems.showProblems([{ path: "", message: "Nothing has changed yet." }]);
      return;
    }
    update.mutate(
      { mode, place: trimmed },
      { onSuccess: onChanged, onError: problems.showRefusal },
    );
  };

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={headingId}
      className="mt-3 space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
    >
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        Change how or where you meet
      </h2>
      <p className="text-sm text-slate-600">
        The time stays as it is. You both get an updated invitation by mail.
      </p>
      <FormAlert message={problems.problem} />
      <ModeFields
        name={`change-${session.id}`}
        mode={mode}
        place={place}
        errors={problems.errors}
        onChange={(change) => {
          if (change.mode) {
            // What fits one mode (an address) never fits another (a number): start it afresh.
            setMode(change.mode);
            setPlace(change.mode === session.mode ? ownPlace : "");
          }
          if (change.place !== undefined) setPlace(change.place);
          // A new mode asks a new question: what was wrong with the last answer no longer is.
          if (change.mode) problems.clearAll();
          else problems.clearErrors("place");
        }}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={update.isPending}>
          Save and send the update
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Keep it as it is
        </Button>
      </div>
    </form>
  );
}
