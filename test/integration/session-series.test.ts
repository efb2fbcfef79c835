import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachingSession, mail, sessionSeries } from "../../src/server/db/schema";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import {
  eventFacts,
  expectCommonRules,
  expectInvitationRules,
  expectOccurrenceRules,
  expectSeriesRules,
  only,
  parseIcs,
} from "../support/ics-rules";
import { book } from "../support/scheduling-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A coach schedules a series by a recurrence rule: every occurrence a session of the engagement,
// all in one transaction or none; one invitation per person for the whole series, and each later
// change to one occurrence a message on the series' UID with its RECURRENCE-ID. The process runs
// in Pacific/Auckland, far from London, so no time may come from the server's own zone.

// London's summer time begins on 25 March 2035; far ahead, so these dates stay in the future.
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

let processZone: string | undefined;
beforeAll(() => {
  processZone = process.env.TZ;
  process.env.TZ = "Pacific/Auckland";
});
afterAll(() => {
  process.env.TZ = processZone;
});

describe.each(databaseKinds())("recurring sessions on the %s database", (kind) => {
  const t = useTestApp(kind);

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client", `${label}-client`);
    const engagementId = (await openEngagement(coach, client)).id;
    return { coach, client, engagementId };
  }

  const sessionsOf = (engagementId: string) =>
    t.current.ctx.db
      .select()
      .from(coachingSession)
      .where(eq(coachingSession.engagementId, engagementId))
      .orderBy(asc(coachingSession.startsAt));
  const seriesOf = (engagementId: string) =>
    t.current.ctx.db
      .select()
      .from(sessionSeries)
      .where(eq(sessionSeries.engagementId, engagementId));
  /** The calendar mails to the person, oldest first; from the `since`-th on when given. */
  const invitationsTo = async (person: Member, since = 0) => {
    const rows = await t.current.ctx.db
      .select()
      .from(mail)
      .where(eq(mail.to, person.email))
      .orderBy(asc(mail.createdAt), asc(mail.id));
    return rows.filter((row) => row.calendar).slice(since);
  };
  const countInvitations = async (person: Member) => (await invitationsTo(person)).length;
  const schedule = (coach: Member, engagementId: string, body: Record<string, unknown>) =>
    coach.agent.post(`/api/engagements/${engagementId}/series`, body);

  it("schedules every occurrence at 08:30 London time across the change of the clocks, with one invitation each", async () => {
    const { coach, client, engagementId } = await practice("series");
    const response = await schedule(coach, engagementId, EVERY_SECOND_TUESDAY);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
      firstDate: "2035-03-20",
      localTime: "08:30",
      timeZone: "Europe/London",
      sequence: 0,
      cancelledAt: null,
    });
    const rows = await sessionsOf(engagementId);
    expect(rows.map((row) => row.startsAt.toISOString())).toEqual(STARTS);
    const [series] = await seriesOf(engagementId);
    for (const row of rows) {
      expect(row.seriesId).toBe(series?.id);
      expect(row.icalUid).toBe(series?.icalUid);
      expect(row.originalStartsAt?.toISOString()).toBe(row.startsAt.toISOString());
    }
    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.body.allowance).toEqual({ planned: 6, used: 4, left: 2 });
    expect(list.body.sessions.map((s: { seriesId: string }) => s.seriesId)).toEqual(
      Array(4).fill(series?.id),
    );

    for (const person of [coach, client]) {
      const invitation = only(await invitationsTo(person));
      const calendar = invitation.calendar;
      if (!calendar) throw new Error("no invitation");
      const ics = expectInvitationRules(calendar.content, {
        method: calendar.method,
        organizer: coach.email,
        attendees: [client.email, coach.email],
      });
      expect(calendar.method).toBe("REQUEST");
      const starts = expectSeriesRules(ics);
      expect(starts.map((at) => at.toISOString())).toEqual(STARTS);
      expect(eventFacts(only(ics.events))).toMatchObject({
        uid: series?.icalUid,
        sequence: 0,
        tzid: "Europe/London",
        local: "2035-03-20T08:30:00",
      });
      expect(invitation.subject).toContain("4 coaching sessions scheduled");
    }
  });

  it("mails a move or a cancellation of one occurrence on the series' UID with its RECURRENCE-ID, raising the series' SEQUENCE", async () => {
    const { coach, client, engagementId } = await practice("occurrence");
    expect((await schedule(coach, engagementId, EVERY_SECOND_TUESDAY)).status).toBe(201);
    const [, second, third] = await sessionsOf(engagementId);
    const [series] = await seriesOf(engagementId);
    if (!second || !third || !series) throw new Error("no series");

    const beforeMove = await countInvitations(client);
    const moved = await coach.agent.post(`/api/sessions/${second.id}/move`, {
      startsAt: "2035-04-04T12:00:00Z",
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const moveMail = only(await invitationsTo(client, beforeMove)).calendar;
    if (!moveMail) throw new Error("no invitation");
    expect(moveMail.method).toBe("REQUEST");
    const movedIcs = expectInvitationRules(moveMail.content, {
      method: moveMail.method,
      organizer: coach.email,
      attendees: [client.email, coach.email],
    });
    expectOccurrenceRules(movedIcs, { uid: series.icalUid, originalStart: second.startsAt });
    expect(eventFacts(only(movedIcs.events))).toMatchObject({
      local: "2035-04-04T13:00:00",
      sequence: 1,
    });

    const beforeCancel = await countInvitations(coach);
    const cancelled = await client.agent.post(`/api/sessions/${third.id}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const cancelMail = only(await invitationsTo(coach, beforeCancel)).calendar;
    if (!cancelMail) throw new Error("no cancellation");
    expect(cancelMail.method).toBe("CANCEL");
    const cancelIcs = expectInvitationRules(cancelMail.content, {
      method: cancelMail.method,
      organizer: coach.email,
      attendees: [client.email, coach.email],
    });
    expectOccurrenceRules(cancelIcs, { uid: series.icalUid, originalStart: third.startsAt });
    expect(eventFacts(only(cancelIcs.events)).sequence).toBe(2);
    const [after] = await seriesOf(engagementId);
    expect(after?.sequence).toBe(2);
    const rows = await sessionsOf(engagementId);
    expect(rows.find((row) => row.id === second.id)?.originalStartsAt?.toISOString()).toBe(
      STARTS[1],
    );
  });

  it("lists each occurrence in the person's feed as an event of its own, at 08:30 London time", async () => {
    const { coach, engagementId } = await practice("feed");
    expect((await schedule(coach, engagementId, EVERY_SECOND_TUESDAY)).status).toBe(201);
    const made = await coach.agent.post("/api/me/calendar-feed");
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const read = await newAgent(t.current).get(new URL(made.body.url).pathname);
    const ics = parseIcs(String(read.body));
    expectCommonRules(ics);
    const events = ics.events.map(eventFacts);
    expect(events.map((event) => event.startsAt.toISOString())).toEqual(STARTS);
    expect(events.map((event) => event.local.slice(11))).toEqual(Array(4).fill("08:30:00"));
    expect(new Set(events.map((event) => event.uid)).size).toBe(4);
    for (const event of ics.events) expect(event.getFirstProperty("recurrence-id")).toBeNull();
  });

  it("shows the dates before anything is saved, marking those the coach is taken", async () => {
    const { coach, engagementId } = await practice("preview");
    const taken = await book(coach, engagementId, STARTS[2] as string);
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const query = new URLSearchParams({
      rrule: EVERY_SECOND_TUESDAY.rrule,
      firstDate: EVERY_SECOND_TUESDAY.firstDate,
      localTime: EVERY_SECOND_TUESDAY.localTime,
      timeZone: EVERY_SECOND_TUESDAY.timeZone,
    });
    const preview = await coach.agent.get(
      `/api/engagements/${engagementId}/series/preview?${query}`,
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.sessionsLeft).toBe(5);
    expect(
      preview.body.occurrences.map((o: Record<string, unknown>) => [
        o.startsAt,
        o.localDate,
        o.localTime,
        o.clashes,
      ]),
    ).toEqual([
      [STARTS[0], "2035-03-20", "08:30", false],
      [STARTS[1], "2035-04-03", "08:30", false],
      [STARTS[2], "2035-04-17", "08:30", true],
      [STARTS[3], "2035-05-01", "08:30", false],
    ]);
    expect(await seriesOf(engagementId)).toEqual([]);
  });

  it("refuses a series that clashes with another session of the coach, naming the date, and saves nothing", async () => {
    const { coach, engagementId } = await practice("clash");
    // Another engagement of the same coach holds 17 April at 08:30 London time.
    const other = await inviteAndAccept(t.current, coach, "client", "clash-other");
    const otherEngagement = (await openEngagement(coach, other)).id;
    expect((await book(coach, otherEngagement, "2035-04-17T07:45:00Z")).status).toBe(201);
    const before = await countInvitations(coach);
    const refused = await schedule(coach, engagementId, EVERY_SECOND_TUESDAY);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("slot_taken");
    expect(refused.body.error.message).toContain("Tue 17 Apr, 08:30 (Europe/London)");
    expect(refused.body.error.message).not.toContain("3 Apr");
    expect(await sessionsOf(engagementId)).toEqual([]);
    expect(await seriesOf(engagementId)).toEqual([]);
    expect(await invitationsTo(coach, before)).toEqual([]);
  });

  it("gives the coach's times to one of two series scheduled at once, the other a 409 naming the dates", async () => {
    const { coach, engagementId } = await practice("race");
    const other = await inviteAndAccept(t.current, coach, "client", "race-other");
    const otherEngagement = (await openEngagement(coach, other)).id;
    const answers = await Promise.all(
      [engagementId, otherEngagement].map((id) => schedule(coach, id, EVERY_SECOND_TUESDAY)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.error.code).toBe("slot_taken");
    expect(refused?.body.error.message).toContain("Tue 20 Mar, 08:30 (Europe/London)");
    const rows = [...(await sessionsOf(engagementId)), ...(await sessionsOf(otherEngagement))];
    expect(rows).toHaveLength(4);
  });

  it("refuses more occurrences than the allowance has left, saying how many fit", async () => {
    const { coach, engagementId } = await practice("allowance");
    const refused = await schedule(coach, engagementId, {
      ...EVERY_SECOND_TUESDAY,
      rrule: "FREQ=WEEKLY;COUNT=7",
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("allowance_used");
    expect(refused.body.error.message).toBe(
      "This series has 7 sessions; of the engagement's 6, only 6 are left. Schedule at most 6 (COUNT=6), or agree more sessions first.",
    );
    expect(await sessionsOf(engagementId)).toEqual([]);
    expect(await seriesOf(engagementId)).toEqual([]);
  });

  it.each([
    ["never ends", { rrule: "FREQ=WEEKLY;INTERVAL=2" }, "rrule"],
    ["yields nothing", { rrule: "FREQ=WEEKLY;UNTIL=20350301" }, "rrule"],
    ["repeats past 52 sessions", { rrule: "FREQ=DAILY;UNTIL=20360101" }, "rrule"],
    ["sets its own hour", { rrule: "FREQ=WEEKLY;COUNT=2;BYHOUR=7" }, "rrule"],
    ["is in a zone nobody knows", { timeZone: "Europe/Atlantis" }, "timeZone"],
    ["begins in the past", { firstDate: "2020-03-17" }, "firstDate"],
    ["has no time", { localTime: "8.30" }, "localTime"],
  ])(
    "refuses a series that %s with a 400 naming the field, saving nothing",
    async (_, change, path) => {
      const { coach, engagementId } = await practice(`bad-${path.toLowerCase()}`);
      const refused = await schedule(coach, engagementId, { ...EVERY_SECOND_TUESDAY, ...change });
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
      expect(await sessionsOf(engagementId)).toEqual([]);
      expect(await seriesOf(engagementId)).toEqual([]);
    },
  );

  it("cancels the whole series when none has begun, by one CANCEL on the series' UID", async () => {
    const { coach, client, engagementId } = await practice("cancel-all");
    const created = await schedule(coach, engagementId, EVERY_SECOND_TUESDAY);
    const before = await countInvitations(client);
    const cancelled = await coach.agent.post(`/api/series/${created.body.id}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.cancelledAt).not.toBeNull();
    expect(cancelled.body.sessions.map((s: { status: string }) => s.status)).toEqual(
      Array(4).fill("cancelled"),
    );
    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.body.allowance.used).toBe(0);
    const calendar = only(await invitationsTo(client, before)).calendar;
    if (!calendar) throw new Error("no cancellation");
    expect(calendar.method).toBe("CANCEL");
    const ics = expectInvitationRules(calendar.content, {
      method: calendar.method,
      organizer: coach.email,
      attendees: [client.email, coach.email],
    });
    expectSeriesRules(ics);
    expect(eventFacts(only(ics.events))).toMatchObject({
      uid: created.body.sessions[0] && (await seriesOf(engagementId))[0]?.icalUid,
      sequence: 1,
    });
    const again = await coach.agent.post(`/api/series/${created.body.id}/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("series_cancelled");
  });

  it("keeps the occurrences already begun when the rest is cancelled, the rule cut to them", async () => {
    const { coach, client, engagementId } = await practice("cancel-rest");
    const created = await schedule(coach, engagementId, EVERY_SECOND_TUESDAY);
    const [first] = await sessionsOf(engagementId);
    if (!first) throw new Error("no occurrence");
    // The first occurrence took place yesterday (times set directly: no route books the past).
    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    await t.current.ctx.db
      .update(coachingSession)
      .set({
        startsAt: yesterday,
        originalStartsAt: yesterday,
        endsAt: new Date(yesterday.getTime() + 3_600_000),
        busyUntil: new Date(yesterday.getTime() + 4_500_000),
      })
      .where(eq(coachingSession.id, first.id));
    const before = await countInvitations(client);
    const cancelled = await coach.agent.post(`/api/series/${created.body.id}/cancel`, {});
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=1");
    expect(cancelled.body.sessions.map((s: { status: string }) => s.status)).toEqual([
      "scheduled",
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    const calendar = only(await invitationsTo(client, before)).calendar;
    if (!calendar) throw new Error("no update");
    expect(calendar.method).toBe("REQUEST");
    const ics = expectInvitationRules(calendar.content, {
      method: calendar.method,
      organizer: coach.email,
      attendees: [client.email, coach.email],
    });
    expect(expectSeriesRules(ics)).toHaveLength(1);
  });
});
