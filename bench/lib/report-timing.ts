import { buildReport } from "../../src/domain/feedback/report";
import { keelModel, reportInputOf } from "./seed-feedback";
import { seededRandom } from "./seed-helpers";

export interface ReportTiming {
  raters: number;
  items: number;
  medianMs: number;
  p95Ms: number;
}

/** How long one 360 report takes to compute: 1 self-rating and 15 raters on Keel's 45 items. */
export function timeReport(runs = 300): ReportTiming {
  const model = keelModel();
  const input = reportInputOf(model, 15, seededRandom(3));
  for (let i = 0; i < 30; i++) buildReport(input);
  const times = Array.from({ length: runs }, () => {
    const began = performance.now();
    buildReport(input);
    return performance.now() - began;
  }).sort((a, b) => a - b);
  return {
    raters: input.responses.length,
    items: model.competencies.reduce((n, c) => n + c.items.length, 0),
    medianMs: times[Math.floor(runs / 2)] as number,
    p95Ms: times[Math.floor(runs * 0.95)] as number,
  };
}
