import type { DevelopmentEntry } from "../../../../contract/development";
import type { BehaviourOptions, Goal } from "../../../../contract/goals";
import { formatDate } from "../../../lib/format-date";
import { useCurrentUser } from "../../../lib/use-me";
import { useBehaviourOptions } from "../api/behaviour-options";
import { isStale, useStoreGoal, useUpdateGoal } from "../api/goals";
import { useProfileEntries } from "../api/profile";
import { type GoalField, guidanceByField, withOverride } from "./guidance";
import { GuidanceNotes } from "./guidance-notes";
import { formatNumber } from "./numbers";

/** The linked entries' titles; their number while the profile loads. */
function linkedEntries(goal: Goal, entries: DevelopmentEntry[] | undefined): string {
  const ids = goal.developmentEntryIds;
  if (ids.length === 0) return "None linked";
  const titles = (entries ?? []).filter((e) => ids.includes(e.id)).map((e) => e.title);
  if (titles.length > 0) return titles.join("; ");
  return ids.length === 1 ? "1 entry" : `${ids.length} entries`;
}

/** The linked competencies and behaviours in words; their number while the 360 model loads. */
function linkedBehaviours(goal: Goal, model: BehaviourOptions["model"] | undefined): string {
  const links = goal.behaviourLinks;
  if (links.length === 0) return "None linked";
  const names = links.flatMap((link) => {
    const competency = model?.competencies.find((c) => c.id === link.competencyId);
    if (!competency) return [];
    if (!link.itemId) return [competency.name];
    const behaviour = competency.behaviours.find((b) => b.id === link.itemId);
    return behaviour ? [`${behaviour.text} (${competency.name})`] : [];
  });
  if (names.length === links.length) return names.join("; ");
  return `${links.length} linked`;
}

const shown = (value: number | null) => (value === null ? "Not set" : formatNumber(value));

/** The goal's fields as saved, each with Keel's guidance beside it, which can be set aside. */
export function GoalDetails({ goal }: { goal: Goal }) {
  const update = useUpdateGoal();
  const entries = useProfileEntries(goal.engagementId);
  const behaviours = useBehaviourOptions(goal.engagementId);
  const guidance = guidanceByField(goal.guidance);
  const store = useStoreGoal();
  // The coach sets guidance aside; the client sees it as advice.
  const mayOverride = useCurrentUser().role === "coach";
  // Set aside on the goal as shown; if someone saved meanwhile, show theirs and ask again.
  const setAside = (code: string, reason: string) =>
    update
      .mutateAsync({
        id: goal.id,
        revision: goal.revision,
        overrides: withOverride(goal, code, reason),
      })
      .catch((error: unknown) => {
        if (isStale(error)) store(error.current);
        throw error;
      });
  const rows: { field: GoalField; label: string; value: string }[] = [
    {
      field: "measure",
      label: "Measure",
      value: goal.measure
        ? `${goal.measure.what} (${goal.measure.unit}); ${goal.measure.direction} is better`
        : "Not set",
    },
    { field: "baseline", label: "Baseline", value: shown(goal.baseline) },
    { field: "target", label: "Target", value: shown(goal.target) },
    ...(goal.realisticPerWeek === null
      ? []
      : [
          {
            field: "realisticPerWeek" as const,
            label: "A realistic change a week",
            value: shown(goal.realisticPerWeek),
          },
        ]),
    { field: "startDate", label: "Start", value: formatDate(goal.startDate) },
    { field: "dueDate", label: "Due", value: goal.dueDate ? formatDate(goal.dueDate) : "Not set" },
    {
      field: "whyItMatters",
      label: "Why it matters",
      value: goal.whyItMatters || "Not written yet",
    },
    {
      field: "developmentEntryIds",
      label: "From the development profile",
      value: linkedEntries(goal, entries.data),
    },
    {
      field: "behaviourLinks",
      label: "360 behaviours",
      value: linkedBehaviours(goal, behaviours.data),
    },
  ];
  return (
    <div className="space-y-4">
      <GuidanceNotes
        items={guidance.get("statement") ?? []}
        onSetAside={mayOverride ? setAside : undefined}
      />
      <dl className="space-y-3">
        {rows.map((row) => (
          <div key={row.field} className="space-y-1.5">
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              {row.label}
            </dt>
            <dd className="space-y-1.5 text-sm text-slate-900">
              <p className="whitespace-pre-line">{row.value}</p>
              <GuidanceNotes
                items={guidance.get(row.field) ?? []}
                onSetAside={mayOverride ? setAside : undefined}
              />
            </dd>
          </div>
        ))}
      </dl>
      <GuidanceNotes
        items={guidance.get("") ?? []}
        onSetAside={mayOverride ? setAside : undefined}
      />
      {goal.overrides.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">
            Guidance set aside ({goal.overrides.length})
          </summary>
          <ul className="mt-2 space-y-1 text-slate-700">
            {goal.overrides.map((o) => (
              <li key={o.code}>
                <span className="font-medium">{o.code.replaceAll("_", " ")}</span>: {o.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
