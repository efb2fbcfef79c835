import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarFeed, coachingSession, mail } from "../../src/server/db/schema";
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
  only,
  parseIcs,
} from "../support/ics-rules";
import { headerParameter, mimeParts } from "../support/mime-parts";
import { type ReceivedMail, startSmtpSink, waitFor } from "../support/smtp-sink";
import { startTestApp, stopTestApp, type TestApp, testConfig } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A session's invitations travel as real mail: booked, moved and cancelled through the routes,
// delivered over SMTP, each with its .ics as text/calendar of the same method. And each person's
// private feed: made, read without a cookie, replaced, revoked.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `days` ahead at 09:00 UTC, on the hour. */
const daysAhead = (days: number) => {
  const at = new Date(Date.now() + days * DAY);
  at.setUTCHours(9, 0, 0, 0);
  return at;
};

describe.each(databaseKinds())(
  "session invitations and calendar feeds on the %s database",
  (kind) => {
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

    async function coachWithClient(label: string, coach?: Member) {
      const theCoach = coach ?? (await signUpCoach(t, label));
      const client = await inviteAndAccept(t, theCoach, "client", `${label}-client`);
      const engagement = await openEngagement(theCoach, client, undefined, {
        title: `Leading well: ${label}`,
      });
      return { coach: theCoach, client, engagementId: engagement.id };
    }

    /** The `count`-th calendar invitation over SMTP to the address, once it has arrived. */
    const delivered = (address: string, count: number) =>
      waitFor(
        () => {
          const mails = smtp.received.filter(
            (m) => m.to.includes(address) && m.raw.includes("Content-Type: text/calendar"),
          );
          return mails.length >= count ? mails[count - 1] : undefined;
        },
        `mail ${count} to ${address}`,
        40_000,
      );

    /** The mail's text, its calendar part's method and the .ics it carries. */
    function invitationIn(received: ReceivedMail) {
      const parts = mimeParts(received.raw);
      const text = only(parts.filter((p) => p.contentType.startsWith("text/plain"))).body;
      const calendar = only(parts.filter((p) => p.contentType.startsWith("text/calendar")));
      const attachment = only(
        parts.filter((p) => /filename="?invite\.ics/.test(p.headers["content-disposition"] ?? "")),
      );
      expect(attachment.body, "the attached file is the invitation").toBe(calendar.body);
      return {
        text,
        method: headerParameter(calendar.contentType, "method"),
        ics: calendar.body,
      };
    }

    it("mails coach and client each an invitation, a move and a cancellation, over SMTP", async () => {
      const { coach, client, engagementId } = await coachWithClient("invited");
      expect(
        (await client.agent.put("/api/me/time-zone", { timeZone: "America/New_York" })).status,
      ).toBe(200);
      const startsAt = daysAhead(10);
      const booked = await coach.agent.post(`/api/engagements/${engagementId}/sessions`, {
        startsAt: startsAt.toISOString(),
        mode: "video",
        place: "https://meet.example.com/invited",
        timeZone: "Europe/London",
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      const sessionId: string = booked.body.id;
      const people = { organizer: coach.email, attendees: [client.email, coach.email] };

      const steps = [
        { method: "REQUEST", status: "CONFIRMED", sequence: 0, startsAt },
        { method: "REQUEST", status: "CONFIRMED", sequence: 1, startsAt: daysAhead(11) },
        { method: "CANCEL", status: "CANCELLED", sequence: 2, startsAt: daysAhead(11) },
      ];
      const uids = new Set<string>();
      const texts: { coach: string; client: string }[] = [];
      for (const [index, step] of steps.entries()) {
        if (index === 1) {
          const moved = await coach.agent.post(`/api/sessions/${sessionId}/move`, {
            startsAt: step.startsAt.toISOString(),
            reason: "A clash with the board meeting",
          });
          expect(moved.status, JSON.stringify(moved.body)).toBe(200);
        }
        if (index === 2) {
          const cancelled = await client.agent.post(`/api/sessions/${sessionId}/cancel`, {
            reason: "Travelling that week",
          });
          expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
        }
        const received = { coach: "", client: "" };
        for (const [who, person] of [
          ["coach", coach],
          ["client", client],
        ] as const) {
          const invitation = invitationIn(await delivered(person.email, index + 1));
          expect(invitation.method, "the attachment's method").toBe(step.method);
          const ics = expectInvitationRules(invitation.ics, { method: step.method, ...people });
          const event = eventFacts(only(ics.events));
          expect(event.status).toBe(step.status);
          expect(event.sequence, "SEQUENCE rises with each change").toBe(step.sequence);
          expect(event.tzid).toBe("Europe/London");
          expect(event.startsAt.toISOString()).toBe(step.startsAt.toISOString());
          uids.add(event.uid);
          received[who] = invitation.text;
        }
        texts.push(received);
      }
      expect(uids.size, "one UID for the session's whole life").toBe(1);

      const [bookedMail, movedMail, cancelledMail] = texts;
      const page = `http://keel.test/sessions/${sessionId}`;
      expect(bookedMail?.coach).toContain("You booked a coaching session with");
      expect(bookedMail?.client).toContain(`${coach.name} booked a coaching session with you`);
      for (const text of [bookedMail?.coach, bookedMail?.client]) {
        expect(text).toContain("https://meet.example.com/invited");
        expect(text).toContain(page);
      }
      // Each reads the time in their own zone: the client said New York; the coach said none, so
      // the session's zone.
      expect(bookedMail?.client).toContain("(America/New_York time)");
      expect(bookedMail?.coach).toContain("(Europe/London time)");
      expect(movedMail?.client).toMatch(/has moved from .+ to .+\(America\/New_York time\)/);
      expect(movedMail?.client).toContain("A clash with the board meeting");
      expect(cancelledMail?.coach).toContain(`${client.name} cancelled the coaching session`);
      expect(cancelledMail?.coach).toContain("Travelling that week");
      expect(cancelledMail?.coach).not.toContain("Join the video call");

      const rows = await t.ctx.db.select().from(mail).where(eq(mail.to, client.email));
      const sessionRows = rows.filter((row) => row.calendar);
      expect(sessionRows).toHaveLength(3);
      expect(
        sessionRows.every((row) => !row.inOutbox),
        "personal mail, not the practice's",
      ).toBe(true);
    });

    /** A session written straight into the database, `daysFromNow` days away. */
    async function insertSession(
      parties: { coach: Member; engagementId: string },
      daysFromNow: number,
      status: "scheduled" | "cancelled" = "scheduled",
    ) {
      const startsAt = daysAhead(daysFromNow);
      const endsAt = new Date(startsAt.getTime() + HOUR);
      const icalUid = `${randomUUID()}@keel.test`;
      await t.handle.db.insert(coachingSession).values({
        engagementId: parties.engagementId,
        coachId: parties.coach.id,
        startsAt,
        endsAt,
        busyUntil: endsAt,
        timeZone: "America/New_York",
        mode: "in_person",
        place: "10 Queen Street, Room 3",
        icalUid,
        bookedBy: parties.coach.id,
        status,
        ...(status === "cancelled"
          ? { cancelledAt: new Date(), cancelledBy: parties.coach.id, sequence: 1 }
          : {}),
      });
      return icalUid;
    }

    const feedPath = (url: string) => new URL(url).pathname;
    const uidsIn = (text: string) => parseIcs(text).events.map((event) => eventFacts(event).uid);

    it("gives each person a private feed of their sessions, readable without a cookie until revoked", async () => {
      const first = await coachWithClient("feed");
      const second = await coachWithClient("feed-second", first.coach);
      const longAgo = await insertSession(first, -100);
      const recent = await insertSession(first, -10);
      const ahead = await insertSession(first, 5);
      const cancelled = await insertSession(first, 6, "cancelled");
      const secondClients = await insertSession(second, 7);

      const coach = first.coach.agent;
      expect((await coach.get("/api/me/calendar-feed")).body).toEqual({
        url: null,
        active: false,
        createdAt: null,
      });
      const made = await coach.post("/api/me/calendar-feed");
      expect(made.status).toBe(200);
      expect(made.body.url).toMatch(/^http:\/\/keel\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(made.body.active).toBe(true);
      const later = await coach.get("/api/me/calendar-feed");
      expect(later.body).toEqual({ url: null, active: true, createdAt: made.body.createdAt });

      const [stored] = await t.ctx.db
        .select()
        .from(calendarFeed)
        .where(eq(calendarFeed.userId, first.coach.id));
      const token = feedPath(made.body.url).slice("/calendar/".length, -".ics".length);
      expect(stored?.tokenHash, "only a hash of the token is kept").not.toContain(token);

      const read = await newAgent(t).get(feedPath(made.body.url));
      expect(read.status).toBe(200);
      expect(String(read.headers["content-type"])).toMatch(/^text\/calendar/);
      expect(String(read.headers["cache-control"])).toContain("no-store");
      const ics = parseIcs(String(read.body));
      expectCommonRules(ics);
      expect(ics.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
      expect(ics.lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
      // The coach's sessions across clients, from 90 days back; the cancelled one marked so.
      expect(new Set(uidsIn(String(read.body)))).toEqual(
        new Set([recent, ahead, cancelled, secondClients]),
      );
      expect(uidsIn(String(read.body))).not.toContain(longAgo);
      const cancelledEvent = ics.events.map(eventFacts).find((event) => event.uid === cancelled);
      expect(cancelledEvent?.status).toBe("CANCELLED");

      // The second client's own feed holds their session only: nothing of the first client's.
      const theirs = await second.client.agent.post("/api/me/calendar-feed");
      const theirFeed = await newAgent(t).get(feedPath(theirs.body.url));
      expect(uidsIn(String(theirFeed.body))).toEqual([secondClients]);

      // A new URL replaces the old one; revoking ends the new one.
      const remade = await coach.post("/api/me/calendar-feed");
      expect(remade.body.url).not.toBe(made.body.url);
      expect((await newAgent(t).get(feedPath(made.body.url))).status).toBe(404);
      expect((await newAgent(t).get(feedPath(remade.body.url))).status).toBe(200);
      const revoked = await coach.delete("/api/me/calendar-feed");
      expect(revoked.body).toEqual({ url: null, active: false, createdAt: null });
      const gone = await newAgent(t).get(feedPath(remade.body.url));
      expect(gone.status).toBe(404);
      expect(gone.body.error.code).toBe("not_found");
      expect((await coach.get("/api/me/calendar-feed")).body.active).toBe(false);
      expect((await newAgent(t).get(feedPath(theirs.body.url))).status, "others' feeds stay").toBe(
        200,
      );
    });

    it("answers a wrong, cut or hostile feed link with a 404, never a 5xx", async () => {
      const anyone = newAgent(t);
      for (const path of [
        `/calendar/${"A".repeat(43)}.ics`,
        "/calendar/short.ics",
        `/calendar/${"x".repeat(100)}.ics`,
        "/calendar/%00%27%3B--.ics",
        `/calendar/${encodeURIComponent("<script>alert(1)</script>")}.ics`,
      ]) {
        const response = await anyone.get(path);
        expect(response.status, path).toBeGreaterThanOrEqual(400);
        expect(response.status, path).toBeLessThan(500);
        if (path.endsWith(".ics") && !path.includes("%00")) expect(response.status, path).toBe(404);
      }
    });
  },
);
