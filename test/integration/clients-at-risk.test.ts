import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { byRisk } from "../../src/domain/accountability/risk";
import type { Warning } from "../../src/domain/accountability/warning";
import { weekOf } from "../../src/domain/check-ins/week";
import {
  checkIn,
  checkInSchedule,
  coachingSession,
  engagement,
  sessionCommitment,
} from "../../src/server/db/schema";
import { countQueries } from "../support/count-queries";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The coach's home lists the clients who need the coach, most at risk first. The engagements'
// past (check-ins weeks ago, commitments long due, sessions) is written straight into the
// database: the routes only ever write the present.

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface Listed {
  engagement: { id: string; title: string };
  client: { id: string; name: string };
  warnings: (Pick<Warning, "rule" | "severity" | "reason" | "action" | "since"> & {
    evidence: { kind: string; id: string }[];
  })[];
}

describe.each(databaseKinds())("the coach's clients at risk on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.handle.db;
  let coach: Member;
  let otherCoach: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "warnings");
    otherCoach = await inviteAndAccept(t.current, coach, "coach");
  });

  /** An active engagement begun 60 days ago, checking in on Mondays at 09:00 UTC since then. */
  async function activeEngagement(owner: Member, label: string, begunDaysAgo = 60) {
    const client = await inviteAndAccept(t.current, owner, "client", label);
    const { id } = await openEngagement(owner, client, undefined, {
      startDate: daysFromToday(-begunDaysAgo),
    });
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, id));
    await db()
      .insert(checkInSchedule)
      .values({
        engagementId: id,
        weekday: 1,
        hour: 9,
        timeZone: "UTC",
        enabled: true,
        updatedBy: client.id,
        updatedAt: daysAgo(begunDaysAgo),
      });
    return { client, engagementId: id as string, owner };
  }
  type Active = Awaited<ReturnType<typeof activeEngagement>>;

  async function checkedIn(e: Active, daysBack: number, energy = 4) {
    const at = daysAgo(daysBack);
    await db()
      .insert(checkIn)
      .values({
        engagementId: e.engagementId,
        week: weekOf(at, "UTC"),
        submittedAt: at,
        submittedBy: e.client.id,
        channel: "app",
        energy,
        win: "Chaired the Monday meeting",
        challenge: "",
      });
  }

  async function committed(e: Active, dueDaysBack: number, text = "Send the agenda a day ahead") {
    const [row] = await db()
      .insert(sessionCommitment)
      .values({
        engagementId: e.engagementId,
        text,
        ownerId: e.client.id,
        dueOn: daysFromToday(-dueDaysBack),
        createdBy: e.owner.id,
      })
      .returning({ id: sessionCommitment.id });
    return row?.id as string;
  }

  let nextSessionDay = 1;
  async function sessionBooked(e: Active, daysAhead?: number) {
    nextSessionDay += 1;
    const startsAt = new Date(Date.now() + (daysAhead ?? nextSessionDay) * DAY);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    await db()
      .insert(coachingSession)
      .values({
        engagementId: e.engagementId,
        coachId: e.owner.id,
        startsAt,
        endsAt,
        busyUntil: endsAt,
        timeZone: "UTC",
        mode: "video",
        icalUid: `${randomUUID()}@keel.test`,
        bookedBy: e.owner.id,
      });
  }

  /** Checked in two days ago, nothing overdue, a session ahead: nothing to warn about. */
  async function healthy(owner: Member, label: string) {
    const e = await activeEngagement(owner, label);
    await checkedIn(e, 2);
    await committed(e, -5);
    await sessionBooked(e);
    return e;
  }

  const listOf = async (member: Member) => {
    const response = await member.agent.get("/api/coach/clients-at-risk");
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.clients as Listed[];
  };

  it("lists a client with overdue commitments and weeks without a check-in, with the reasons and actions", async () => {
    const troubled = await activeEngagement(coach, "troubled");
    await checkedIn(troubled, 40);
    const first = await committed(troubled, 10);
    const second = await committed(troubled, 6, "Book the skip-level one-to-ones");
    await sessionBooked(troubled);
    const fine = await healthy(coach, "fine");

    const listed = await listOf(coach);
    const entry = listed.find((c) => c.engagement.id === troubled.engagementId);
    expect(entry?.client).toEqual({ id: troubled.client.id, name: troubled.client.name });
    expect(entry?.engagement.title).toEqual(expect.any(String));
    expect(entry?.warnings.map((w) => w.rule).sort()).toEqual([
      "missed_check_ins",
      "overdue_commitments",
    ]);
    const overdue = entry?.warnings.find((w) => w.rule === "overdue_commitments");
    expect(overdue).toMatchObject({
      reason: "2 commitments overdue, the oldest by 10 days",
      action: "Ask about the overdue commitments in your next session",
    });
    expect(overdue?.evidence.map((e) => e.id).sort()).toEqual([first, second].sort());
    const missed = entry?.warnings.find((w) => w.rule === "missed_check_ins");
    expect(missed?.reason).toMatch(/^No check-in for 40 days/);
    expect(missed?.action).toEqual(expect.any(String));
    expect(listed.map((c) => c.engagement.id)).not.toContain(fine.engagementId);
  });

  it("never lists another coach's clients, and refuses everyone who is not a coach", async () => {
    const theirs = await activeEngagement(otherCoach, "theirs");
    await committed(theirs, 20);
    await committed(theirs, 20);
    expect((await listOf(coach)).map((c) => c.engagement.id)).not.toContain(theirs.engagementId);
    expect((await listOf(otherCoach)).map((c) => c.engagement.id)).toContain(theirs.engagementId);
    const response = await theirs.client.agent.get("/api/coach/clients-at-risk");
    expect(response.status).toBe(403);
  });

  it("orders the clients as the risk rules do: more to act on first", async () => {
    const owner = await inviteAndAccept(t.current, coach, "coach", "orderly");
    const watch = await activeEngagement(owner, "watch");
    await checkedIn(watch, 16); // missed check-ins, "watch": 16 days of 14
    await sessionBooked(watch);
    const act = await activeEngagement(owner, "act");
    await checkedIn(act, 30); // "act": twice the 14 days
    for (const due of [9, 8, 7, 6]) await committed(act, due); // "act": twice the 2 commitments
    await sessionBooked(act);
    await healthy(owner, "calm");

    const listed = await listOf(owner);
    expect(listed.map((c) => c.engagement.id)).toEqual([act.engagementId, watch.engagementId]);
    const ordered = byRisk(
      listed.map((c) => ({
        ...c,
        engagementId: c.engagement.id,
        warnings: c.warnings as Warning[],
      })),
    );
    expect(ordered.map((c) => c.engagement.id)).toEqual(listed.map((c) => c.engagement.id));
    expect(listed[0]?.warnings.every((w) => w.severity === "act")).toBe(true);
  });

  it("reads back past the recent weeks when a rule needs older history", async () => {
    // The rules' reads cover the last ten weeks; these clients' warnings reach further back.
    const owner = await inviteAndAccept(t.current, coach, "coach", "historian");
    const silent = await activeEngagement(owner, "silent", 300);
    await checkedIn(silent, 100);
    await sessionBooked(silent, -90);
    const tired = await activeEngagement(owner, "tired", 300);
    for (let week = 0; week < 13; week++) await checkedIn(tired, 1 + week * 7, 1);
    await sessionBooked(tired);

    const listed = await listOf(owner);
    const rules = (e: Active) =>
      listed.find((c) => c.engagement.id === e.engagementId)?.warnings ?? [];
    const silentWarnings = rules(silent);
    expect(silentWarnings.find((w) => w.rule === "missed_check_ins")?.reason).toMatch(
      /^No check-in for 100 days/,
    );
    expect(silentWarnings.find((w) => w.rule === "no_session_booked")?.reason).toMatch(
      /, 90 days ago$/,
    );
    const lowEnergy = rules(tired).find((w) => w.rule === "low_energy");
    expect(lowEnergy?.reason).toBe(
      "Energy at 2 or lower of 5 for 13 weeks in a row (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)",
    );
    expect(lowEnergy?.evidence).toHaveLength(13);
  });

  it("keeps a list while nothing beneath it moves, and finds it again once a fact does", async () => {
    const owner = await inviteAndAccept(t.current, coach, "coach", "kept");
    const e = await activeEngagement(owner, "kept-client");
    await checkedIn(e, 40);
    const overdue = [await committed(e, 10), await committed(e, 8)];
    await sessionBooked(e);
    const rules = async () => {
      const counter = countQueries(t.current);
      const [entry] = await listOf(owner);
      return { rules: entry?.warnings.map((w) => w.rule).sort() ?? [], count: counter.stop() };
    };
    const first = await rules();
    expect(first.rules).toEqual(["missed_check_ins", "overdue_commitments"]);
    const again = await rules();
    expect(again.rules).toEqual(first.rules);
    expect(again.count).toBeLessThan(first.count);

    await db()
      .update(sessionCommitment)
      .set({ status: "done", markedAt: new Date() })
      .where(inArray(sessionCommitment.id, overdue));
    expect((await rules()).rules).toEqual(["missed_check_ins"]);
    await checkedIn(e, 1);
    expect((await rules()).rules).toEqual([]);
  });

  it("reads the same number of queries for one client as for five, and leaves out closed engagements", async () => {
    const owner = await inviteAndAccept(t.current, coach, "coach", "counted");
    const late = async (label: string) => {
      const e = await activeEngagement(owner, label);
      await checkedIn(e, 30);
      await committed(e, 10);
      await committed(e, 12);
      return e;
    };
    const read = async () => {
      const counter = countQueries(t.current);
      const clients = await listOf(owner);
      return { clients, count: counter.stop() };
    };
    const one = await late("one");
    const before = await read();
    expect(before.clients).toHaveLength(1);
    for (const label of ["two", "three", "four", "five"]) await late(label);
    const after = await read();
    expect(after.clients).toHaveLength(5);
    expect(after.count).toBe(before.count);

    await db()
      .update(engagement)
      .set({ stage: "closed" })
      .where(eq(engagement.id, one.engagementId));
    expect((await listOf(owner)).map((c) => c.engagement.id)).not.toContain(one.engagementId);
  });
});
