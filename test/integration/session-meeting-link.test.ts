import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { coachingSession, mail, sessionSeries } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import {
  eventFacts,
  expectInvitationRules,
  expectOccurrenceRules,
  expectSeriesRules,
  only,
  type ParsedIcs,
} from "../support/ics-rules";
import { book } from "../support/scheduling-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A coach changes the engagement's video link: every upcoming video session without a link of
// its own is sent again to coach and client with the new link and a raised SEQUENCE, a series as
// one updated invitation for its whole event; nothing else is mailed, and the same link again
// sends nothing.

const DAY = 86_400_000;
const OLD_LINK = "https://meet.example.com/old-room";
const NEW_LINK = "https://meet.example.com/new-room";

/** An instant `days` ahead at 09:00 UTC. */
const daysAhead = (days: number) => {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(9, 0, 0, 0);
  return at;
};

const EVERY_SECOND_TUESDAY = {
  rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
  firstDate: "2035-03-20",
  localTime: "08:30",
  timeZone: "Europe/London",
  mode: "video",
};
const STARTS = [
  "2035-03-20T08:30:00.000Z",
  "2035-04-03T07:30:00.000Z",
  "2035-04-17T07:30:00.000Z",
  "2035-05-01T07:30:00.000Z",
];

describe.each(databaseKinds())(
  "changing an engagement's meeting link on the %s database",
  (kind) => {
    const t = useTestApp(kind);

    async function practice(label: string) {
      const coach = await signUpCoach(t.current, label);
      const client = await inviteAndAccept(t.current, coach, "client", `${label}-client`);
      const engagementId = (await openEngagement(coach, client)).id;
      return { coach, client, engagementId };
    }

    const setLink = (coach: Member, engagementId: string, meetingLink: string | null) =>
      coach.agent.put(`/api/engagements/${engagementId}/meeting-link`, { meetingLink });

    /** The calendar mails to the person, from the `since`-th on. */
    const invitationsTo = async (person: Member, since = 0) => {
      const rows = await t.current.ctx.db
        .select()
        .from(mail)
        .where(eq(mail.to, person.email))
        .orderBy(asc(mail.createdAt), asc(mail.id));
      return rows.filter((row) => row.calendar).slice(since);
    };
    const countInvitations = async (person: Member) => (await invitationsTo(person)).length;

    /** The invitation's .ics, held to the rules of an invitation from the coach to the client. */
    function icsOf(
      row: { calendar: { method: string; content: string } | null },
      coach: Member,
      client: Member,
    ) {
      if (!row.calendar) throw new Error("no invitation");
      expect(row.calendar.method).toBe("REQUEST");
      return expectInvitationRules(row.calendar.content, {
        method: row.calendar.method,
        organizer: coach.email,
        attendees: [client.email, coach.email],
      });
    }
    const locationOf = (ics: ParsedIcs) => only(ics.events).getFirstPropertyValue("location");

    async function bookAs(coach: Member, engagementId: string, days: number, extra = {}) {
      const booked = await book(coach, engagementId, daysAhead(days).toISOString(), extra);
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      return booked.body as { id: string };
    }

    it("sends coach and client an updated invitation for each upcoming video session using the link, and nothing for the rest", async () => {
      const { coach, client, engagementId } = await practice("link-singles");
      expect((await setLink(coach, engagementId, OLD_LINK)).body).toEqual({
        meetingLink: OLD_LINK,
        updatedSessions: 0,
      });
      const first = await bookAs(coach, engagementId, 10);
      const second = await bookAs(coach, engagementId, 12);
      await bookAs(coach, engagementId, 13, { place: "https://own.example.com/room" });
      await bookAs(coach, engagementId, 14, { mode: "phone", place: "+44 20 7946 0000" });
      await bookAs(coach, engagementId, 15, { mode: "in_person", place: "The office, room 2" });
      const cancelled = await bookAs(coach, engagementId, 16);
      expect((await coach.agent.post(`/api/sessions/${cancelled.id}/cancel`, {})).status).toBe(200);
      const past = await bookAs(coach, engagementId, 17);
      await t.current.ctx.db
        .update(coachingSession)
        .set({
          startsAt: new Date(Date.now() - 3 * DAY),
          endsAt: new Date(Date.now() - 3 * DAY + 3_600_000),
          busyUntil: new Date(Date.now() - 3 * DAY + 3_600_000),
        })
        .where(eq(coachingSession.id, past.id));
      const before = {
        coach: await countInvitations(coach),
        client: await countInvitations(client),
      };

      const changed = await setLink(coach, engagementId, NEW_LINK);
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body).toEqual({ meetingLink: NEW_LINK, updatedSessions: 2 });

      const rows = await t.current.ctx.db
        .select()
        .from(coachingSession)
        .where(eq(coachingSession.engagementId, engagementId));
      const sequenceOf = (id: string) => rows.find((row) => row.id === id)?.sequence;
      expect(sequenceOf(first.id)).toBe(1);
      expect(sequenceOf(second.id)).toBe(1);
      expect(sequenceOf(past.id)).toBe(0);
      expect(sequenceOf(cancelled.id)).toBe(1);
      for (const [person, since] of [
        [coach, before.coach],
        [client, before.client],
      ] as const) {
        const updates = await invitationsTo(person, since);
        expect(updates, "one update per session using the link").toHaveLength(2);
        const facts = updates.map((row) => {
          const ics = icsOf(row, coach, client);
          expect(locationOf(ics)).toBe(NEW_LINK);
          expect(row.subject).toContain("Coaching session changed");
          expect(row.text).toContain(NEW_LINK);
          return eventFacts(only(ics.events));
        });
        expect(facts.map((f) => f.uid).sort()).toEqual(
          [`${first.id}@keel`, `${second.id}@keel`].sort(),
        );
        expect(facts.map((f) => f.sequence)).toEqual([1, 1]);
      }

      const again = await setLink(coach, engagementId, NEW_LINK);
      expect(again.body).toEqual({ meetingLink: NEW_LINK, updatedSessions: 0 });
      expect(await invitationsTo(client, before.client + 2)).toEqual([]);

      const removed = await setLink(coach, engagementId, null);
      expect(removed.body).toEqual({ meetingLink: null, updatedSessions: 2 });
      const withoutLink = await invitationsTo(client, before.client + 2);
      expect(withoutLink).toHaveLength(2);
      for (const row of withoutLink) {
        const ics = icsOf(row, coach, client);
        expect(locationOf(ics)).toBeNull();
        expect(eventFacts(only(ics.events)).sequence).toBe(2);
      }
    });

    it("sends one updated invitation for a series whose event uses the link", async () => {
      const { coach, client, engagementId } = await practice("link-series");
      expect((await setLink(coach, engagementId, OLD_LINK)).status).toBe(200);
      const made = await coach.agent.post(
        `/api/engagements/${engagementId}/series`,
        EVERY_SECOND_TUESDAY,
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const before = {
        coach: await countInvitations(coach),
        client: await countInvitations(client),
      };

      const changed = await setLink(coach, engagementId, NEW_LINK);
      expect(changed.body).toEqual({ meetingLink: NEW_LINK, updatedSessions: 4 });
      const [series] = await t.current.ctx.db
        .select()
        .from(sessionSeries)
        .where(eq(sessionSeries.engagementId, engagementId));
      expect(series?.sequence).toBe(1);
      for (const [person, since] of [
        [coach, before.coach],
        [client, before.client],
      ] as const) {
        const update = only(await invitationsTo(person, since));
        const ics = icsOf(update, coach, client);
        expect(expectSeriesRules(ics).map((at) => at.toISOString())).toEqual(STARTS);
        expect(eventFacts(only(ics.events))).toMatchObject({
          uid: series?.icalUid,
          sequence: 1,
          local: "2035-03-20T08:30:00",
        });
        expect(locationOf(ics)).toBe(NEW_LINK);
        expect(update.subject).toContain("4 coaching sessions changed");
        expect(update.text).toContain(NEW_LINK);
      }
    });

    it("keeps a series' cancelled occurrence out and sends its moved one again on its RECURRENCE-ID", async () => {
      const { coach, client, engagementId } = await practice("link-overrides");
      expect((await setLink(coach, engagementId, OLD_LINK)).status).toBe(200);
      const made = await coach.agent.post(
        `/api/engagements/${engagementId}/series`,
        EVERY_SECOND_TUESDAY,
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const occurrences = made.body.sessions as { id: string }[];
      const [, second, third] = occurrences;
      if (!second || !third) throw new Error("no series");
      const moved = await coach.agent.post(`/api/sessions/${second.id}/move`, {
        startsAt: "2035-04-04T12:00:00Z",
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect((await coach.agent.post(`/api/sessions/${third.id}/cancel`, {})).status).toBe(200);
      const before = await countInvitations(client);

      const changed = await setLink(coach, engagementId, NEW_LINK);
      expect(changed.body).toEqual({ meetingLink: NEW_LINK, updatedSessions: 3 });
      const updates = (await invitationsTo(client, before)).map((row) => icsOf(row, coach, client));
      expect(updates).toHaveLength(2);
      const [whole, occurrence] = [
        only(updates.filter((ics) => only(ics.events).getFirstProperty("rrule"))),
        only(updates.filter((ics) => !only(ics.events).getFirstProperty("rrule"))),
      ];
      const uid = String(only(whole.events).getFirstPropertyValue("uid"));
      expect(expectSeriesRules(whole).map((at) => at.toISOString())).toEqual([
        STARTS[0],
        STARTS[1],
        STARTS[3],
      ]);
      expect(eventFacts(only(whole.events)).sequence).toBe(3);
      expect(locationOf(whole)).toBe(NEW_LINK);
      expectOccurrenceRules(occurrence, { uid, originalStart: new Date(STARTS[1] as string) });
      expect(eventFacts(only(occurrence.events))).toMatchObject({
        sequence: 4,
        startsAt: new Date("2035-04-04T12:00:00Z"),
      });
      expect(locationOf(occurrence)).toBe(NEW_LINK);
    });

    it("lets only the engagement's coach change the link", async () => {
      const { client, engagementId } = await practice("link-client");
      const refused = await setLink(client, engagementId, NEW_LINK);
      expect(refused.status).toBe(403);
    });
  },
);
