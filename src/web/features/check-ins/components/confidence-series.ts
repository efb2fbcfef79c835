import type { TrendSeries } from "../../../../charts/trend-chart";
import type { CheckIn } from "../../../../contract/check-ins";

/**
 * Each goal's confidence over the check-ins, oldest first, one series per goal in the order the
 * goals first appear; a goal a check-in did not ask about simply has no point that week.
 */
export function confidenceSeries(checkIns: readonly CheckIn[]): TrendSeries[] {
  const byGoal = new Map<string, TrendSeries>();
  const oldestFirst = [...checkIns].sort((a, b) => a.week.localeCompare(b.week));
  for (const checkIn of oldestFirst) {
    for (const goal of checkIn.goals) {
      const series = byGoal.get(goal.goalId) ?? {
        id: goal.goalId,
        label: goal.statement,
        points: [],
      };
      series.points.push({ on: checkIn.week, value: goal.confidence });
      byGoal.set(goal.goalId, series);
    }
  }
  return [...byGoal.values()];
}
