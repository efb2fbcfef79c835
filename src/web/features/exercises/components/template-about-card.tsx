import type { ExerciseContent } from "../../../../domain/exercise/template";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";
import type { TemplateText } from "./use-template-draft";

type TemplateAboutCardProps = {
  draft: ExerciseContent;
  errors: FieldErrors;
  onChange: <K extends TemplateText>(key: K, value: ExerciseContent[K]) => void;
};

/** The exercise's title, why it is worth doing, how to go about it, and how long it takes. */
export function TemplateAboutCard({ draft, errors, onChange }: TemplateAboutCardProps) {
  return (
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
              onChange={(event) => onChange("title", event.target.value)}
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
              onChange={(event) => onChange("purpose", event.target.value)}
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
              onChange={(event) => onChange("instructions", event.target.value)}
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
                  onChange(
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
  );
}
