import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { programme, programmeParticipant } from "../db/schema";

/** Every how many weeks the engagement's programme sends pulses, or null (none, or no programme). */
export async function programmePulseWeeks(db: Executor, engagementId: string) {
  const [row] = await db
    .select({ weeks: programme.pulseEveryWeeks })
    .from(programmeParticipant)
    .innerJoin(programme, eq(programme.id, programmeParticipant.programmeId))
    .where(eq(programmeParticipant.engagementId, engagementId));
  return row?.weeks ?? null;
}
