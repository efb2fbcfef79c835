import type { ClientsAtRiskList } from "../../contract/accountability";
import { evaluate } from "../../domain/accountability/evaluate";
import { byRisk } from "../../domain/accountability/risk";
import type { Warning } from "../../domain/accountability/warning";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { coachThresholds } from "./early-warning-settings";
import { coachSnapshots } from "./snapshots";
import { foundFrom, keepWarnings, keptWarnings, ownEngagementVersions } from "./warnings-kept";

// The coach's home: every client of the coach's own open engagements with at least one early
// warning under its own thresholds (the engagement's over the practice's over Keel's defaults),
// most at risk first (ties by the client's name). Reasons quote client text: they go
// to the coach's page only, never to a log. Each engagement's warnings are kept while its facts,
// its day and its thresholds stay the same (warnings-kept.ts); one that moved sends the whole
// list back to the snapshots, which read all the coach's engagements in a fixed number of queries.

export async function listClientsAtRisk(
  ctx: Pick<AppContext, "db">,
  viewer: Pick<Viewer, "userId" | "practiceId">,
  now = new Date(),
): Promise<ClientsAtRiskList> {
  const [thresholdsOf, own] = await Promise.all([
    coachThresholds(ctx, viewer),
    ownEngagementVersions(ctx.db, viewer, now),
  ]);
  const found = new Map(own.map((e) => [e.id, foundFrom(e, thresholdsOf(e.id))]));
  const warningsOf = new Map<string, Warning[]>();
  for (const e of own) {
    const warnings = keptWarnings(ctx.db, e.id, found.get(e.id) as string);
    if (warnings) warningsOf.set(e.id, warnings);
  }
  if (warningsOf.size < own.length) {
    const { snapshots } = await coachSnapshots(ctx, viewer, now, thresholdsOf);
    for (const e of own) {
      const snapshot = snapshots.get(e.id);
      if (!snapshot) continue;
      const warnings = evaluate(snapshot, thresholdsOf(e.id));
      keepWarnings(ctx.db, e.id, found.get(e.id) as string, warnings);
      warningsOf.set(e.id, warnings);
    }
  }
  const warned = own.flatMap((e) => {
    const warnings = warningsOf.get(e.id) ?? [];
    return warnings.length === 0 ? [] : [{ engagementId: e.id, engagement: e, warnings }];
  });
  return {
    clients: byRisk(warned).map(({ engagement, warnings }) => ({
      engagement: { id: engagement.id, title: engagement.title },
      client: engagement.client,
      warnings: warnings.map(({ rule, severity, reason, action, since, evidence }) => ({
        rule,
        severity,
        reason,
        action,
        since,
        evidence: evidence.map(({ kind, id, on }) => (on ? { kind, id, on } : { kind, id })),
      })),
    })),
  };
}
