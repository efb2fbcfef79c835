import { useEffect, useState } from "react";
import type { FinalReport, SharingView } from "../../../../contract/final-report";
import { SUMMARY_MAX_LENGTH } from "../../../../domain/review/report-sharing";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { useReportSharing, useSaveSharing } from "../api/final-report";

// The client's choice, item by item, of what the sponsor sees of the final report, and every read
// of it by the sponsor. Reflections, notes, measures and the sustain plan are never offered.

interface Choice {
  summary: string;
  shareSummary: boolean;
  goalStatus: string[];
  goalOutcome: string[];
}

const choiceOf = (view: SharingView): Choice => ({
  summary: view.summary,
  shareSummary: view.shareSummary,
  goalStatus: view.goalStatus,
  goalOutcome: view.goalOutcome,
});

export function ShareWithSponsor({ report }: { report: FinalReport }) {
  const sharing = useReportSharing(report.engagementId);
  return (
    <Card>
      <section aria-labelledby="share-heading">
        <CardHeader>
          <div>
            <CardTitle id="share-heading">Share with your sponsor</CardTitle>
            <CardDescription>
              You choose what {sharing.data?.sponsorName ?? "your sponsor"} may see, and can change
              it at any time. Your sponsor never sees your reflections, your words on each goal,
              your measures, your sustain plan or any session notes.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          {sharing.error ? <Alert tone="warning">{sharing.error.message}</Alert> : null}
          {sharing.data && !sharing.data.sponsorName ? (
            <p className="text-sm text-slate-700">
              This engagement has no sponsor: nothing of it is shared.
            </p>
          ) : null}
          {sharing.data?.sponsorName && sharing.data.editable ? (
            <SharingForm report={report} view={sharing.data} />
          ) : null}
          {sharing.data?.sponsorName ? <ReadLog view={sharing.data} /> : null}
        </CardContent>
      </section>
    </Card>
  );
}

function SharingForm({ report, view }: { report: FinalReport; view: SharingView }) {
  const [choice, setChoice] = useState<Choice>(() => choiceOf(view));
  const save = useSaveSharing(report.engagementId);
  useEffect(() => setChoice(choiceOf(view)), [view]);
  const toggle = (field: "goalStatus" | "goalOutcome", id: string, on: boolean) =>
    setChoice((c) => {
      const next = { ...c, [field]: on ? [...c[field], id] : c[field].filter((x) => x !== id) };
      // An outcome goes only with its goal's title.
      if (field === "goalStatus" && !on) next.goalOutcome = c.goalOutcome.filter((x) => x !== id);
      if (field === "goalOutcome" && on && !c.goalStatus.includes(id))
        next.goalStatus = [...c.goalStatus, id];
      return next;
    });
  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(choice);
      }}
    >
      <FormField
        label="Summary of the report"
        name="summary"
        optional
        hint="A few sentences you and your coach agree on: what changed and what comes next."
        error={save.error?.message}
      >
        {(props) => (
          <Textarea
            {...props}
            rows={3}
            maxLength={SUMMARY_MAX_LENGTH}
            value={choice.summary}
            onChange={(event) => setChoice({ ...choice, summary: event.target.value })}
          />
        )}
      </FormField>
      <Check
        checked={choice.shareSummary}
        onChange={(on) => setChoice({ ...choice, shareSummary: on })}
        label="Share the summary"
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Each goal</legend>
        {report.goals.map((goal) => (
          <div key={goal.id} className="space-y-1 rounded-lg border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-900">{goal.statement}</p>
            <Check
              checked={choice.goalStatus.includes(goal.id)}
              onChange={(on) => toggle("goalStatus", goal.id, on)}
              label="Share its title and status"
            />
            <Check
              checked={choice.goalOutcome.includes(goal.id)}
              onChange={(on) => toggle("goalOutcome", goal.id, on)}
              label="Share its outcome (achieved, partly or not; not your words)"
            />
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save what I share"}
        </Button>
        {save.isSuccess ? (
          <p role="status" className="text-sm text-slate-700">
            Saved. Your sponsor sees only what is ticked.
          </p>
        ) : null}
      </div>
    </form>
  );
}

function Check({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
}) {
  return (
    <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-brand-700"
      />
      {label}
    </label>
  );
}

const readDay = (at: string) =>
  new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

function ReadLog({ view }: { view: SharingView }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">What your sponsor has read</h3>
      {view.reads.length === 0 ? (
        <p className="text-sm text-slate-600">Your sponsor has not read anything you shared.</p>
      ) : (
        <ul className="space-y-1 text-sm text-slate-800">
          {view.reads.map((read) => (
            <li key={`${read.at}-${read.words}`}>
              {read.sponsorName} read {read.words} on {readDay(read.at)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
