import type { ModelContent } from "../../../../contract/competency-models";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { Textarea } from "../../../components/ui/textarea";
import type { FieldErrors } from "../../../lib/form-errors";

type ModelAboutCardProps = {
  draft: ModelContent;
  errors: FieldErrors;
  onChange: (key: "name" | "summary" | "instructions", value: string) => void;
};

/** The model's name, its summary, and the instructions raters read above the survey. */
export function ModelAboutCard({ draft, errors, onChange }: ModelAboutCardProps) {
  return (
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
              onChange={(event) => onChange("name", event.target.value)}
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
              onChange={(event) => onChange("summary", event.target.value)}
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
              onChange={(event) => onChange("instructions", event.target.value)}
            />
          )}
        </FormField>
      </CardContent>
    </Card>
  );
}
