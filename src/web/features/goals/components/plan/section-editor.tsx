import { Plus, Trash2 } from "lucide-react";
import type { ComponentType } from "react";
import { type PlanSection, SECTION_LABELS } from "../../../../../domain/goals/action-plan";
import { Button } from "../../../../components/ui/button";
import type { FieldErrors } from "../../../../lib/form-errors";
import { ExerciseFields } from "./exercise-fields";
import {
  type FieldsProps,
  ObstacleFields,
  ResourceFields,
  SkillFields,
  StrategyFields,
} from "./item-fields";
import type { ItemOf, PlanDraft } from "./use-plan-draft";

const FIELDS: { [S in PlanSection]: ComponentType<FieldsProps<ItemOf<S>>> } = {
  skills: SkillFields,
  strategies: StrategyFields,
  exercises: ExerciseFields,
  resources: ResourceFields,
  obstacles: ObstacleFields,
};

export const ADD_LABELS: Record<PlanSection, string> = {
  skills: "Add a skill or behaviour",
  strategies: "Add a strategy",
  exercises: "Add an exercise",
  resources: "Add a resource",
  obstacles: "Add an obstacle",
};

const ITEM_NAMES: Record<PlanSection, string> = {
  skills: "skill",
  strategies: "strategy",
  exercises: "exercise",
  resources: "resource",
  obstacles: "obstacle",
};

type SectionEditorProps<S extends PlanSection> = {
  section: S;
  draft: PlanDraft;
  errors: FieldErrors;
  onEdited: (path: string) => void;
};

/** One section of the plan as a list of items, each with its fields and a Remove button. */
export function SectionEditor<S extends PlanSection>({
  section,
  draft,
  errors,
  onEdited,
}: SectionEditorProps<S>) {
  const Fields = FIELDS[section] as ComponentType<FieldsProps<ItemOf<S>>>;
  const items = draft.plan[section] as ItemOf<S>[];
  const headingId = `plan-edit-${section}`;
  return (
    <fieldset className="space-y-3" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {SECTION_LABELS[section]}
      </h3>
      {items.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
      <ol className="space-y-3">
        {items.map((item, index) => {
          const path = `${section}.${index}`;
          return (
            <li
              key={item.id}
              className="rounded-lg border border-slate-200 bg-slate-50/60 p-3 sm:p-4"
            >
              <Fields
                item={item}
                path={path}
                number={index + 1}
                errors={errors}
                onChange={(patch) => {
                  draft.change(section, item.id, patch);
                  onEdited(path);
                }}
              />
              <div className="mt-2 flex justify-end">
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => draft.remove(section, item.id)}
                  aria-label={`Remove ${ITEM_NAMES[section]} ${index + 1}`}
                >
                  <Trash2 aria-hidden="true" />
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" size="sm" onClick={() => draft.add(section)}>
        <Plus aria-hidden="true" />
        {ADD_LABELS[section]}
      </Button>
    </fieldset>
  );
}
