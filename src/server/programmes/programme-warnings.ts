import { and, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import { type Thresholds, thresholdsWith } from "../../domain/accountability/thresholds";
import { addDays } from "../../domain/sessions/zoned-time";
import { built } from "../accountability/snapshot-queries";
import { needsOlder, RECENT_DAYS, readSnapshots } from "../accountability/snapshots";
import { engagementVersions, warningsOf, withToday } from "../accountability/warnings-kept";
import type { AppContext } from "../context";
import {
  engagement,
  engagementEarlyWarning,
  practiceEarlyWarning,
  programmeParticipant,
} from "../db/schema";

// Which of a programme's open engagements have an early warning, by the rules and thresholds the
// coach's home uses (accountability/), read as it reads them: one query per kind of data over all
// of them, the recent weeks first and the whole history only where a rule could look further.
// Only whether there is a warning leaves this file: the reasons quote the client.

/** The programme's open engagements, as a condition. */
const openIn = (programmeId: string, practiceId: string) =>
  and(
    eq(engagement.practiceId, practiceId),
    ne(engagement.stage, "closed"),
    sql`${engagement.id} in (select ${programmeParticipant.engagementId} from ${programmeParticipant} where ${programmeParticipant.programmeId} = ${programmeId})`,
  ) as SQL;

export async function engagementsAtRisk(
  ctx: Pick<AppContext, "db">,
  programmeId: string,
  practiceId: string,
  thresholdsOf: (engagementId: string) => Thresholds,
  now = new Date(),
): Promise<Set<string>> {
  const own = openIn(programmeId, practiceId);
  const rows = await engagementVersions(ctx.db, own);
  // Kept warnings, shared with the coaches' homes, while each engagement's facts stay the same.
  const warnings = await warningsOf(ctx.db, withToday(rows, now), thresholdsOf, () =>
    programmeSnapshots(ctx, own, now, thresholdsOf),
  );
  const warned = new Set<string>();
  for (const [id, found] of warnings) if (found.length > 0) warned.add(id);
  return warned;
}

async function programmeSnapshots(
  ctx: Pick<AppContext, "db">,
  own: SQL,
  now: Date,
  thresholdsOf: (engagementId: string) => Thresholds,
) {
  const since = addDays(now.toISOString().slice(0, 10), -RECENT_DAYS);
  const recent = await readSnapshots(ctx, own, now, "open", since, built);
  const older = [...recent.snapshots.values()]
    .filter((s) => needsOlder(s, recent.historyFrom.get(s.engagementId), since, thresholdsOf))
    .map((s) => s.engagementId);
  if (older.length > 0) {
    const whole = await readSnapshots(ctx, inArray(engagement.id, older), now, "open", null, built);
    for (const [id, snapshot] of whole.snapshots) recent.snapshots.set(id, snapshot);
  }
  return recent.snapshots;
}

export interface ProgrammeThresholds {
  of: (engagementId: string) => Thresholds;
  /** The settings they come from, as text: the same text, the same thresholds. */
  settings: string;
}

/** Each open engagement's thresholds: its own over the practice's over Keel's defaults. */
export async function programmeThresholds(
  ctx: Pick<AppContext, "db">,
  programmeId: string,
  practiceId: string,
): Promise<ProgrammeThresholds> {
  const own = openIn(programmeId, practiceId);
  const [practiceRows, rows] = await Promise.all([
    ctx.db
      .select({ settings: practiceEarlyWarning.settings })
      .from(practiceEarlyWarning)
      .where(eq(practiceEarlyWarning.practiceId, practiceId)),
    ctx.db
      .select({
        engagementId: engagementEarlyWarning.engagementId,
        settings: engagementEarlyWarning.settings,
      })
      .from(engagementEarlyWarning)
      .innerJoin(engagement, eq(engagement.id, engagementEarlyWarning.engagementId))
      .where(own)
      .orderBy(engagementEarlyWarning.engagementId),
  ]);
  const practice = practiceRows[0]?.settings ?? null;
  const practiceThresholds = thresholdsWith(practice);
  const byEngagement = new Map(
    rows.map((r) => [r.engagementId, thresholdsWith(practice, r.settings)]),
  );
  return {
    of: (engagementId) => byEngagement.get(engagementId) ?? practiceThresholds,
    settings: JSON.stringify([practice, rows]),
  };
}
