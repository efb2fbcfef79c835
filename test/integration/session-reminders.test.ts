import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachingSession, mail, sessionPreparation, user } from "../../src/server/db/schema";
import { spokenTimes } from "../../src/server/sessions/session-mail-text";
import { sendDueReminders } from "../../src/server/sessions/session-reminders";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { decodeQuotedPrintable, startSmtpSink, waitFor } from "../support/smtp-sink";
import {
  startTestApp,
  stopTestApp,
  type TestApp,
  testConfig,
  useTestApp,
} from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Reminders and the preparation request come from a job run every few minutes; here it is called
// directly at chosen instants, with sessions written straight into the database at times around
// them. Each test has a coach and client of its own, so each reads only its own mail.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LINK = "https://meet.example.com/keel-reminders";

describe.each(databaseKinds())("session reminders on the %s database", (kind) => {
  const t = useTestApp(kind);

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    return { coach, client, engagementId };
  }

  const run = (now: Date) => sendDueReminders(t.current.ctx, now);
  const earlierThan = (startsAt: Date, ms: number) => new Date(startsAt.getTime() - ms);

  /** A one-hour video session `days` ahead of now, on the hour, given its time `scheduledAt`. */
  async function sessionAt(
    parties: { coach: Member; engagementId: string },
    days: number,
    extra: Partial<typeof coachingSession.$inferInsert> = {},
  ) {
    const startsAt = new Date(Math.ceil((Date.now() + days * DAY) / HOUR) * HOUR);
    const endsAt = new Date(startsAt.getTime() + HOUR);
    const [row] = await t.current.ctx.db
      .insert(coachingSession)
      .values({
        engagementId: parties.engagementId,
        coachId: parties.coach.id,
        startsAt,
        endsAt,
        busyUntil: endsAt,
        timeZone: "Europe/London",
        mode: "video",
        place: LINK,
        icalUid: `${randomUUID()}@keel.test`,
        bookedBy: parties.coach.id,
        scheduledAt: new Date(Date.now() - DAY),
        ...extra,
      })
      .returning();
    if (!row) throw new Error("the session was not inserted");
    return row;
  }

  const mailTo = (person: Member, subjectStart: string) =>
    t.current.ctx.db
      .select()
      .from(mail)
      .where(and(eq(mail.to, person.email), like(mail.subject, `${subjectStart}%`)));
  const remindersTo = (person: Member) => mailTo(person, "Reminder:");
  const preparationRequestsTo = (person: Member) => mailTo(person, "Prepare for");

  const columnsOf = async (sessionId: string) => {
    const [row] = await t.current.ctx.db
      .select()
      .from(coachingSession)
      .where(eq(coachingSession.id, sessionId));
    return row;
  };

  it("asks the client to prepare two days ahead, then reminds both a day and an hour ahead, each once", async () => {
    const { coach, client, engagementId } = await practice("reminded");
    await t.current.ctx.db
      .update(user)
      .set({ timeZone: "America/New_York" })
      .where(eq(user.id, client.id));
    const session = await sessionAt({ coach, engagementId }, 6);
    const start = session.startsAt;

    await run(earlierThan(start, 49 * HOUR));
    expect(await preparationRequestsTo(client)).toHaveLength(0);
    await run(earlierThan(start, 47 * HOUR));
    await run(earlierThan(start, 46 * HOUR));
    const [request, ...more] = await preparationRequestsTo(client);
    expect(more).toHaveLength(0);
    expect(request?.text).toContain(`http://keel.test/sessions/${session.id}#preparation`);
    expect(request?.text).toContain("wins since last time");
    expect(request?.text).toContain(spokenTimes(start, session.endsAt, "America/New_York"));
    expect(await preparationRequestsTo(coach)).toHaveLength(0);
    expect(await remindersTo(client)).toHaveLength(0);

    await run(earlierThan(start, 25 * HOUR));
    expect(await remindersTo(coach)).toHaveLength(0);
    await run(earlierThan(start, 23 * HOUR));
    await run(earlierThan(start, 22 * HOUR));
    const [coachDay, ...coachMore] = await remindersTo(coach);
    const [clientDay, ...clientMore] = await remindersTo(client);
    expect([coachMore, clientMore]).toEqual([[], []]);
    // Each in their own zone: the coach has none of their own, so the session's.
    expect(coachDay?.text).toContain(spokenTimes(start, session.endsAt, "Europe/London"));
    expect(clientDay?.text).toContain(spokenTimes(start, session.endsAt, "America/New_York"));
    for (const reminder of [coachDay, clientDay]) {
      expect(reminder?.text).toContain("is coming up");
      expect(reminder?.text).toContain(`Join the video call:\n${LINK}`);
      expect(reminder?.html).toContain(`href="${LINK}"`);
      expect(reminder?.text).toContain(`http://keel.test/sessions/${session.id}`);
    }
    expect(clientDay?.text).toContain(`with ${coach.name}`);

    await run(earlierThan(start, 61 * MINUTE));
    expect(await remindersTo(client)).toHaveLength(1);
    await run(earlierThan(start, 55 * MINUTE));
    await run(earlierThan(start, 5 * MINUTE));
    const hourly = (await remindersTo(client)).filter((m) => m.text.includes("within the hour"));
    expect(hourly).toHaveLength(1);
    expect(await remindersTo(coach)).toHaveLength(2);
    await run(earlierThan(start, -10 * MINUTE));
    expect(await remindersTo(client)).toHaveLength(2);
  });

  it("says where to meet in person or by phone", async () => {
    const { coach, client, engagementId } = await practice("places");
    const inPerson = await sessionAt({ coach, engagementId }, 8, {
      mode: "in_person",
      place: "12 Harbour Street, Leith",
    });
    await run(earlierThan(inPerson.startsAt, 23 * HOUR));
    const [reminder] = await remindersTo(client);
    expect(reminder?.text).toContain("Where: 12 Harbour Street, Leith");
    expect(reminder?.text).not.toContain("Join the video call");

    const byPhone = await sessionAt({ coach, engagementId }, 9, {
      mode: "phone",
      place: "+44 20 7946 0000",
    });
    await run(earlierThan(byPhone.startsAt, 50 * MINUTE));
    const phoned = (await remindersTo(coach)).find((m) => m.text.includes("within the hour"));
    expect(phoned?.text).toContain("By phone: +44 20 7946 0000");
  });

  it("sends each reminder once when two runs claim at the same moment", async () => {
    const { coach, client, engagementId } = await practice("twice");
    const session = await sessionAt({ coach, engagementId }, 10);
    const start = session.startsAt;
    for (const lead of [47 * HOUR, 23 * HOUR, 30 * MINUTE]) {
      const at = earlierThan(start, lead);
      await Promise.all([run(at), run(at), run(at)]);
    }
    expect(await preparationRequestsTo(client)).toHaveLength(1);
    expect(await remindersTo(client)).toHaveLength(2);
    expect(await remindersTo(coach)).toHaveLength(2);
  });

  it("reminds a moved session for its new time, not the old", async () => {
    const { coach, client, engagementId } = await practice("moved");
    const session = await sessionAt({ coach, engagementId }, 3);
    const oldStart = session.startsAt;
    await run(earlierThan(oldStart, 23 * HOUR));
    expect(await remindersTo(client)).toHaveLength(1);

    const newStart = new Date(oldStart.getTime() + 4 * DAY);
    const moved = await coach.agent.post(`/api/sessions/${session.id}/move`, {
      startsAt: newStart.toISOString(),
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await columnsOf(session.id)).toMatchObject({
      reminded24hAt: null,
      reminded1hAt: null,
      preparationAskedAt: null,
    });

    // The old time passes with nothing more said.
    await run(earlierThan(oldStart, 30 * MINUTE));
    expect(await remindersTo(client)).toHaveLength(1);

    await run(earlierThan(newStart, 23 * HOUR));
    const reminders = await remindersTo(client);
    expect(reminders).toHaveLength(2);
    const newTimes = spokenTimes(newStart, new Date(newStart.getTime() + HOUR), "Europe/London");
    expect(reminders.filter((m) => m.text.includes(newTimes))).toHaveLength(1);
  });

  it("sends nothing for a cancelled session", async () => {
    const { coach, client, engagementId } = await practice("cancelled");
    const session = await sessionAt({ coach, engagementId }, 11, {
      status: "cancelled",
      cancelledAt: new Date(),
      cancelledBy: coach.id,
    });
    for (const lead of [47 * HOUR, 23 * HOUR, 30 * MINUTE])
      await run(earlierThan(session.startsAt, lead));
    expect(await remindersTo(client)).toHaveLength(0);
    expect(await remindersTo(coach)).toHaveLength(0);
    expect(await preparationRequestsTo(client)).toHaveLength(0);
    expect(await columnsOf(session.id)).toMatchObject({
      reminded24hAt: null,
      reminded1hAt: null,
      preparationAskedAt: null,
    });
  });

  it("sends nothing to a person who turned the topic off, and does not save it for later", async () => {
    const { coach, client, engagementId } = await practice("off");
    const off = await client.agent.put("/api/me/mail-preferences", {
      topics: [
        { id: "session_reminders", enabled: false },
        { id: "session_preparation", enabled: false },
      ],
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const session = await sessionAt({ coach, engagementId }, 12);
    const start = session.startsAt;
    await run(earlierThan(start, 47 * HOUR));
    await run(earlierThan(start, 23 * HOUR));
    expect(await preparationRequestsTo(client)).toHaveLength(0);
    expect(await remindersTo(client)).toHaveLength(0);
    expect(await remindersTo(coach)).toHaveLength(1);
    const handled = await columnsOf(session.id);
    expect(handled?.preparationAskedAt).not.toBeNull();
    expect(handled?.reminded24hAt).not.toBeNull();

    const on = await client.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "session_reminders", enabled: true }],
    });
    expect(on.status).toBe(200);
    await run(earlierThan(start, 22 * HOUR));
    expect(await remindersTo(client)).toHaveLength(0);
    await run(earlierThan(start, 30 * MINUTE));
    expect(await remindersTo(client)).toHaveLength(1);
  });

  it("catches up after downtime with what still helps, and nothing stale", async () => {
    const { coach, client, engagementId } = await practice("downtime");
    // Down from two days before until 40 minutes before: only the hour's reminder is left.
    const soon = await sessionAt({ coach, engagementId }, 13);
    await run(earlierThan(soon.startsAt, 40 * MINUTE));
    const reminders = await remindersTo(client);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain("within the hour");
    expect(await preparationRequestsTo(client)).toHaveLength(0);

    // Down until after the start: nothing at all.
    const missed = await sessionAt({ coach, engagementId }, 14);
    await run(earlierThan(missed.startsAt, -5 * MINUTE));
    expect(await remindersTo(coach)).toHaveLength(1);
    expect(await columnsOf(missed.id)).toMatchObject({ reminded24hAt: null, reminded1hAt: null });
  });

  it("asks for no preparation already written, nor inside two days of the booking", async () => {
    const { coach, client, engagementId } = await practice("prepared");
    const prepared = await sessionAt({ coach, engagementId }, 15);
    await t.current.ctx.db
      .insert(sessionPreparation)
      .values({ sessionId: prepared.id, engagementId, focus: "Delegating the budget" });
    await run(earlierThan(prepared.startsAt, 47 * HOUR));
    expect(await preparationRequestsTo(client)).toHaveLength(0);

    // Booked 30 hours ahead: its invitation came inside the 48 hours, and it gets no request;
    // booked 20 hours ahead, it gets no day's reminder either, only the hour's.
    const late = await sessionAt({ coach, engagementId }, 18);
    await t.current.ctx.db
      .update(coachingSession)
      .set({ scheduledAt: earlierThan(late.startsAt, 30 * HOUR) })
      .where(eq(coachingSession.id, late.id));
    await run(earlierThan(late.startsAt, 29 * HOUR));
    await run(earlierThan(late.startsAt, 23 * HOUR));
    expect(await preparationRequestsTo(client)).toHaveLength(0);
    expect(await remindersTo(client)).toHaveLength(1);

    const later = await sessionAt({ coach, engagementId }, 21);
    await t.current.ctx.db
      .update(coachingSession)
      .set({ scheduledAt: earlierThan(later.startsAt, 20 * HOUR) })
      .where(eq(coachingSession.id, later.id));
    await run(earlierThan(later.startsAt, 19 * HOUR));
    expect(await remindersTo(client)).toHaveLength(1);
    await run(earlierThan(later.startsAt, 30 * MINUTE));
    expect(await remindersTo(client)).toHaveLength(2);
  });
});

