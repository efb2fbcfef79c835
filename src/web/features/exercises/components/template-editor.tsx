import { Plus } from "lucide-react";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "react-router";
import { templateProblems, tidyTemplate } from "../../../../domain/exercise/template";
import type { FieldProblem } from "../../../../domain/field-problem";
import { FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid, formMessageOf } from "../../../lib/form-errors";
import { useSaveTemplate } from "../api/save-template";
import type { ExerciseContent, Question, QuestionType, TemplateView } from "../api/types";
import { type Errors, QuestionEditor } from "./question-editor";
import { moved, newQuestion, QUESTION_TYPE_LABELS, reconcileGroups } from "./template-draft";

type TemplateEditorProps = {
  /** The template to start from: the coach's own, a copy of Keel's, or an empty one. */
  initial: ExerciseContent;
  /** The coach's template being changed, or null for a new one. */
  templateId: string | null;
  onSaved: (template: TemplateView) => void;
};

/**
 * The coach writes their own exercise: a title, why and how, and questions of the four types,
 * which they add, reorder and remove. Three or more ratings on one scale can be shown as a wheel.
 * The template is checked by the same rules as on the server before it is sent; any problem is
 * shown at its field.
 */
export function TemplateEditor({ initial, templateId, onSaved }: TemplateEditorProps) {
  const [draft, setDraft] = useState<ExerciseContent>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const save = useSaveTemplate();
  const formRef = useRef<HTMLFormElement>(null);

  const setQuestions = (questions: Question[]) =>
    setDraft((d) => ({ ...d, questions, groups: reconcileGroups(questions, d.groups) }));

  /** A field changed: its problem (and those under it) is no longer shown until the next check. */
  function clearErrors(...prefixes: string[]) {
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !prefixes.some((p) => path === p || path.startsWith(`${p}.`)),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }
  function setField<K extends "title" | "purpose" | "instructions" | "minutes">(
    key: K,
    value: ExerciseContent[K],
  ) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearErrors(key);
  }

  function addQuestion(type: QuestionType) {
    setErrors(({ questions: _, ...rest }) => rest);
    const question = newQuestion(type, draft.questions);
    setQuestions([...draft.questions, question]);
    setAnnouncement(`Added question ${draft.questions.length + 1}, ${QUESTION_TYPE_LABELS[type]}.`);
    requestAnimationFrame(() =>
      document
        .getElementById(`question-editor-${question.id}`)
        ?.closest("li")
        ?.querySelector<HTMLElement>("textarea")
        ?.focus(),
    );
  }

  function moveQuestion(index: number, by: -1 | 1) {
    // Problems are named by position; after a move they would point at the wrong question.
    setErrors({});
    setQuestions(moved(draft.questions, index, by));
    setAnnouncement(`Question ${index + 1} moved to ${index + by + 1}.`);
  }

  function removeQuestion(index: number) {
    setErrors({});
    setQuestions(draft.questions.filter((_, i) => i !== index));
    setAnnouncement(`Question ${index + 1} removed.`);
  }

  function showProblems(fields: FieldProblem[]) {
    setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
    setProblem(
      fields.length === 1
        ? "One thing needs fixing before the exercise can be saved."
        : `${fields.length} things need fixing before the exercise can be saved.`,
    );
    focusFirstInvalid(formRef.current);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const content = tidyTemplate(draft);
    const problems = templateProblems(content);
    if (problems.length > 0) return showProblems(problems);
    setErrors({});
    setProblem(null);
    save.mutate(
      { id: templateId, content },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error, 400) && error.fields.length > 0) showProblems(error.fields);
          else setProblem(formMessageOf(error));
        },
      },
    );
  }

  const ratings = draft.questions.filter((q) => q.type === "rating");
  const wheel = draft.groups[0];
  const rest = draft.groups.slice(1);
  function setWheel(next: ExerciseContent["groups"][number] | undefined) {
    setDraft((d) => ({ ...d, groups: next ? [next, ...rest] : rest }));
    clearErrors("groups");
  }
  const listErrors = Object.entries(errors).filter(
    ([path]) => path === "questions" || path.startsWith("groups"),
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6">
      <FormAlert message={problem} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <Card>
        <CardHeader>
          <CardTitle>About the exercise</CardTitle>
        </CardHeader>
        <CardContent className="space-y-5">
          <FormField label="Title" name="title" error={errors.title} required>
            {(field) => (
              <Input
                {...field}
                value={draft.title}
                onChange={(event) => setField("title", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Why it is worth doing"
            name="purpose"
            error={errors.purpose}
            hint="A sentence or two. You see it when you choose an exercise; your client sees it at the top."
            required
          >
            {(field) => (
              <Textarea
                {...field}
                rows={2}
                value={draft.purpose}
                onChange={(event) => setField("purpose", event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="How to go about it"
            name="instructions"
            error={errors.instructions}
            hint="Shown to your client above the questions."
            optional
          >
            {(field) => (
              <Textarea
                {...field}
                rows={4}
                value={draft.instructions}
                onChange={(event) => setField("instructions", event.target.value)}
              />
            )}
          </FormField>
          <div className="max-w-48">
            <FormField label="Minutes it takes" name="minutes" error={errors.minutes} optional>
              {(field) => (
                <Input
                  {...field}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  value={draft.minutes ?? ""}
                  onChange={(event) =>
                    setField(
                      "minutes",
                      event.target.value === "" ? undefined : Number(event.target.value),
                    )
                  }
                />
              )}
            </FormField>
          </div>
        </CardContent>
      </Card>

      <section aria-labelledby="questions-heading" className="space-y-4">
        <h2 id="questions-heading" className="text-lg font-semibold text-slate-900">
          Questions
        </h2>
        {listErrors
          .filter(([path]) => path === "questions")
          .map(([path, message]) => (
            <p key={path} className="text-sm font-medium text-red-700">
              {message}
            </p>
          ))}
        <ol className="space-y-4">
          {draft.questions.map((question, index) => (
            <QuestionEditor
              key={question.id}
              question={question}
              index={index}
              count={draft.questions.length}
              errors={errors}
              onChange={(changed) => {
                setQuestions(draft.questions.map((q, i) => (i === index ? changed : q)));
                clearErrors(`questions.${index}`, "groups");
              }}
              onMove={(by) => moveQuestion(index, by)}
              onRemove={() => removeQuestion(index)}
            />
          ))}
        </ol>
        <div className="rounded-lg border border-dashed border-slate-300 p-4">
          <p className="mb-3 text-sm font-medium text-slate-800">Add a question</p>
          <div className="flex flex-wrap gap-2">
            {(Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((type) => (
              <Button key={type} variant="secondary" size="sm" onClick={() => addQuestion(type)}>
                <Plus aria-hidden="true" />
                {QUESTION_TYPE_LABELS[type]}
              </Button>
            ))}
          </div>
        </div>
      </section>

      {ratings.length >= 3 || wheel ? (
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Wheel</CardTitle>
              <p className="mt-1 text-sm text-slate-600">
                Show three or more ratings on the same scale as a wheel, like Keel's leadership
                wheel. They must follow one another in the questions.
              </p>
            </div>
          </CardHeader>
          <CardContent className="space-y-4">
            <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={Boolean(wheel)}
                onChange={(event) =>
                  setWheel(
                    event.target.checked
                      ? {
                          id: "wheel",
                          title: "Your wheel",
                          display: "wheel",
                          questionIds: ratings.map((q) => q.id),
                        }
                      : undefined,
                  )
                }
                className="size-4 accent-brand-700"
              />
              Show ratings as a wheel
            </label>
            {wheel ? (
              <>
                <div className="max-w-md">
                  <FormField
                    label="Wheel title"
                    name="groups.0.title"
                    error={errors["groups.0.title"]}
                  >
                    {(field) => (
                      <Input
                        {...field}
                        value={wheel.title}
                        onChange={(event) => setWheel({ ...wheel, title: event.target.value })}
                      />
                    )}
                  </FormField>
                </div>
                <fieldset className="space-y-2">
                  <legend className="mb-2 text-sm font-medium text-slate-800">
                    Ratings on the wheel
                  </legend>
                  {listErrors
                    .filter(([path]) => path.startsWith("groups.0.questionIds"))
                    .map(([path, message]) => (
                      <p key={path} className="text-sm font-medium text-red-700">
                        {message}
                      </p>
                    ))}
                  {ratings.map((question) => {
                    const number = draft.questions.indexOf(question) + 1;
                    return (
                      <label
                        key={question.id}
                        className="flex cursor-pointer items-start gap-2 text-sm text-slate-800"
                      >
                        <input
                          type="checkbox"
                          checked={wheel.questionIds.includes(question.id)}
                          onChange={(event) =>
                            setWheel({
                              ...wheel,
                              questionIds: ratings
                                .map((q) => q.id)
                                .filter((id) =>
                                  id === question.id
                                    ? event.target.checked
                                    : wheel.questionIds.includes(id),
                                ),
                            })
                          }
                          className="mt-0.5 size-4 accent-brand-700"
                        />
                        <span>
                          {number}. {question.prompt || "(no wording yet)"}
                        </span>
                      </label>
                    );
                  })}
                </fieldset>
              </>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      <div className="flex flex-wrap justify-end gap-2">
        <Link to="/exercise-templates" className={buttonClasses("ghost")}>
          Cancel
        </Link>
        <Button type="submit" pending={save.isPending}>
          {templateId ? "Save changes" : "Save exercise"}
        </Button>
      </div>
    </form>
  );
}
