import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/domain/accountability/thresholds";
import { coachingSession, engagement, sessionCommitment } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { daysFromToday } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The thresholds of the early-warning rules: Keel's defaults, the practice's (its admin), the
// engagement's (its coach); the risk list uses each engagement's own.

const DAY = 86_400_000;

describe.each(databaseKinds())("early-warning settings on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.handle.db;
  let admin: Member;
  let coach: Member;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "thresholds-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "thresholds-coach");
  });

  let nextSessionDay = 1;

  /** An active engagement with two of the client's commitments 4 days overdue and a session ahead. */
  async function slipping(label: string) {
    const client = await inviteAndAccept(t.current, coach, "client", label);
    const { id } = await openEngagement(coach, client, undefined, {
      startDate: daysFromToday(-20),
    });
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, id));
    for (const text of ["Send the agenda a day ahead", "Book the skip-level one-to-ones"]) {
      await db()
        .insert(sessionCommitment)
        .values({
          engagementId: id,
          text,
          ownerId: client.id,
          dueOn: daysFromToday(-4),
          createdBy: coach.id,
        });
    }
    nextSessionDay += 1;
    const startsAt = new Date(Date.now() + nextSessionDay * DAY);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    await db()
      .insert(coachingSession)
      .values({
        engagementId: id,
        coachId: coach.id,
        startsAt,
        endsAt,
        busyUntil: endsAt,
        timeZone: "UTC",
        mode: "video",
        icalUid: `${randomUUID()}@keel.test`,
        bookedBy: coach.id,
      });
    return id as string;
  }

  const warningsOf = async (engagementId: string) => {
    const response = await coach.agent.get("/api/coach/clients-at-risk");
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const clients = response.body.clients as {
      engagement: { id: string };
      warnings: { rule: string }[];
    }[];
    return clients.find((c) => c.engagement.id === engagementId)?.warnings.map((w) => w.rule) ?? [];
  };

  it("lets an engagement's setting decide whether a warning fires on the risk list", async () => {
    const watched = await slipping("watched");
    const other = await slipping("other");
    expect(await warningsOf(watched)).toContain("overdue_commitments");

    const put = await coach.agent.put(`/api/engagements/${watched}/early-warnings`, {
      overdueCommitments: { count: 3 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.effective.overdueCommitments).toEqual({ count: 3, days: 3 });
    expect(put.body.sources.overdueCommitments).toEqual({ count: "engagement", days: "default" });
    expect(await warningsOf(watched)).not.toContain("overdue_commitments");
    expect(await warningsOf(other)).toContain("overdue_commitments");

    // Left out again, the setting goes back to the practice's value.
    const reset = await coach.agent.put(`/api/engagements/${watched}/early-warnings`, {});
    expect(reset.body.sources.overdueCommitments.count).toBe("default");
    expect(await warningsOf(watched)).toContain("overdue_commitments");
  });

  it("layers the practice's settings under the engagement's, and says where each comes from", async () => {
    const e = await slipping("layered");
    const practice = await admin.agent.put("/api/practice/early-warnings", {
      overdueCommitments: { days: 5 },
      noSessionBooked: { days: 45 },
    });
    expect(practice.status, JSON.stringify(practice.body)).toBe(200);
    expect(practice.body.inherited).toEqual(DEFAULT_THRESHOLDS);
    expect(practice.body.sources.noSessionBooked.days).toBe("practice");
    // Four days overdue is no longer overdue enough under the practice's five.
    expect(await warningsOf(e)).not.toContain("overdue_commitments");

    await coach.agent.put(`/api/engagements/${e}/early-warnings`, {
      overdueCommitments: { days: 4 },
    });
    const read = await coach.agent.get(`/api/engagements/${e}/early-warnings`);
    expect(read.status).toBe(200);
    expect(read.body.effective.overdueCommitments).toEqual({ count: 2, days: 4 });
    expect(read.body.sources.overdueCommitments).toEqual({ count: "default", days: "engagement" });
    expect(read.body.sources.noSessionBooked.days).toBe("practice");
    expect(read.body.inherited.overdueCommitments.days).toBe(5);
    expect(read.body.defaults).toEqual(DEFAULT_THRESHOLDS);
    expect(await warningsOf(e)).toContain("overdue_commitments");

    const seenByCoach = await coach.agent.get("/api/practice/early-warnings");
    expect(seenByCoach.body.effective.noSessionBooked.days).toBe(45);
    await admin.agent.put("/api/practice/early-warnings", {});
  });

  it("refuses values out of range, naming each, and saves nothing", async () => {
    const e = await slipping("refused");
    const bad = await coach.agent.put(`/api/engagements/${e}/early-warnings`, {
      overdueCommitments: { count: 0, days: 2 },
      lowEnergy: { atMost: 2.5 },
      goalOffTrack: { shortfallShare: 3 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
    expect(bad.body.error.fields).toEqual([
      { path: "overdueCommitments.count", message: "Choose a whole number from 1 to 50" },
      { path: "lowEnergy.atMost", message: "Choose a whole number from 1 to 4" },
      { path: "goalOffTrack.shortfallShare", message: "Choose a number from 0.05 to 1" },
    ]);
    const after = await coach.agent.get(`/api/engagements/${e}/early-warnings`);
    expect(after.body.sources.overdueCommitments.days).toBe("default");

    for (const body of [
      { overdueCommitments: { count: "3" } },
      { overdueCommitments: { weeks: 3 } },
      { someRule: { days: 3 } },
    ]) {
      const refused = await coach.agent.put(`/api/engagements/${e}/early-warnings`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    const practice = await admin.agent.put("/api/practice/early-warnings", {
      missedCheckIns: { days: 3 },
    });
    expect(practice.status).toBe(400);
    expect(practice.body.error.fields).toEqual([
      { path: "missedCheckIns.days", message: "Choose a whole number from 7 to 90" },
    ]);
  });

  it("lets only the admin set the practice's thresholds", async () => {
    const refused = await coach.agent.put("/api/practice/early-warnings", {
      lowEnergy: { weeks: 4 },
    });
    expect(refused.status).toBe(403);
    const read = await coach.agent.get("/api/practice/early-warnings");
    expect(read.body.sources.lowEnergy.weeks).toBe("default");
  });
});
