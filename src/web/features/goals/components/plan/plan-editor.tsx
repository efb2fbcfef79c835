import type { PlanView } from "../../../../../contract/goals";
import { PLAN_SECTIONS } from "../../../../../domain/goals/action-plan";
import { Alert, FormAlert } from "../../../../components/ui/alert";
import { Button } from "../../../../components/ui/button";
import { FormField } from "../../../../components/ui/form-field";
import { Textarea } from "../../../../components/ui/textarea";
import { ConflictResolver } from "./conflict-resolver";
import { SectionEditor } from "./section-editor";
import { usePlanEditor } from "./use-plan-editor";
import { WoopFields } from "./woop-fields";

type PlanEditorProps = {
  goalId: string;
  start: PlanView;
  onDone: () => void;
  /** The session the change is decided in: the version saved is linked to it. */
  sessionId?: string | undefined;
};

/** Every section of the plan at once; saving asks what changed and why. */
export function PlanEditor({ goalId, start, onDone, sessionId }: PlanEditorProps) {
  const editor = usePlanEditor(goalId, start, onDone, sessionId);
  const { draft, problems, staleEdit } = editor;
  if (staleEdit) {
    return (
      <ConflictResolver
        staleEdit={staleEdit}
        pending={editor.save.isPending}
        problem={problems.problem}
        onSave={editor.resolve}
        onKeepEditing={editor.keepEditing}
      />
    );
  }
  return (
    <form
      ref={problems.formRef}
      noValidate
      aria-label="Edit the plan"
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        editor.submit();
      }}
    >
      <FormAlert message={problems.problem} />
      {sessionId ? (
        <Alert tone="info">This version will be saved as decided in the session.</Alert>
      ) : null}
      {PLAN_SECTIONS.map((section) => (
        <SectionEditor
          key={section}
          section={section}
          draft={draft}
          errors={problems.errors}
          onEdited={(path) => problems.clearErrors(path)}
        />
      ))}
      <WoopFields draft={draft} />
      <FormField
        label="What changed, and why?"
        name="reason"
        hint="A sentence for the plan's history, e.g. “Added an if-then plan for Friday requests.”"
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            maxLength={500}
            value={editor.reason}
            onChange={(e) => editor.setReason(e.target.value)}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={editor.save.isPending}>
          Save the plan
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
