import { type FormEvent, useState } from "react";
import type { SessionSummary } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useMoveSession } from "../api/change-session";
import { type StartChoice, StartPicker } from "./start-picker";

type MoveSessionProps = {
  session: SessionSummary;
  anyTime: boolean;
  onMoved: () => void;
  onCancel: () => void;
};

/** Choosing a new time for a session; each move counts against the moves allowed. */
export function MoveSession({ session, anyTime, onMoved, onCancel }: MoveSessionProps) {
  const move = useMoveSession(session.id);
  const problems = useFieldProblems("move");
  const [start, setStart] = useState<StartChoice>({ startsAt: null });
  const [reason, setReason] = useState("");
  const headingId = `move-${session.id}-heading`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    if (!start.startsAt) {
      problems.showProblems([{ path: "startsAt", message: "Choose the new time" }]);
      return;
    }
    const trimmed = reason.trim();
    move.mutate(
      { startsAt: start.startsAt, ...(trimmed ? { reason: trimmed } : {}) },
      { onSuccess: onMoved, onError: problems.showRefusal },
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
      <h4 id={headingId} className="text-sm font-semibold text-slate-900">
        Move this session
      </h4>
      <p className="text-sm text-slate-600">
        {session.movesLeft === 1
          ? "It can be moved once more."
          : `It can be moved ${session.movesLeft} more times.`}
      </p>
      <FormAlert message={problems.problem} />
      <StartPicker
        engagementId={session.engagementId}
        anyTime={anyTime}
        name={`move-${session.id}`}
        value={start}
        error={problems.errors.startsAt}
        onChange={(choice) => {
          setStart(choice);
          problems.clearErrors("startsAt");
        }}
      />
      <FormField label="Reason" name="reason" optional error={problems.errors.reason}>
        {(field) => (
          <Input
            {...field}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={move.isPending}>
          Move session
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Keep the time
        </Button>
      </div>
    </form>
  );
}
