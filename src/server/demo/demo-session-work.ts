import { and, eq, inArray } from "drizzle-orm";
import type { CommitmentStatus } from "../../domain/commitments/commitments";
import { DEFAULT_THEMES } from "../../domain/sessions/session-work";
import type { Executor } from "../db/database";
import { engagement, practiceTheme, sessionCommitment, sessionTheme } from "../db/schema";

// The themes Daniel's past sessions and reflections were tagged with, and the commitments made
// in them, due some days after each session.

export interface DemoSessionWork {
  themes: { session: string[]; reflection: string[] };
  commitments: {
    owner: "coach" | "client";
    text: string;
    dueAfterDays: number;
    status: CommitmentStatus;
    note?: string;
  }[];
}

const DAY = 86_400_000;

export async function seedDemoSessionWork(
  tx: Executor,
  parties: { coachId: string; clientId: string; engagementId: string },
  session: { id: string; startsAt: Date; endsAt: Date },
  work: DemoSessionWork,
) {
  const of = { sessionId: session.id, engagementId: parties.engagementId };
  const themeIds = await practiceThemeIds(tx, parties.engagementId);
  const tags = (["session", "reflection"] as const).flatMap((target) =>
    work.themes[target].map((label) => {
      const themeId = themeIds.get(label);
      if (!themeId) throw new Error(`demo theme ${label} is missing`);
      return { ...of, target, themeId, taggedBy: parties.coachId, taggedAt: session.endsAt };
    }),
  );
  if (tags.length > 0) await tx.insert(sessionTheme).values(tags);
  if (work.commitments.length === 0) return;
  await tx.insert(sessionCommitment).values(
    work.commitments.map((commitment) => {
      const due = new Date(session.startsAt.getTime() + commitment.dueAfterDays * DAY);
      const ownerId = commitment.owner === "coach" ? parties.coachId : parties.clientId;
      return {
        ...of,
        text: commitment.text,
        ownerId,
        dueOn: due.toISOString().slice(0, 10),
        status: commitment.status,
        note: commitment.note ?? null,
        markedAt: commitment.status === "open" ? null : due,
        markedBy: commitment.status === "open" ? null : ownerId,
        createdBy: parties.coachId,
        createdAt: session.endsAt,
      };
    }),
  );
}

/** The practice's default themes, written if they are not there yet, by label. */
async function practiceThemeIds(tx: Executor, engagementId: string) {
  const [found] = await tx
    .select({ practiceId: engagement.practiceId })
    .from(engagement)
    .where(eq(engagement.id, engagementId));
  if (!found) throw new Error("the demo engagement is missing");
  const { practiceId } = found;
  await tx
    .insert(practiceTheme)
    .values(DEFAULT_THEMES.map((label) => ({ practiceId, label })))
    .onConflictDoNothing();
  const rows = await tx
    .select({ id: practiceTheme.id, label: practiceTheme.label })
    .from(practiceTheme)
    .where(
      and(
        eq(practiceTheme.practiceId, practiceId),
        inArray(practiceTheme.label, [...DEFAULT_THEMES]),
      ),
    );
  return new Map(rows.map((row) => [row.label, row.id]));
}
