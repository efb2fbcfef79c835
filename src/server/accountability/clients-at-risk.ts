import type { ClientsAtRiskList } from "../../contract/accountability";
import { evaluate } from "../../domain/accountability/evaluate";
import { byRisk } from "../../domain/accountability/risk";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { coachThresholds } from "./early-warning-settings";
import { coachSnapshots } from "./snapshots";

// The coach's home: every client of the coach's own open engagements with at least one early
// warning under its own thresholds (the engagement's over the practice's over Keel's defaults),
// most at risk first (ties by the client's name). Reasons quote client text: they go
// to the coach's page only, never to a log.

export async function listClientsAtRisk(
  ctx: Pick<AppContext, "db">,
  viewer: Pick<Viewer, "userId" | "practiceId">,
  now = new Date(),
): Promise<ClientsAtRiskList> {
  // The thresholds first: they tell the snapshots how far back each engagement's rules look.
  const thresholdsOf = await coachThresholds(ctx, viewer);
  const { engagements, snapshots } = await coachSnapshots(ctx, viewer, now, thresholdsOf);
  const warned = engagements.flatMap((e) => {
    const snapshot = snapshots.get(e.id);
    const warnings = snapshot ? evaluate(snapshot, thresholdsOf(e.id)) : [];
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
