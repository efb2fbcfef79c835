import type { ExerciseContent, QuestionGroup } from "../../../../domain/exercise/template";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import type { FieldErrors } from "../../../lib/form-errors";

type WheelSettingsProps = {
  draft: ExerciseContent;
  errors: FieldErrors;
  /** The wheel as changed, or undefined when it is taken away. */
  onChange: (wheel: QuestionGroup | undefined) => void;
};

/**
 * Whether three or more ratings on one scale are shown as a wheel, its title, and which ratings
 * are on it. Offered once the template has three ratings (or already has a wheel).
 */
export function WheelSettings({ draft, errors, onChange }: WheelSettingsProps) {
  const ratings = draft.questions.filter((q) => q.type === "rating");
  const wheel = draft.groups[0];
  if (ratings.length < 3 && !wheel) return null;
  const ratingIds = ratings.map((q) => q.id);
  const listErrors = Object.entries(errors).filter(([path]) =>
    path.startsWith("groups.0.questionIds"),
  );

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Wheel</CardTitle>
          <p className="mt-1 text-sm text-slate-600">
            Show three or more ratings on the same scale as a wheel, like Keel's leadership wheel.
            They must follow one another in the questions.
          </p>
        </div>
      </CardHeader>
      <CardContent className="space-y-4">
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={Boolean(wheel)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? { id: "wheel", title: "Your wheel", display: "wheel", questionIds: ratingIds }
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
              <FormField label="Wheel title" name="groups.0.title" error={errors["groups.0.title"]}>
                {(field) => (
                  <Input
                    {...field}
                    value={wheel.title}
                    onChange={(event) => onChange({ ...wheel, title: event.target.value })}
                  />
                )}
              </FormField>
            </div>
            <fieldset className="space-y-2">
              <legend className="mb-2 text-sm font-medium text-slate-800">
                Ratings on the wheel
              </legend>
              {listErrors.map(([path, message]) => (
                <p key={path} className="text-sm font-medium text-red-700">
                  {message}
                </p>
              ))}
              {ratings.map((question) => (
                <label
                  key={question.id}
                  className="flex cursor-pointer items-start gap-2 text-sm text-slate-800"
                >
                  <input
                    type="checkbox"
                    checked={wheel.questionIds.includes(question.id)}
                    onChange={(event) =>
                      onChange({
                        ...wheel,
                        questionIds: ratingIds.filter((id) =>
                          id === question.id
                            ? event.target.checked
                            : wheel.questionIds.includes(id),
                        ),
                      })
                    }
                    className="mt-0.5 size-4 accent-brand-700"
                  />
                  <span>
                    {draft.questions.indexOf(question) + 1}. {question.prompt || "(no wording yet)"}
                  </span>
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
