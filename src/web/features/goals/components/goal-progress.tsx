import { ProgressChart } from "../../../../charts/progress-chart";
import type { Goal } from "../../../../contract/goals";
import { ChartFrame } from "../../../components/chart-frame";
import { formatNumber } from "./numbers";

/** The goal's measurements against its target line; a sentence where the goal cannot have one yet. */
export function GoalProgress({ goal }: { goal: Goal }) {
  const { measure, baseline, target, dueDate } = goal;
  if (!measure || baseline === null || target === null || !dueDate)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600">
        The chart appears once the goal has a measure, a baseline, a target and a due date.
      </p>
    );
  return (
    <ChartFrame minHeight={222}>
      {(width) => (
        <ProgressChart
          width={width}
          what={measure.what}
          unit={measure.unit}
          direction={measure.direction}
          baseline={baseline}
          target={target}
          startDate={goal.startDate}
          dueDate={dueDate}
          measurements={goal.measurements.map((m) => ({ on: m.measuredOn, value: m.value }))}
          format={formatNumber}
        />
      )}
    </ChartFrame>
  );
}
