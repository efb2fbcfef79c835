import type { Viewer } from "../access/viewer";
import { markAddressVerified } from "../accounts/address-verification";
import { createAccount } from "../accounts/create-account";
import type { AppContext } from "../context";
import { invitation, membership, programmeParticipant, user } from "../db/schema";
import { newInvitationToken } from "../invitations/tokens";
import { setCapacity } from "../matching/coaches";
import { matchParticipant } from "../matching/match";
import { addCohort } from "../programmes/cohorts";
import { createProgramme } from "../programmes/programmes";
import { addSponsor } from "../programmes/sponsors";
import { type CohortStory, seedProgrammeHistory } from "./demo-programme-history";
import {
  EARLIER_COHORT,
  emailOf,
  isMatched,
  LATER_COHORT,
  MANAGERS,
  type ProgrammePerson,
} from "./demo-programme-people";
import { seedDemoSponsorReport } from "./demo-sponsor-report";

// Harbour Logistics' programme in the demo: the organisation's template, two cohorts of twelve
// leaders at different stages, Sofia (their sponsor) named on it, and the leaders matched to Maya
// and Samuel through the matching service. Their history (sessions, goals, 360s) follows, then
// Sofia's monthly report by mail.

const DAY = 86_400_000;

/** Samuel coaches half the leaders; Sofia, Harbour Logistics' head of people, sponsors it. */
export const PROGRAMME_PEOPLE = {
  coach: { name: "Samuel Achterberg", email: "samuel.coach@example.com" },
  sponsor: { name: "Sofia Almeida", email: "sofia.sponsor@example.com" },
};

/** The Monday on or before `days` ago, as YYYY-MM-DD: cohorts start at the beginning of a week. */
export function mondayDaysAgo(days: number): string {
  const at = new Date(Date.now() - days * DAY);
  const back = (at.getUTCDay() + 6) % 7;
  return new Date(at.getTime() - back * DAY).toISOString().slice(0, 10);
}

export async function seedDemoProgramme(ctx: AppContext, admin: Viewer, password: string) {
  const join =
    (role: "coach" | "sponsor") =>
    async (tx: Parameters<Parameters<typeof createAccount>[2]>[0], userId: string) => {
      await tx.insert(membership).values({ practiceId: admin.practiceId, userId, role });
      await markAddressVerified(tx, userId);
    };
  const samuel = await createAccount(ctx, { ...PROGRAMME_PEOPLE.coach, password }, join("coach"));
  const sofia = await createAccount(
    ctx,
    { ...PROGRAMME_PEOPLE.sponsor, password },
    join("sponsor"),
  );
  const created = await createProgramme(ctx, admin, {
    name: "Leading Through Change",
    organisationName: "Harbour Logistics",
    instrumentIds: ctx.instruments.newest("ipip-bffm-50") ? ["ipip-bffm-50"] : [],
    competencyModelId: ctx.competencyModels.get("keel-leadership") ? "keel-leadership" : null,
    sessionsPlanned: 6,
    months: 6,
    courseId: null,
    pulseEveryWeeks: 4,
  });
  const cohorts: CohortStory[] = [];
  for (const [name, daysAgo, people] of [
    ["Spring cohort", 150, EARLIER_COHORT],
    ["Autumn cohort", 42, LATER_COHORT],
  ] as const) {
    const startDate = mondayDaysAgo(daysAgo);
    const cohort = await addCohort(ctx, admin, created.id, { name, startDate });
    const participants = await inviteParticipants(ctx, admin, {
      programmeId: created.id,
      cohortId: cohort.id,
      startDate,
      people,
    });
    cohorts.push({ startDate, participants });
  }
  await addSponsor(ctx, admin, created.id, sofia.userId);

  // Twenty leaders matched, half to each coach, with room left for the three still waiting
  // (Maya's capacity fits her own clients too).
  await setCapacity(ctx, admin, admin.userId, 15);
  await setCapacity(ctx, admin, samuel.userId, 12);
  await matchLeaders(ctx, admin, created.id, cohorts, [
    { id: admin.userId, name: admin.name },
    { id: samuel.userId, name: PROGRAMME_PEOPLE.coach.name },
  ]);
  await seedProgrammeHistory(ctx, {
    practiceId: admin.practiceId,
    cohorts,
    sponsorId: sofia.userId,
  });
  await seedDemoSponsorReport(ctx, PROGRAMME_PEOPLE.sponsor.email);
  return created.id;
}

