import { and, eq, isNull, ne, notExists, or, sql } from "drizzle-orm";
import { plannedEndFrom } from "../../domain/matching/capacity";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { enrolInTransaction } from "../courses/enrolments";
import type { Executor } from "../db/database";
import {
  assessment,
  coachShortlist,
  engagement,
  membership,
  type programme,
  programmeParticipant,
} from "../db/schema";
import { insertEngagement } from "../engagements/service";
import { announceWorkSoon } from "../engagements/work-announcement";
import { AppError } from "../http/errors";

// A match opens the participant's engagement on the programme's template, inside the caller's
// transaction: the engagement (title, sessions, start and planned end), the questionnaires
// assigned, the course enrolled in, the client's coach set, the participant linked to it and any
// shortlist they were offered cleared.
// The pulse cadence is read from the programme until the coach saves pulse settings
// (pulses/service.ts), because pulses need the client's stakeholders and questions first.

export interface TemplateMatch {
  /** Who made the match: the admin, or the client choosing from their shortlist. */
  actor: Viewer;
  programme: typeof programme.$inferSelect;
  participant: { id: string; userId: string };
  cohortStartDate: string;
  coach: { id: string; name: string };
}

export async function openProgrammeEngagement(
  ctx: AppContext,
  tx: Executor,
  { actor, programme: template, participant, cohortStartDate, coach }: TemplateMatch,
): Promise<string> {
  const clientId = participant.userId;
  const engagementId = await insertEngagement(tx, {
    practiceId: actor.practiceId,
    coachId: coach.id,
    clientId,
    sponsorId: null,
    title: template.name,
    startDate: cohortStartDate,
    plannedEndDate: plannedEndFrom(cohortStartDate, template.months),
    sessionsPlanned: template.sessionsPlanned,
    openedBy: actor.userId,
  });
  await assignQuestionnaires(ctx, tx, template.instrumentIds, {
    practiceId: actor.practiceId,
    engagementId,
    clientId,
    coachId: coach.id,
  });
  if (template.courseId) {
    // Enrolled in the coach's name: the course's first lesson says who enrolled the client.
    const asCoach: Viewer = { ...actor, userId: coach.id, name: coach.name, role: "coach" };
    await enrolInTransaction(tx, asCoach, { engagementId, clientId, courseId: template.courseId });
  }
  // A client imported with coaching of their own (decision 030) keeps that coach as theirs while
  // it is open: the programme's engagement is a second one, not a change of coach.
  const ownCoachingOpen = tx
    .select({ one: sql`1` })
    .from(engagement)
    .where(
      and(
        eq(engagement.clientId, clientId),
        eq(engagement.coachId, membership.coachId),
        ne(engagement.stage, "closed"),
      ),
    );
  await tx
    .update(membership)
    .set({ coachId: coach.id })
    .where(
      and(
        eq(membership.userId, clientId),
        eq(membership.practiceId, actor.practiceId),
        or(isNull(membership.coachId), notExists(ownCoachingOpen)),
      ),
    );
  await tx
    .update(programmeParticipant)
    .set({ engagementId })
    .where(eq(programmeParticipant.id, participant.id));
  // Matched, by the admin or by choosing: a shortlist offered has served.
  await tx.delete(coachShortlist).where(eq(coachShortlist.participantId, participant.id));
  return engagementId;
}

async function assignQuestionnaires(
  ctx: AppContext,
  tx: Executor,
  instrumentIds: string[],
  to: { practiceId: string; engagementId: string; clientId: string; coachId: string },
) {
  if (instrumentIds.length === 0) return;
  const rows = instrumentIds.map((instrumentId) => {
    const entry = ctx.instruments.newest(instrumentId);
    if (!entry)
      throw new AppError(
        "invalid_input",
        `The programme names a questionnaire Keel no longer offers (${instrumentId}). Edit the programme's template first.`,
      );
    return {
      practiceId: to.practiceId,
      engagementId: to.engagementId,
      clientId: to.clientId,
      instrumentId: entry.definition.id,
      instrumentVersionId: entry.versionId,
      assignedBy: to.coachId,
    };
  });
  await tx.insert(assessment).values(rows);
  await announceWorkSoon(ctx, tx, to.engagementId);
}
