import { Settings2 } from "lucide-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import type { ModelSummary } from "../../../../contract/competency-models";
import type { CampaignSummary } from "../../../../contract/feedback";
import { DEFAULT_GROUP_LIMITS } from "../../../../domain/feedback/rater-groups";
import { AssignChoice, ChoiceError } from "../../../components/assign-form";
import { ErrorState } from "../../../components/error-state";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { LoadingState } from "../../../components/ui/loading-state";
import { practiceThreshold, usePractice } from "../../../lib/api/get-practice";
import { focusFirstInvalid, formMessageOf, formValues } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useCreateCampaign } from "../api/create-campaign";
import { useCompetencyModels } from "../api/list-models";
import { campaignPath } from "./campaign-actions";
import {
  browserTimeZone,
  type CampaignSettings,
  changedSettings,
  daysAfter,
  type Problems,
  problemsOf,
  readDeadline,
  readSettings,
  SETTINGS_PATHS,
  unplacedProblems,
} from "./campaign-settings";
import {
  AnonymityFields,
  hasAnonymityProblem,
  ManagerIdentifiedField,
} from "./campaign-settings-fields";
import { ProblemAlert } from "./problem-alert";
import { type RepeatChoice, RepeatFields, useBaselineModel } from "./repeat-fields";

/** Three weeks: time for raters to answer, and for reminders to reach those who haven't. */
const DEFAULT_DAYS_TO_ANSWER = 21;

type CreateCampaignFormProps = {
  engagementId: string;
  clientName: string;
  onCancel: () => void;
  /** Released campaigns a new one may repeat, when the engagement is at a stage to measure change. */
  repeatable?: CampaignSummary[];
};

/**
 * The coach starts a 360 campaign: the competency model, the deadline and whether the manager is
 * shown alone; k and the group limits are folded away with the practice's defaults. A campaign
 * starts as a draft, on its own page.
 */
export function CreateCampaignForm({
  engagementId,
  clientName,
  onCancel,
  repeatable = [],
}: CreateCampaignFormProps) {
  const models = useCompetencyModels();
  const practice = usePractice();
  const create = useCreateCampaign();
  const navigate = useNavigate();
  const [checked, setChecked] = useState<Problems | null>(null);
  const [anonymityOpen, setAnonymityOpen] = useState(false);
  const [repeat, setRepeat] = useState<RepeatChoice>({ repeatOf: "", copyRaters: true });
  const baseline = useBaselineModel(repeat.repeatOf);
  const repeating = repeat.repeatOf !== "";
  const formRef = useRef<HTMLFormElement>(null);
  const problems = checked ?? problemsOf(create.error);
  const loaded = Boolean(models.data && !practice.isPending);

  useEffect(() => {
    if (loaded) formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [loaded]);

  if (models.isPending || practice.isPending) return <LoadingState label="Loading the models…" />;
  if (models.error)
    return <ErrorState error={models.error} onRetry={() => void models.refetch()} />;

  const k = practiceThreshold(practice.data);
  const defaults: CampaignSettings = {
    threshold: k,
    managerIdentified: false,
    groupLimits: DEFAULT_GROUP_LIMITS,
  };
  const today = todayIsoDate();

  const showProblems = (found: Problems, form: HTMLFormElement) => {
    if (hasAnonymityProblem(found)) setAnonymityOpen(true);
    focusFirstInvalid(form);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = formValues(form);
    const modelId = repeating ? baseline.data?.modelId : values.modelId;
    const settings = readSettings(values, k);
    const deadline = readDeadline(values.deadline, today);
    const found: Problems = {
      ...(modelId ? {} : { modelId: "Choose a competency model" }),
      ...(deadline.ok ? {} : deadline.problems),
      ...(settings.ok ? {} : settings.problems),
    };
    if (!settings.ok || !deadline.ok || !modelId) {
      setChecked(found);
      showProblems(found, form);
      return;
    }
    setChecked(null);
    create.mutate(
      {
        engagementId,
        modelId,
        ...(repeating ? { repeatOf: repeat.repeatOf, copyRaters: repeat.copyRaters } : {}),
        deadline: deadline.value,
        timeZone: browserTimeZone(),
        ...changedSettings(settings.value, defaults),
        managerIdentified: settings.value.managerIdentified,
      },
      {
        onSuccess: (view) => navigate(campaignPath(view.id)),
        onError: (error) => showProblems(problemsOf(error), form),
      },
    );
  };

  const all = models.data ?? [];
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-label="Start a 360 feedback campaign"
      className="@container space-y-5 rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:p-5"
    >
      <ProblemAlert
        message={checked ? "Please correct the highlighted fields." : formMessageOf(create.error)}
        details={unplacedProblems(
          problems,
          repeatable.length > 0 ? [...SETTINGS_PATHS, "repeatOf", "copyRaters"] : SETTINGS_PATHS,
        )}
      />
      {repeatable.length > 0 ? (
        <RepeatFields
          released={repeatable}
          choice={repeat}
          onChange={setRepeat}
          clientName={clientName}
          error={problems.repeatOf ?? problems.copyRaters}
        />
      ) : null}
      {repeating ? (
        <p className="text-sm text-slate-800">
          Competency model:{" "}
          <span className="font-medium">{baseline.data?.modelName ?? "the baseline's"}</span>, as
          the baseline asked it.
        </p>
      ) : null}
      <fieldset className={repeating ? "hidden" : "min-w-0 space-y-2"}>
        <legend className="mb-2 text-sm font-medium text-slate-800">Competency model</legend>
        {all.map((model, index) => (
          <AssignChoice
            key={model.id}
            name="modelId"
            value={model.id}
            title={model.name}
            facts={modelFacts(model)}
            summary={model.summary}
            disabled={false}
            defaultChecked={index === 0}
            invalid={Boolean(problems.modelId)}
          />
        ))}
        <Link
          to="/competency-models"
          className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          <Settings2 className="size-4" aria-hidden="true" />
          Manage competency models
        </Link>
        <ChoiceError message={problems.modelId} />
      </fieldset>
      <div className="max-w-xs">
        <FormField
          label="Deadline"
          name="deadline"
          error={problems.deadline}
          hint="The last day raters can answer; the survey closes at its end."
        >
          {(field) => (
            <Input
              {...field}
              type="date"
              min={daysAfter(today, 1)}
              defaultValue={daysAfter(today, DEFAULT_DAYS_TO_ANSWER)}
            />
          )}
        </FormField>
      </div>
      <ManagerIdentifiedField
        defaultChecked={defaults.managerIdentified}
        clientName={clientName}
        error={problems.managerIdentified}
      />
      <AnonymityFields
        defaults={defaults}
        practiceThreshold={k}
        problems={problems}
        open={anonymityOpen}
        onToggle={setAnonymityOpen}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" pending={create.isPending} disabled={all.length === 0}>
          Start campaign
        </Button>
      </div>
    </form>
  );
}

/** "Keel's own · 9 competencies · 45 behaviours · version 1" */
function modelFacts(model: ModelSummary): string {
  return [
    model.source === "built-in" ? "Keel's own" : "Your own",
    `${model.competencyCount} competencies`,
    `${model.itemCount} behaviours`,
    `version ${model.version}`,
  ].join(" · ");
}
