import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { engagementFactVersion } from "../db/schema";

// What is found from an engagement's records (its early warnings, its patterns, a programme's
// figures) can be kept while its fact number stays the same (docs/decisions/033). The number
// moves with every change to a row of these tables, by triggers in the writing transaction, in
// any process.

/** The tables whose rows move an engagement's number; each has the trigger. */
export const ENGAGEMENT_FACT_TABLES = [
  "engagement",
  "check_in_schedule",
  "check_in_mailing",
  "check_in",
  "check_in_goal",
  "goal",
  "goal_measurement",
  "goal_milestone",
  "session_commitment",
  "coaching_session",
  "session_reflection",
  "note_phrase",
  "session_theme",
  "action_plan_version",
  "feedback_campaign",
] as const;

function prepareFactVersion(db: Database) {
  return db
    .select({ version: engagementFactVersion.version })
    .from(engagementFactVersion)
    .where(eq(engagementFactVersion.engagementId, sql.placeholder("engagementId")))
    .prepare("keel_engagement_fact_version");
}

const factVersion = preparedStatement(prepareFactVersion);

/** The engagement's number now: 0 while none of its facts has changed since it was counted. */
export async function engagementFactNumber(db: Database, engagementId: string): Promise<number> {
  const [row] = await factVersion(db).execute({ engagementId });
  return row?.version ?? 0;
}
