import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { sendTopicMail } from "../accounts/mail-preferences";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import { assessment, engagement, exercise, instrumentVersion, user } from "../db/schema";
import type { JobQueue } from "../jobs/job-queue";
import type { Mailer } from "../mail/mailer";
import { type AssignedWork, workAssignedMail } from "./work-assigned-mail";

export const ANNOUNCE_WORK_QUEUE = "work.announce";
export interface AnnounceWorkJob {
  engagementId: string;
}

/**
 * Called in the transaction that assigns work: a job, a little later, mails the client about
 * everything assigned meanwhile, so several assignments made together are one mail.
 */
export async function announceWorkSoon(
  deps: { jobs: JobQueue; config: Pick<Config, "workMailDelaySeconds"> },
  tx: Executor,
  engagementId: string,
): Promise<void> {
  const startAfter = new Date(Date.now() + deps.config.workMailDelaySeconds * 1000);
  await deps.jobs.send<AnnounceWorkJob>(ANNOUNCE_WORK_QUEUE, { engagementId }, { tx, startAfter });
}

/**
 * The job: marks what is still open and not yet announced as announced and, in the same
 * transaction, records one mail naming it all. A second job finds nothing; withdrawn work is
 * never named. A client who turned this mail off gets none, and nothing piles up for later.
 */
export function announceWorkJob(deps: { db: Database; mailer: Mailer; config: Config }) {
  return async ({ engagementId }: AnnounceWorkJob) => {
    await deps.db.transaction(async (tx) => {
      const work = await claimUnannounced(tx, engagementId, deps.config.publicUrl);
      if (work.length === 0) return;
      const [client] = await tx
        .select({
          id: user.id,
          name: user.name,
          email: user.email,
          practiceId: engagement.practiceId,
        })
        .from(engagement)
        .innerJoin(user, eq(user.id, engagement.clientId))
        .where(eq(engagement.id, engagementId));
      if (!client) return;
      await sendTopicMail(
        { db: tx, mailer: deps.mailer },
        { userId: client.id, topic: "work_assigned" },
        {
          to: client.email,
          ...workAssignedMail({ clientName: client.name, work }),
          practiceId: client.practiceId,
        },
        tx,
      );
    });
  };
}

async function claimUnannounced(
  tx: Executor,
  engagementId: string,
  publicUrl: string,
): Promise<AssignedWork[]> {
  const now = new Date();
  const questionnaires = await tx
    .update(assessment)
    .set({ announcedAt: now })
    .where(
      and(
        eq(assessment.engagementId, engagementId),
        isNull(assessment.announcedAt),
        inArray(assessment.status, ["assigned", "in_progress"]),
      ),
    )
    .returning({
      id: assessment.id,
      versionId: assessment.instrumentVersionId,
      dueDate: assessment.dueDate,
      assignedBy: assessment.assignedBy,
      createdAt: assessment.createdAt,
    });
  const exercises = await tx
    .update(exercise)
    .set({ announcedAt: now })
    .where(
      and(
        eq(exercise.engagementId, engagementId),
        isNull(exercise.announcedAt),
        inArray(exercise.status, ["assigned", "draft"]),
      ),
    )
    .returning({
      id: exercise.id,
      title: sql<string>`${exercise.content}->>'title'`,
      dueDate: exercise.dueDate,
      assignedBy: exercise.assignedBy,
      createdAt: exercise.createdAt,
    });
  if (questionnaires.length + exercises.length === 0) return [];
  const names = await namesOf(tx, [
    ...questionnaires.map((row) => row.assignedBy),
    ...exercises.map((row) => row.assignedBy),
  ]);
  const titles = await questionnaireTitles(
    tx,
    questionnaires.map((row) => row.versionId),
  );
  const work = [
    ...questionnaires.map((row) => ({
      createdAt: row.createdAt,
      kind: "questionnaire" as const,
      title: titles.get(row.versionId) ?? "A questionnaire",
      dueDate: row.dueDate,
      url: `${publicUrl}/assessments/${row.id}`,
      assignerName: names.get(row.assignedBy) ?? "Your coach",
    })),
    ...exercises.map((row) => ({
      createdAt: row.createdAt,
      kind: "exercise" as const,
      title: row.title,
      dueDate: row.dueDate,
      url: `${publicUrl}/exercises/${row.id}`,
      assignerName: names.get(row.assignedBy) ?? "Your coach",
    })),
  ];
  return work
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map(({ createdAt: _, ...rest }) => rest);
}

async function namesOf(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(inArray(user.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function questionnaireTitles(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: instrumentVersion.id,
      name: sql<string>`${instrumentVersion.definition}->>'shortName'`,
    })
    .from(instrumentVersion)
    .where(inArray(instrumentVersion.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
