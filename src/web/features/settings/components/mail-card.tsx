import { useState } from "react";
import type { MailPreferences } from "../../../../contract/mail-preferences";
import { QueryState } from "../../../components/query-state";
import { FormAlert } from "../../../components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { formMessageOf } from "../../../lib/form-errors";
import { useMailPreferences, useUpdateMailPreferences } from "../api/mail-preferences";

/** The signed-in person's choice of mail, one checkbox a topic, each saved as it is ticked. */
export function MailCard() {
  const preferences = useMailPreferences();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="mail-heading">Mail</CardTitle>
          <CardDescription>
            Which mail Keel sends you. Each choice is saved at once.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={preferences} loading="Loading your mail settings…">
          {(data) => <MailTopics preferences={data} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

type TopicId = MailPreferences["topics"][number]["id"];

function MailTopics({ preferences }: { preferences: MailPreferences }) {
  const update = useUpdateMailPreferences();
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  // The box shows the click at once; a refused save puts it back as the server has it.
  const [checked, setChecked] = useState(
    () => new Map(preferences.topics.map((topic) => [topic.id, topic.enabled])),
  );
  const show = (id: TopicId, enabled: boolean) =>
    setChecked((before) => new Map(before).set(id, enabled));
  const save = (id: TopicId, enabled: boolean) => {
    setLastSaved(null);
    show(id, enabled);
    update.mutate(
      { topics: [{ id, enabled }] },
      { onSuccess: () => setLastSaved(id), onError: () => show(id, !enabled) },
    );
  };
  const saved = preferences.topics.find((topic) => topic.id === lastSaved);
  return (
    <fieldset aria-labelledby="mail-heading" className="space-y-4">
      {preferences.topics.map((topic) => (
        <div key={topic.id} className="flex items-start gap-3">
          <input
            id={`mail-${topic.id}`}
            type="checkbox"
            checked={checked.get(topic.id) ?? topic.enabled}
            onChange={(event) => save(topic.id, event.target.checked)}
            aria-describedby={`mail-${topic.id}-description`}
            className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
          />
          <div className="space-y-0.5">
            <label htmlFor={`mail-${topic.id}`} className="text-sm font-medium text-slate-900">
              {topic.label}
            </label>
            <p id={`mail-${topic.id}-description`} className="text-sm text-slate-600">
              {topic.description}
            </p>
          </div>
        </div>
      ))}
      <p className="text-sm text-slate-600">
        {preferences.topics.length === 0
          ? "Keel sends you only the mail you cannot do without. "
          : null}
        {preferences.alwaysSent}
      </p>
      <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden">
        {update.isPending
          ? "Saving…"
          : saved
            ? `Saved. “${saved.label}” is ${saved.enabled ? "on" : "off"}.`
            : null}
      </p>
      <FormAlert message={formMessageOf(update.error)} />
    </fieldset>
  );
}
