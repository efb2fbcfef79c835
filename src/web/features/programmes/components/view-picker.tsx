import { useId } from "react";
import type { ProgrammeImpact } from "../../../../contract/programme-impact";
import { Label } from "../../../components/ui/label";
import { Select } from "../../../components/ui/select";
import { ALL, type Choice, cohortChoices, stageChoices, viewOf } from "./impact-choices";

export interface ViewChoice {
  cohortId: string;
  stage: string;
}

/**
 * The cohort and the stage whose figures the page shows. Only offered views can be picked: one
 * whose figures are withheld stays listed, disabled, with the reason in its label.
 */
export function ViewPicker({
  impact,
  choice,
  onChange,
}: {
  impact: ProgrammeImpact;
  choice: ViewChoice;
  onChange: (choice: ViewChoice) => void;
}) {
  const id = useId();
  const pickCohort = (cohortId: string) => {
    const keepsStage = viewOf(impact, cohortId, choice.stage)?.figures;
    onChange({ cohortId, stage: keepsStage ? choice.stage : ALL });
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-cohort`}>Cohort</Label>
        <Select
          id={`${id}-cohort`}
          value={choice.cohortId}
          onChange={(event) => pickCohort(event.target.value)}
        >
          <Options choices={cohortChoices(impact)} />
        </Select>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-stage`}>Stage</Label>
        <Select
          id={`${id}-stage`}
          value={choice.stage}
          onChange={(event) => onChange({ ...choice, stage: event.target.value })}
        >
          <Options choices={stageChoices(impact, choice.cohortId)} />
        </Select>
      </div>
    </div>
  );
}

function Options({ choices }: { choices: Choice[] }) {
  return (
    <>
      {choices.map((option) => (
        <option key={option.value} value={option.value} disabled={option.refused !== null}>
          {option.refused ? `${option.label} (not shown: ${option.refused})` : option.label}
        </option>
      ))}
    </>
  );
}
