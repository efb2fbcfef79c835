import { and, eq, ne, type SQL, sql } from "drizzle-orm";
import type { ClientsAtRiskList } from "../../contract/accountability";
import { byRisk } from "../../domain/accountability/risk";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { engagement } from "../db/schema";
import { coachThresholds } from "./early-warning-settings";
import { coachSnapshots } from "./snapshots";
import { engagementVersions, warningsOf, withToday } from "./warnings-kept";

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
  const [thresholdsOf, rows] = await Promise.all([
    coachThresholds(ctx, viewer),
    ownVersions(ctx.db).execute({ coachId: viewer.userId, practiceId: viewer.practiceId }),
  ]);
  const own = withToday(rows, now);
  const warningsById = await warningsOf(ctx.db, own, thresholdsOf, async () => {
    const { snapshots } = await coachSnapshots(ctx, viewer, now, thresholdsOf);
    return snapshots;
  });
  const warned = own.flatMap((e) => {
    const warnings = warningsById.get(e.id) ?? [];
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

const ownVersions = preparedStatement((db: Database) =>
  engagementVersions(
    db,
    and(
      eq(engagement.coachId, sql.placeholder("coachId")),
      eq(engagement.practiceId, sql.placeholder("practiceId")),
      ne(engagement.stage, "closed"),
    ) as SQL,
  ).prepare("keel_coach_fact_versions"),
);
