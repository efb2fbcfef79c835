import { CalendarClock, SlidersHorizontal } from "lucide-react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import type { CampaignView } from "../../../../contract/feedback";
import { listIsOpen } from "../../../../domain/feedback/campaign-status";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { focusFirstInvalid, formMessageOf, formValues } from "../../../lib/form-errors";
import { formatDate, todayIsoDate } from "../../../lib/format-date";
import { useFocusOnClose } from "../../../lib/use-focus-on-close";
import { useUpdateCampaign } from "../api/update-campaign";
import {
  changedSettings,
  daysAfter,
  type Problems,
  problemsOf,
  readDeadline,
  readSettings,
  unplacedProblems,
} from "./campaign-settings";
import {
  AnonymityFields,
  hasAnonymityProblem,
  ManagerIdentifiedField,
} from "./campaign-settings-fields";
import type { Names, Viewer } from "./campaign-steps";
import { ProblemAlert } from "./problem-alert";
import { limitText, ratersByGroup } from "./rater-groups";

type Editing = "deadline" | "settings" | null;

/**
 * The campaign's model, deadline and anonymity rules. Its coach moves the deadline until the
 * survey closes, and changes the rules until invitations go out (raters are told them).
 */
export function CampaignSettingsCard({
  view,
  viewer,
  names,
}: {
  view: CampaignView;
  viewer: Viewer;
  names: Names;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState("");
  const deadlineButton = useRef<HTMLButtonElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const lastEdited = useRef<Editing>(null);
  useFocusOnClose(
    editing !== null,
    lastEdited.current === "deadline" ? deadlineButton : settingsButton,
  );
  const asCoach = viewer === "coach";
  const mayMoveDeadline = asCoach && view.status !== "closed" && view.status !== "released";
  const mayChangeRules = asCoach && listIsOpen(view.status);

  const open = (what: Editing) => {
    lastEdited.current = what;
    setEditing(what);
  };
  const close = (saved?: string) => {
    setEditing(null);
    if (saved) setAnnouncement(saved);
  };

  return (
    // Last on a phone (the list and the counts matter more there), top right from lg.
    <Card className="lg:col-start-3 lg:row-span-4 lg:row-start-1">
      <section aria-labelledby="campaign-settings-heading">
        <CardHeader>
          <CardTitle id="campaign-settings-heading">Settings</CardTitle>
        </CardHeader>
        <CardContent className="space-y-5">
          <p role="status" className="sr-only">
            {announcement}
          </p>
          {editing === "deadline" ? (
            <DeadlineForm view={view} onDone={close} />
          ) : editing === "settings" ? (
            <RulesForm view={view} names={names} onDone={close} />
          ) : (
            <SettingsFacts view={view} />
          )}
          {editing === null && (mayMoveDeadline || mayChangeRules) ? (
            <div className="flex flex-wrap gap-2">
              {mayMoveDeadline ? (
                <Button
                  ref={deadlineButton}
                  variant="secondary"
                  size="sm"
                  onClick={() => open("deadline")}
                >
                  <CalendarClock aria-hidden="true" />
                  Change deadline
                </Button>
              ) : null}
              {mayChangeRules ? (
                <Button
                  ref={settingsButton}
                  variant="secondary"
                  size="sm"
                  onClick={() => open("settings")}
                >
                  <SlidersHorizontal aria-hidden="true" />
                  Change anonymity rules
                </Button>
              ) : null}
            </div>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}

function SettingsFacts({ view }: { view: CampaignView }) {
  const facts: [string, ReactNode][] = [
    [
      "Competency model",
      `${view.modelName}, version ${view.modelVersion} (${view.itemCount} behaviours)`,
    ],
    [
      "Deadline",
      `${formatDate(view.deadline)}; the survey closes at the end of that day (${view.timeZone.replaceAll("_", " ")}).`,
    ],
    [
      "Anonymity",
      `A group, and each behaviour, is shown only with at least ${view.threshold} answers.`,
    ],
    [
      "The manager",
      view.managerIdentified
        ? `Shown on their own: raters are told so in their invitation.`
        : `Anonymous like everyone else: a lone manager is merged with other colleagues.`,
    ],
  ];
  return (
    <dl className="space-y-3 text-sm">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
      <div>
        <dt className="text-slate-600">Raters per group</dt>
        <dd>
          <ul className="mt-1 space-y-0.5 font-medium text-slate-900">
            {ratersByGroup([]).map(({ group, label }) => (
              <li key={group}>
                {label}: {limitText(view.groupLimits[group])}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

function useFocusOnOpen() {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, []);
  return formRef;
}

function DeadlineForm({ view, onDone }: { view: CampaignView; onDone: (saved?: string) => void }) {
  const update = useUpdateCampaign();
  const [checked, setChecked] = useState<Problems | null>(null);
  const formRef = useFocusOnOpen();
  const problems = checked ?? problemsOf(update.error);
  const today = todayIsoDate();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const deadline = readDeadline(formValues(form).deadline, today);
    if (!deadline.ok) {
      setChecked(deadline.problems);
      focusFirstInvalid(form);
      return;
    }
    setChecked(null);
    update.mutate(
      { campaignId: view.id, deadline: deadline.value },
      {
        onSuccess: (saved) => onDone(`The deadline is now ${formatDate(saved.deadline)}.`),
        onError: () => focusFirstInvalid(form),
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label="Change the deadline"
      className="space-y-4"
    >
      <ProblemAlert
        message={checked ? "Please correct the highlighted fields." : formMessageOf(update.error)}
        details={unplacedProblems(problems)}
      />
      <FormField
        label="Deadline"
        name="deadline"
        error={problems.deadline}
        hint={
          view.status === "collecting"
            ? "Raters who haven't answered are reminded before the new date."
            : "The last day raters can answer."
        }
      >
        {(field) => (
          <Input {...field} type="date" min={daysAfter(today, 1)} defaultValue={view.deadline} />
        )}
      </FormField>
      <FormButtons pending={update.isPending} onCancel={() => onDone()} />
    </form>
  );
}

function RulesForm({
  view,
  names,
  onDone,
}: {
  view: CampaignView;
  names: Names;
  onDone: (saved?: string) => void;
}) {
  const update = useUpdateCampaign();
  const [checked, setChecked] = useState<Problems | null>(null);
  const [anonymityOpen, setAnonymityOpen] = useState(true);
  const formRef = useFocusOnOpen();
  const problems = checked ?? problemsOf(update.error);
  const current = {
    threshold: view.threshold,
    managerIdentified: view.managerIdentified,
    groupLimits: view.groupLimits,
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const settings = readSettings(formValues(form), view.practiceThreshold);
    if (!settings.ok) {
      setChecked(settings.problems);
      setAnonymityOpen(true);
      focusFirstInvalid(form);
      return;
    }
    setChecked(null);
    const change = changedSettings(settings.value, current);
    if (Object.keys(change).length === 0) return onDone();
    update.mutate(
      { campaignId: view.id, ...change },
      {
        onSuccess: () => onDone("The anonymity rules are saved."),
        onError: (error) => {
          if (hasAnonymityProblem(problemsOf(error))) setAnonymityOpen(true);
          focusFirstInvalid(form);
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label="Change the anonymity rules"
      className="@container space-y-4"
    >
      <ProblemAlert
        message={checked ? "Please correct the highlighted fields." : formMessageOf(update.error)}
        details={unplacedProblems(problems)}
      />
      <ManagerIdentifiedField
        defaultChecked={view.managerIdentified}
        clientName={names.client}
        error={problems.managerIdentified}
      />
      <AnonymityFields
        defaults={current}
        practiceThreshold={view.practiceThreshold}
        problems={problems}
        open={anonymityOpen}
        onToggle={setAnonymityOpen}
      />
      <FormButtons pending={update.isPending} onCancel={() => onDone()} />
    </form>
  );
}

function FormButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" pending={pending}>
        Save
      </Button>
    </div>
  );
}
