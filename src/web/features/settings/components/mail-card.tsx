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
import { Select } from "../../../components/ui/select";
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

type Topic = MailPreferences["topics"][number];
type TopicId = Topic["id"];
type Delivery = Topic["delivery"];

function savedMessage(topic: Topic): string {
  if (topic.delivery === "off") return `Saved. “${topic.label}” is off.`;
  if (topic.delivery === "digest") return `Saved. “${topic.label}” comes in your weekly digest.`;
  return `Saved. “${topic.label}” is on${topic.digestible ? ", each time" : ""}.`;
}

/**
 * One checkbox a topic, on or off; a topic whose mail may wait also asks whether it comes each
 * time or in the weekly digest (Monday morning, in the person's own time zone).
 */
function MailTopics({ preferences }: { preferences: MailPreferences }) {
  const update = useUpdateMailPreferences();
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  // The choice shows at once; a refused save puts it back as the server has it.
  const [chosen, setChosen] = useState(
    () => new Map(preferences.topics.map((topic) => [topic.id, topic.delivery])),
  );
  const show = (id: TopicId, delivery: Delivery) =>
    setChosen((before) => new Map(before).set(id, delivery));
  const save = (topic: Topic, delivery: Delivery) => {
    const before = chosen.get(topic.id) ?? topic.delivery;
    setLastSaved(null);
    show(topic.id, delivery);
    update.mutate(
      { topics: [{ id: topic.id, delivery }] },
      { onSuccess: () => setLastSaved(topic.id), onError: () => show(topic.id, before) },
    );
  };
  const saved = preferences.topics.find((topic) => topic.id === lastSaved);
  return (
    <fieldset aria-labelledby="mail-heading" className="space-y-4">
      {preferences.topics.map((topic) => {
        const delivery = chosen.get(topic.id) ?? topic.delivery;
        return (
          <div key={topic.id} className="flex items-start gap-3">
            <input
              id={`mail-${topic.id}`}
              type="checkbox"
              checked={delivery !== "off"}
              onChange={(event) => save(topic, event.target.checked ? "each" : "off")}
              aria-describedby={`mail-${topic.id}-description`}
              className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-700"
            />
            <div className="min-w-0 space-y-1">
              <label htmlFor={`mail-${topic.id}`} className="text-sm font-medium text-slate-900">
                {topic.label}
              </label>
              <p id={`mail-${topic.id}-description`} className="text-sm text-slate-600">
                {topic.description}
              </p>
              {topic.digestible && delivery !== "off" ? (
                <div className="flex flex-wrap items-center gap-2 pt-1">
                  <label htmlFor={`mail-${topic.id}-delivery`} className="text-sm text-slate-700">
                    When
                    <span className="sr-only"> “{topic.label}” comes</span>
                  </label>
                  <Select
                    id={`mail-${topic.id}-delivery`}
                    value={delivery}
                    onChange={(event) => save(topic, event.target.value as Delivery)}
                    className="w-auto"
                  >
                    <option value="each">Each time</option>
                    <option value="digest">In a weekly digest, Monday morning</option>
                  </Select>
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
      <p className="text-sm text-slate-600">
        {preferences.topics.length === 0
          ? "Keel sends you only the mail you cannot do without. "
          : null}
        {preferences.alwaysSent}
      </p>
      <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden">
        {update.isPending ? "Saving…" : saved ? savedMessage(saved) : null}
      </p>
      <FormAlert message={formMessageOf(update.error)} />
    </fieldset>
  );
}
