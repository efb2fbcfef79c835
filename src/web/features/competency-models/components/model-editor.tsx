import { Plus } from "lucide-react";
import { type FormEvent, useRef, useState } from "react";
import { COMPETENCIES, modelProblems } from "../../../../domain/feedback/model-rules";
import type { FieldProblem as Problem } from "../../../../domain/field-problem";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid, formMessageOf } from "../../../lib/form-errors";
import { useSaveModel } from "../api/save-model";
import type { Competency, ModelContent, ModelView } from "../api/types";
import { CompetencyEditor, type Errors } from "./competency-editor";
import { FieldProblem } from "./field-problem";
import {
  draftOf,
  moved,
  newBehaviour,
  newCompetency,
  newOpenQuestion,
  tidyModel,
} from "./model-draft";
import { OpenQuestionsEditor } from "./open-questions-editor";

type ModelEditorProps = {
  model: ModelView;
  onSaved: (model: ModelView) => void;
  onCancel: () => void;
};

/**
 * The coach edits their own model: its name and texts, competencies and their behaviours, and
 * the open questions, each added, reordered and removed. It is checked by the same rules as on
 * the server before it is sent, and any problem is shown at its field.
 */
export function ModelEditor({ model, onSaved, onCancel }: ModelEditorProps) {
  const [initial] = useState(() => draftOf(model));
  const [draft, setDraft] = useState<ModelContent>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [discarding, setDiscarding] = useState(false);
  const save = useSaveModel();
  const formRef = useRef<HTMLFormElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);

  /** A field changed: its problem (and those under it) is no longer shown until the next check. */
  function clearErrors(...prefixes: string[]) {
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !prefixes.some((p) => path === p || path.startsWith(`${p}.`)),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  function setText(key: "name" | "summary" | "instructions", value: string) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearErrors(key);
  }

  /** A change of order or number: problems are named by position, so they would point astray. */
  function restructure(change: (d: ModelContent) => ModelContent, message: string) {
    setErrors({});
    setDraft(change);
    setAnnouncement(message);
  }

  function setCompetencies(competencies: Competency[]) {
    setDraft((d) => ({ ...d, competencies }));
  }

  function addCompetency() {
    const competency = newCompetency(draft);
    restructure(
      (d) => ({ ...d, competencies: [...d.competencies, competency] }),
      `Added competency ${draft.competencies.length + 1}.`,
    );
    focusSoon(`competencies.${draft.competencies.length}.name`);
  }

  function addBehaviour(c: number) {
    const item = newBehaviour(draft);
    const competency = draft.competencies[c];
    if (!competency) return;
    restructure(
      (d) => ({
        ...d,
        competencies: d.competencies.map((it, i) =>
          i === c ? { ...it, items: [...it.items, item] } : it,
        ),
      }),
      `Added behaviour ${competency.items.length + 1} to competency ${c + 1}.`,
    );
    focusSoon(`competencies.${c}.items.${competency.items.length}.text`);
  }

  function changeItems(c: number, change: (items: Competency["items"]) => Competency["items"]) {
    return (d: ModelContent) => ({
      ...d,
      competencies: d.competencies.map((it, i) =>
        i === c ? { ...it, items: change(it.items) } : it,
      ),
    });
  }

  function addOpenQuestion() {
    const question = newOpenQuestion(draft);
    restructure(
      (d) => ({ ...d, openQuestions: [...d.openQuestions, question] }),
      `Added open question ${draft.openQuestions.length + 1}.`,
    );
    focusSoon(`openQuestions.${draft.openQuestions.length}.text`);
  }

  function showProblems(fields: Problem[]) {
    setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
    const known = fields.filter((f) => f.path !== "");
    const unplaced = fields.filter((f) => f.path === "").map((f) => f.message);
    setProblem(
      [
        known.length === 1
          ? "One thing needs fixing before the model can be saved."
          : known.length > 1
            ? `${known.length} things need fixing before the model can be saved.`
            : "",
        ...unplaced,
      ]
        .filter(Boolean)
        .join(" "),
    );
    focusFirstInvalid(formRef.current);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!changed) return onCancel();
    const content = tidyModel(draft);
    const problems = modelProblems(content);
    if (problems.length > 0) return showProblems(problems);
    setErrors({});
    setProblem(null);
    save.mutate(
      { id: model.id, version: model.version, content },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error, 400) && error.fields.length > 0) showProblems(error.fields);
          else setProblem(formMessageOf(error));
        },
      },
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problem} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <Card>
        <CardHeader>
          <CardTitle>About the model</CardTitle>
        </CardHeader>
        <CardContent className="space-y-5">
          <FormField label="Name" name="name" error={errors.name} required>
            {(field) => (
              <Input
                {...field}
                maxLength={200}
                value={draft.name}
                onChange={(event) => setText("name", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Summary"
            name="summary"
            error={errors.summary}
            hint="What the model covers, in a sentence or two. You see it when you choose a model."
            optional
          >
            {(field) => (
              <Textarea
                {...field}
                rows={2}
                maxLength={2000}
                className="field-sizing-content min-h-16"
                value={draft.summary}
                onChange={(event) => setText("summary", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Instructions for raters"
            name="instructions"
            error={errors.instructions}
            hint="Shown above the survey to raters and to your client. The survey adds how answers are kept anonymous."
            optional
          >
            {(field) => (
              <Textarea
                {...field}
                rows={6}
                maxLength={5000}
                className="field-sizing-content max-h-[32rem] min-h-32"
                value={draft.instructions}
                onChange={(event) => setText("instructions", event.target.value)}
              />
            )}
          </FormField>
        </CardContent>
      </Card>

      <section aria-labelledby="competencies-heading" className="space-y-4">
        <div>
          <h2 id="competencies-heading" className="text-lg font-semibold text-slate-900">
            Competencies
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Each behaviour is rated from Never to Almost always, or Not observed.
          </p>
        </div>
        <FieldProblem message={errors.competencies} />
        <ol className="space-y-4">
          {draft.competencies.map((competency, c) => (
            <CompetencyEditor
              key={competency.id}
              competency={competency}
              index={c}
              count={draft.competencies.length}
              errors={errors}
              onChange={(next, clear) => {
                setCompetencies(draft.competencies.map((it, i) => (i === c ? next : it)));
                clearErrors(clear);
              }}
              onMove={(by) =>
                restructure(
                  (d) => ({ ...d, competencies: moved(d.competencies, c, by) }),
                  `Competency ${c + 1} moved to ${c + by + 1}.`,
                )
              }
              onRemove={() => {
                restructure(
                  (d) => ({ ...d, competencies: d.competencies.filter((_, i) => i !== c) }),
                  `Competency ${c + 1} removed.`,
                );
                focusSoon("add-competency");
              }}
              onAddBehaviour={() => addBehaviour(c)}
              onRemoveBehaviour={(i) => {
                restructure(
                  changeItems(c, (items) => items.filter((_, j) => j !== i)),
                  `Behaviour ${i + 1} of competency ${c + 1} removed.`,
                );
                focusSoon(`competencies.${c}-add-behaviour`);
              }}
              onMoveBehaviour={(i, by) =>
                restructure(
                  changeItems(c, (items) => moved(items, i, by)),
                  `Behaviour ${i + 1} of competency ${c + 1} moved to ${i + by + 1}.`,
                )
              }
            />
          ))}
        </ol>
        <Button
          id="add-competency"
          variant="secondary"
          onClick={addCompetency}
          disabled={draft.competencies.length >= COMPETENCIES.max}
        >
          <Plus aria-hidden="true" />
          Add competency
        </Button>
      </section>

      <Card>
        <CardContent className="pt-5 sm:pt-6">
          <OpenQuestionsEditor
            questions={draft.openQuestions}
            errors={errors}
            onChange={(openQuestions, clear) => {
              setDraft((d) => ({ ...d, openQuestions }));
              clearErrors(clear);
            }}
            onAdd={addOpenQuestion}
            onRemove={(i) => {
              restructure(
                (d) => ({ ...d, openQuestions: d.openQuestions.filter((_, j) => j !== i) }),
                `Open question ${i + 1} removed.`,
              );
              focusSoon("add-open-question");
            }}
            onMove={(i, by) =>
              restructure(
                (d) => ({ ...d, openQuestions: moved(d.openQuestions, i, by) }),
                `Open question ${i + 1} moved to ${i + by + 1}.`,
              )
            }
          />
        </CardContent>
      </Card>

      <div className="flex flex-wrap items-center justify-end gap-2">
        <p className="mr-auto text-sm text-slate-600">
          Saving a change makes version {model.version + 1}. Campaigns already created keep the
          version they began with.
        </p>
        <Button
          ref={cancelRef}
          variant="ghost"
          onClick={() => (changed ? setDiscarding(true) : onCancel())}
        >
          Cancel
        </Button>
        <Button type="submit" pending={save.isPending}>
          Save changes
        </Button>
      </div>
      <ConfirmDialog
        open={discarding}
        onOpenChange={setDiscarding}
        title="Discard your changes?"
        description={<p>The model stays as it was last saved (version {model.version}).</p>}
        confirmLabel="Discard changes"
        onConfirm={onCancel}
        focusAfterClose={() => cancelRef.current}
      />
    </form>
  );
}

/** Focuses an element once React has rendered it: by its id, or by its name. */
function focusSoon(idOrName: string) {
  requestAnimationFrame(() => {
    const target =
      document.getElementById(idOrName) ??
      document.querySelector<HTMLElement>(`[name="${CSS.escape(idOrName)}"]`);
    target?.focus();
  });
}