/** Matches the leaders past the invitation, the coaches in turn, through the matching service. */
async function matchLeaders(
  ctx: AppContext,
  admin: Viewer,
  programmeId: string,
  cohorts: CohortStory[],
  coaches: { id: string; name: string }[],
) {
  let matched = 0;
  for (const cohort of cohorts)
    for (const participant of cohort.participants) {
      if (!isMatched(participant.person.standing)) continue;
      const coach = coaches[matched % coaches.length] as { id: string; name: string };
      matched += 1;
      const { engagementId } = await matchParticipant(
        ctx,
        admin,
        { programmeId, participantId: participant.id },
        coach.id,
      );
      participant.engagementId = engagementId;
      participant.coachId = coach.id;
    }
}

/**
 * The cohort's leaders as an import leaves them, dated when the cohort was set up: each invited
 * as a client; those who accepted have an account, a membership and a joined date.
 */
async function inviteParticipants(
  ctx: AppContext,
  admin: Viewer,
  o: { programmeId: string; cohortId: string; startDate: string; people: ProgrammePerson[] },
) {
  const invitedAt = new Date(Date.parse(o.startDate) - 14 * DAY);
  const joinedAt = (index: number) => new Date(invitedAt.getTime() + (1 + (index % 5)) * DAY);
  // Those still to join were sent a fresh invitation last week.
  const pendingSince = new Date(Math.max(invitedAt.getTime(), Date.now() - 5 * DAY));
  const sentAt = (person: ProgrammePerson) =>
    person.standing === "invited" ? pendingSince : invitedAt;
  return ctx.db.transaction(async (tx) => {
    const invited = await tx
      .insert(invitation)
      .values(
        o.people.map((person, index) => ({
          practiceId: admin.practiceId,
          email: emailOf(person.name),
          name: person.name,
          role: "client" as const,
          tokenHash: newInvitationToken().tokenHash,
          invitedBy: admin.userId,
          createdAt: sentAt(person),
          expiresAt: new Date(sentAt(person).getTime() + 14 * DAY),
          acceptedAt: person.standing === "invited" ? null : joinedAt(index),
        })),
      )
      .returning({ id: invitation.id, email: invitation.email });
    const joiners = o.people.filter((person) => person.standing !== "invited");
    const accounts = await tx
      .insert(user)
      .values(
        joiners.map((person) => ({
          name: person.name,
          email: emailOf(person.name),
          emailVerified: true,
          createdAt: joinedAt(o.people.indexOf(person)),
        })),
      )
      .returning({ id: user.id, email: user.email, createdAt: user.createdAt });
    const accountOf = new Map(accounts.map((account) => [account.email, account.id]));
    if (accounts.length > 0)
      await tx.insert(membership).values(
        accounts.map((account) => ({
          practiceId: admin.practiceId,
          userId: account.id,
          role: "client" as const,
          coachId: admin.userId,
          createdAt: account.createdAt,
        })),
      );
    const invitationOf = new Map(invited.map((row) => [row.email, row.id]));
    const rows = await tx
      .insert(programmeParticipant)
      .values(
        o.people.map((person, index) => {
          const email = emailOf(person.name);
          const userId = accountOf.get(email) ?? null;
          return {
            programmeId: o.programmeId,
            cohortId: o.cohortId,
            name: person.name,
            email,
            managerEmail: MANAGERS[index % MANAGERS.length] ?? null,
            invitationId: invitationOf.get(email) ?? null,
            userId,
            joinedAt: userId ? joinedAt(index) : null,
            createdAt: invitedAt,
          };
        }),
      )
      .returning({ id: programmeParticipant.id, email: programmeParticipant.email });
    return rows.map((row) => ({
      id: row.id,
      userId: accountOf.get(row.email) ?? null,
      person: o.people.find((person) => emailOf(person.name) === row.email) as ProgrammePerson,
      engagementId: null as string | null,
      coachId: null as string | null,
    }));
  });
}
