import { useState } from "react";
import { Alert, FormAlert } from "../../../../components/ui/alert";
import { Button } from "../../../../components/ui/button";
import { FormField } from "../../../../components/ui/form-field";
import { Input } from "../../../../components/ui/input";
import { Textarea } from "../../../../components/ui/textarea";
import { fieldErrorsOf, formMessageOf } from "../../../../lib/form-errors";
import { useSaveAsTemplate } from "../../../goals/api/plan-templates";

/** Keeps this goal's current plan as one of the coach's templates, for another client. */
export function SaveAsTemplate({ goalId, onDone }: { goalId: string; onDone: () => void }) {
  const save = useSaveAsTemplate();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const errors = fieldErrorsOf(save.error);
  if (save.isSuccess) {
    return (
      <div className="space-y-3">
        <Alert tone="success" role="status">
          Saved as your template “{save.data.title}”. You can start another client’s plan from it.
        </Alert>
        <Button variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    );
  }
  return (
    <form
      className="space-y-3"
      aria-label="Save as template"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ title, summary, fromGoal: goalId });
      }}
    >
      <FormAlert message={formMessageOf(save.error)} />
      <FormField
        label="Template title"
        name="title"
        error={errors.title}
        hint="Clients never see it; name the kind of goal it fits"
      >
        {(control) => (
          <Input
            {...control}
            value={title}
            maxLength={160}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FormField>
      <FormField label="When to use it" name="summary" optional error={errors.summary}>
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={save.isPending}>
          Save as template
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
