import { type FormEvent, useState } from "react";
import type { SessionMode, SessionSummary } from "../../../../contract/sessions";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { useFieldProblems } from "../../../lib/use-field-problems";
import { useBookSession } from "../api/book-session";
import { ModeFields } from "./mode-fields";
import { browserTimeZone } from "./session-time";
import { type StartChoice, StartPicker } from "./start-picker";

type BookSessionProps = {
  engagementId: string;
  /** The coach may book any time as well as a free slot. */
  anyTime: boolean;
  onBooked: (session: SessionSummary) => void;
  onCancel: () => void;
};

/** Choosing a time and how to meet, then booking the session. */
export function BookSession({ engagementId, anyTime, onBooked, onCancel }: BookSessionProps) {
  const book = useBookSession(engagementId);
  const problems = useFieldProblems("session");
  const [start, setStart] = useState<StartChoice>({ startsAt: null });
  const [mode, setMode] = useState<SessionMode>("video");
  const [place, setPlace] = useState("");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problems.clearAll();
    if (!start.startsAt) {
      problems.showProblems([{ path: "startsAt", message: "Choose a time for the session" }]);
      return;
    }
    const trimmed = place.trim();
    book.mutate(
      {
        startsAt: start.startsAt,
        mode,
        ...(trimmed ? { place: trimmed } : {}),
        timeZone: browserTimeZone(),
      },
      { onSuccess: onBooked, onError: problems.showRefusal },
    );
  };

  return (
    <form
      ref={problems.formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="book-session-heading"
      className="space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4"
    >
      <h3 id="book-session-heading" className="text-base font-semibold text-slate-900">
        Book a session
      </h3>
      <FormAlert message={problems.problem} />
      <StartPicker
        engagementId={engagementId}
        anyTime={anyTime}
        name="book"
        value={start}
        error={problems.errors.startsAt}
        onChange={(choice) => {
          setStart(choice);
          problems.clearErrors("startsAt");
        }}
      />
      <ModeFields
        name="book"
        mode={mode}
        place={place}
        errors={problems.errors}
        onChange={(change) => {
          if (change.mode) setMode(change.mode);
          if (change.place !== undefined) setPlace(change.place);
          problems.clearErrors("mode", "place");
        }}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={book.isPending}>
          Book session
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
