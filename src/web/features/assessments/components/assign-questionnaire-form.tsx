import type { AssessmentSummary } from "../../../../contract/assessments";
import { AssignChoice, AssignForm, ChoiceError } from "../../../components/assign-form";
import { assignAssessmentSchema, useAssignAssessment } from "../api/assign-assessment";
import { useInstruments } from "../api/list-instruments";
import { isOpen } from "./assessment-status";
import { instrumentFacts, instrumentName } from "./instrument-name";

type AssignQuestionnaireFormProps = {
  engagementId: string;
  clientName: string;
  /** The engagement's questionnaires: one still open can't be assigned again. */
  assigned: AssessmentSummary[];
  onDone: (assigned?: AssessmentSummary) => void;
};

/** The coach chooses a questionnaire (name, length and what it measures) and a due date. */
export function AssignQuestionnaireForm({
  engagementId,
  clientName,
  assigned,
  onDone,
}: AssignQuestionnaireFormProps) {
  const instruments = useInstruments();
  const assign = useAssignAssessment();
  const openIds = new Set(assigned.filter(isOpen).map((a) => a.instrument.id));

  return (
    <AssignForm
      choices={instruments}
      schema={assignAssessmentSchema}
      assign={assign}
      engagementId={engagementId}
      onDone={onDone}
      loading="Loading the questionnaires…"
      label="Assign a questionnaire"
      submitLabel="Assign questionnaire"
      clientName={clientName}
      canSubmit={(all) => all.some((instrument) => !openIds.has(instrument.id))}
    >
      {(all, fieldErrors) => {
        const first = all.find((instrument) => !openIds.has(instrument.id));
        return (
          <fieldset className="min-w-0 space-y-2">
            <legend className="mb-2 text-sm font-medium text-slate-800">Questionnaire</legend>
            {all.map((instrument) => (
              <AssignChoice
                key={instrument.id}
                name="instrumentId"
                value={instrument.id}
                title={instrumentName(instrument)}
                facts={instrumentFacts(instrument)}
                summary={instrument.summary}
                disabled={openIds.has(instrument.id)}
                defaultChecked={instrument.id === first?.id}
                invalid={Boolean(fieldErrors.instrumentId)}
              />
            ))}
            <ChoiceError message={fieldErrors.instrumentId} />
          </fieldset>
        );
      }}
    </AssignForm>
  );
}
