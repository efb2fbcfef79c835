import type { BehaviourLink } from "../../../../contract/goals";
import { useBehaviourOptions } from "../api/behaviour-options";
import { linkValue } from "./behaviour-links";

/**
 * The competencies and behaviours of the engagement's 360 the goal addresses, so that pulses and
 * the repeat 360 can measure exactly those. Shown only when the engagement has a 360.
 */
export function BehaviourPicker({
  engagementId,
  chosen,
  error,
}: {
  engagementId: string;
  chosen: BehaviourLink[];
  error: string | undefined;
}) {
  const model = useBehaviourOptions(engagementId);
  if (!model.data) return null;
  const picked = new Set(chosen.map(linkValue));
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined}>
      <input type="hidden" name="behaviourLinksShown" value="1" />
      <legend className="text-sm font-medium text-slate-900">From the 360 feedback</legend>
      <p className="text-sm text-slate-600">
        The competencies or behaviours of {model.data.name} this goal works on; pulses and the
        repeat 360 will ask about exactly these.
      </p>
      <ul className="space-y-1.5">
        {model.data.competencies.map((competency) => (
          <li key={competency.id}>
            <details
              open={[...picked].some((value) => value.split("/")[0] === competency.id)}
              className="rounded-md border border-slate-200 px-3 py-2"
            >
              <summary className="cursor-pointer text-sm font-medium text-slate-800">
                {competency.name}
              </summary>
              <div className="mt-2 space-y-1.5">
                <Choice value={competency.id} checked={picked.has(competency.id)}>
                  The competency as a whole
                </Choice>
                {competency.behaviours.map((behaviour) => (
                  <Choice
                    key={behaviour.id}
                    value={`${competency.id}/${behaviour.id}`}
                    checked={picked.has(`${competency.id}/${behaviour.id}`)}
                  >
                    {behaviour.text}
                  </Choice>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ul>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

function Choice({
  value,
  checked,
  children,
}: {
  value: string;
  checked: boolean;
  children: React.ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        name="behaviourLinks"
        value={value}
        defaultChecked={checked}
        className="mt-0.5 size-4 accent-brand-700"
      />
      <span>{children}</span>
    </label>
  );
}
