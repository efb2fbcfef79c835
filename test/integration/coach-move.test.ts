import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { coachingSession, engagement, mail, sessionSeries } from "../../src/server/db/schema";
import { rowsOf } from "../../src/server/http/rate-limit";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { book, hoursFromNow } from "../support/scheduling-factories";
import { pastSession } from "../support/session-inserts";
import { lastMailTo, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Moving an engagement to another coach (decision 032): the sessions booked ahead are cancelled
// in the same transaction with the usual mails and calendar cancellations, the client is told to
// book with the new coach, the old coach's acceptance of the three-way agreement stops counting
// while the terms in force stay, and the log of moves is read by the coaches, the client and the
// admin, its reason by the admin and the coaches of that move alone.

const SERIES = {
  rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3",
  firstDate: "2035-03-20",
  localTime: "08:30",
  timeZone: "Europe/London",
  mode: "video",
};
const TERMS = {
  purpose: "Grow into the new role of head of operations.",
  goals: ["Delegate more"],
  sponsorSees: ["goal-titles"],
};
const REASON = "Conflict of interest with the client's manager";

describe.each(databaseKinds())(
  "moving an engagement to another coach on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let admin: Member;
    let oldCoach: Member;
    let newCoach: Member;
    let client: Member;
    let sponsor: Member;
    let engagementId: string;
    const url = (part: string) => `/api/engagements/${engagementId}/${part}`;

    const sessionsOf = () =>
      t.current.ctx.db
        .select()
        .from(coachingSession)
        .where(eq(coachingSession.engagementId, engagementId))
        .orderBy(asc(coachingSession.startsAt));
    const mailsTo = (person: Member) =>
      t.current.ctx.db.select().from(mail).where(eq(mail.to, person.email));
    const cancellationsTo = async (person: Member) =>
      (await mailsTo(person)).filter((row) => row.calendar?.method === "CANCEL");

    beforeAll(async () => {
      admin = await signUpCoach(t.current, "move-admin");
      oldCoach = await inviteAndAccept(t.current, admin, "coach", "move-old");
      newCoach = await inviteAndAccept(t.current, admin, "coach", "move-new");
      client = await inviteAndAccept(t.current, oldCoach, "client", "move-client");
      sponsor = await inviteAndAccept(t.current, oldCoach, "sponsor", "move-sponsor");
      engagementId = (await openEngagement(oldCoach, client, sponsor)).id;
      const link = await oldCoach.agent.put(url("meeting-link"), {
        meetingLink: "https://meet.example.com/old-coach-room",
      });
      expect(link.status, JSON.stringify(link.body)).toBe(200);
      const drafted = await oldCoach.agent.put(url("agreement"), { terms: TERMS, revision: 0 });
      expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
      for (const who of [oldCoach, client, sponsor]) {
        const accepted = await who.agent.post(url("agreement/accept"), { revision: 1 });
        expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
      }
    });

    it("refuses a coach at capacity and changes nothing: the sessions stay booked", async () => {
      const single = await book(oldCoach, engagementId, hoursFromNow(50));
      expect(single.status, JSON.stringify(single.body)).toBe(201);
      const series = await oldCoach.agent.post(url("series"), SERIES);
      expect(series.status, JSON.stringify(series.body)).toBe(201);
      const parties = { engagement: { id: engagementId }, coach: { id: oldCoach.id } };
      await pastSession(t.current, parties as never);
      await admin.agent.put(`/api/matching/coaches/${newCoach.id}/capacity`, { capacity: 0 });
      const mailsBefore = (await mailsTo(client)).length;
      const refused = await admin.agent.post(url("coach"), { coachId: newCoach.id });
      expect([refused.status, refused.body.error.code]).toEqual([409, "coach_at_capacity"]);
      expect((await sessionsOf()).filter((s) => s.status === "scheduled")).toHaveLength(5);
      expect((await mailsTo(client)).length).toBe(mailsBefore);
      await admin.agent.put(`/api/matching/coaches/${newCoach.id}/capacity`, { capacity: 10 });
    });

    it("tells the admin how many sessions a move would cancel", async () => {
      const preview = await admin.agent.get(url("coach/move-preview"));
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body).toMatchObject({ sessionsAhead: 4, nextSessionAt: expect.any(String) });
      expect((await oldCoach.agent.get(url("coach/move-preview"))).status).toBe(403);
    });

    it("cancels the sessions ahead with their mails and tells the client to book anew", async () => {
      const before = {
        client: await cancellationsTo(client),
        coach: await cancellationsTo(oldCoach),
      };
      const moved = await admin.agent.post(url("coach"), { coachId: newCoach.id, reason: REASON });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body).toMatchObject({ coach: { id: newCoach.id }, sessionsCancelled: 4 });

      const sessions = await sessionsOf();
      expect(sessions.map((s) => s.status)).toEqual([
        "scheduled", // the past one, held
        "cancelled",
        "cancelled",
        "cancelled",
        "cancelled",
      ]);
      const [series] = await t.current.ctx.db
        .select()
        .from(sessionSeries)
        .where(eq(sessionSeries.engagementId, engagementId));
      expect(series?.cancelledAt).not.toBeNull();
      // One CANCEL for the single session and one for the series, to each of them.
      for (const [person, earlier] of [
        [client, before.client],
        [oldCoach, before.coach],
      ] as const)
        expect((await cancellationsTo(person)).length - earlier.length).toBe(2);
      const single = (await cancellationsTo(client)).find((m) =>
        m.text.includes("moves to another coach"),
      );
      expect(single?.text).toContain(newCoach.name);

      // One transaction records them all at one time: found by subject, not by order.
      const told = (await mailsTo(client)).find((m) => m.subject.startsWith("Your new coach"));
      expect(told?.subject).toBe(`Your new coach: ${newCoach.name}`);
      expect(told?.text).toContain(`Book your next sessions with ${newCoach.name}`);
      expect(told?.text).toContain("4 sessions booked ahead");
      for (const row of [...(await mailsTo(client)), ...(await mailsTo(newCoach))])
        expect(row.text).not.toContain(REASON);
      expect((await admin.agent.get(url("coach/move-preview"))).body.sessionsAhead).toBe(0);
      const [after] = await t.current.ctx.db
        .select({ meetingLink: engagement.meetingLink })
        .from(engagement)
        .where(eq(engagement.id, engagementId));
      expect(after?.meetingLink).toBeNull();
    });

    it("waits for the new coach's acceptance while the terms in force stay in force", async () => {
      const asked = await lastMailTo(t.current.ctx, newCoach.email);
      expect(asked.subject).toContain("An agreement to accept");
      expect(asked.text).toContain("terms the others agreed before apply");
      const seen = await client.agent.get(url("agreement"));
      expect(seen.body).toMatchObject({
        state: "awaiting",
        waitingFor: ["coach"],
        inForce: { purpose: TERMS.purpose },
      });
      const coachRow = seen.body.parties.find((p: { party: string }) => p.party === "coach");
      expect(coachRow).toMatchObject({ name: newCoach.name, acceptedAt: null });
      const view = await sponsor.agent.get(url("sponsor-view"));
      expect(view.status, JSON.stringify(view.body)).toBe(200);
      expect(view.body.basis).toBe("agreement");

      const theirs = await newCoach.agent.get(url("agreement"));
      expect(theirs.body).toMatchObject({ you: "coach", mayAccept: true });
      const accepted = await newCoach.agent.post(url("agreement/accept"), {
        revision: theirs.body.revision,
      });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
      expect(accepted.body).toMatchObject({ state: "agreed", waitingFor: [] });
    });

    it("loses the engagement for the old coach", async () => {
      expect((await oldCoach.agent.get(`/api/engagements/${engagementId}`)).status).toBe(404);
      expect((await oldCoach.agent.get(url("agreement"))).status).toBe(404);
      expect((await oldCoach.agent.get(url("coach-changes"))).status).toBe(404);
    });

    it("shows the log to the coach, the client and the admin; its reason to the admin and coaches", async () => {
      const entry = {
        from: { id: oldCoach.id, name: oldCoach.name },
        to: { id: newCoach.id, name: newCoach.name },
        by: { id: admin.id, name: admin.name },
        at: expect.any(String),
      };
      for (const [who, reason] of [
        [admin, REASON],
        [newCoach, REASON],
        [client, null],
      ] as const) {
        const read = await who.agent.get(url("coach-changes"));
        expect(read.status, JSON.stringify(read.body)).toBe(200);
        expect(read.body.changes).toEqual([{ ...entry, reason }]);
      }
      expect((await sponsor.agent.get(url("coach-changes"))).status).toBe(403);
    });

    it("answers hostile ids without a 5xx", async () => {
      expect((await admin.agent.get("/api/engagements/not-an-id/coach/move-preview")).status).toBe(
        400,
      );
      const unknown = "00000000-0000-4000-8000-000000000000";
      expect((await admin.agent.get(`/api/engagements/${unknown}/coach/move-preview`)).status).toBe(
        404,
      );
      expect((await admin.agent.get(`/api/engagements/${unknown}/coach-changes`)).status).toBe(404);
      expect((await client.agent.get("/api/engagements/%00/coach-changes")).status).toBe(400);
    });

    // Two connections at once: the embedded database has one.
    it.runIf(kind === "server")(
      "refuses a booking that read the old coach while the move was committing",
      async () => {
        const other = await inviteAndAccept(t.current, admin, "client", "move-racing-client");
        const racing = (await openEngagement(admin, other)).id;
        const db = t.current.ctx.db;
        let booking: ReturnType<typeof book> | undefined;
        await db.transaction(async (tx) => {
          await tx
            .update(engagement)
            .set({ coachId: newCoach.id })
            .where(eq(engagement.id, racing));
          booking = book(admin, racing, hoursFromNow(75));
          await expect
            .poll(async () => {
              const waiting = await db.execute(
                sql`select count(*)::int as n from pg_locks where not granted`,
              );
              return rowsOf<{ n: number }>(waiting)[0]?.n ?? 0;
            })
            .toBeGreaterThan(0);
        });
        const answer = await (booking as ReturnType<typeof book>);
        expect(answer.status, JSON.stringify(answer.body)).toBe(409);
        expect(answer.body.error.code).toBe("coach_changed");
        const booked = await db
          .select()
          .from(coachingSession)
          .where(eq(coachingSession.engagementId, racing));
        expect(booked).toEqual([]);
      },
    );
  },
);