describe.each(databaseKinds())("session reminders over SMTP on the %s database", (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp(kind, {
      config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Keel <keel@example.com>" }),
    });
  });

  afterAll(async () => {
    await stopTestApp(t);
    await smtp?.close();
  });

  it("delivers the reminders of a session booked through Keel to coach and client", async () => {
    const coach = await signUpCoach(t, "smtp");
    const client = await inviteAndAccept(t, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    const startsAt = new Date(Math.ceil((Date.now() + 5 * DAY) / HOUR) * HOUR);
    const booked = await coach.agent.post(`/api/engagements/${engagementId}/sessions`, {
      startsAt: startsAt.toISOString(),
      mode: "video",
      place: LINK,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    await sendDueReminders(t.ctx, new Date(startsAt.getTime() - 23 * HOUR));
    for (const person of [coach, client]) {
      const received = await waitFor(
        () =>
          smtp.received.find(
            (m) => m.to.includes(person.email) && m.raw.includes("Subject: Reminder:"),
          ),
        `a reminder to ${person.email}`,
        40_000,
      );
      const raw = decodeQuotedPrintable(received.raw);
      expect(raw).toContain(LINK);
      expect(raw).toContain(`http://keel.test/sessions/${booked.body.id}`);
      expect(raw).not.toContain("text/calendar");
    }
  });
});
