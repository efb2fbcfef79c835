import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  assessment,
  coachingSession,
  engagement,
  membership,
  programmeParticipant,
  subscription,
} from "../../src/server/db/schema";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  PASSWORD,
  signUpCoach,
} from "../support/factories";
import { pastSession, upcomingSession } from "../support/session-inserts";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const TEMPLATE = {
  name: "Leading at Acme",
  organisationName: "Acme Ltd",
  instrumentIds: ["ipip-neo-120"],
  competencyModelId: null,
  sessionsPlanned: 8,
  months: 6,
  courseId: "become-a-better-leader",
  pulseEveryWeeks: 3,
};
const SECRET = "Old coach's private hunch about the client";

describe.each(databaseKinds())("coach matching for programmes on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coachA: Member;
  let coachB: Member;
  let programmeId: string;
  const people: Record<"ann" | "bo" | "cy", { id: string; agent: Member["agent"] | null }> = {
    ann: { id: "", agent: null },
    bo: { id: "", agent: null },
    cy: { id: "", agent: null },
  };
  let matchedEngagement: string;
  const domain = `${kind}-matching.example`;
  const url = (who: keyof typeof people, what: string) =>
    `/api/programmes/${programmeId}/participants/${people[who].id}/${what}`;

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "matching-admin");
    coachA = await inviteAndAccept(t.current, admin, "coach", "matching-a");
    coachB = await inviteAndAccept(t.current, admin, "coach", "matching-b");
    programmeId = (await admin.agent.post("/api/programmes", TEMPLATE)).body.id;
    await admin.agent.post(`/api/programmes/${programmeId}/cohorts`, {
      name: "Spring",
      startDate: "2027-01-31",
    });
    const csv = `name,email,manager,cohort\n${["ann", "bo", "cy"].map((n) => `${n},${n}@${domain},,Spring`).join("\n")}\n`;
    const commit = await admin.agent.post(`/api/programmes/${programmeId}/import`, { csv });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    for (const name of ["ann", "bo"] as const) {
      const sent = await lastMailTo(t.current.ctx, `${name}@${domain}`);
      const token = linkIn(sent.text, "/invitations/").split("/invitations/")[1];
      const agent = newAgent(t.current);
      const accepted = await agent.post(`/api/invitations/token/${token}/accept`, {
        name,
        password: PASSWORD,
      });
      expect(accepted.status).toBe(201);
      people[name].agent = agent;
    }
    const list = await admin.agent.get(`/api/programmes/${programmeId}/participants`);
    for (const row of list.body.items as { id: string; name: string }[])
      people[row.name as keyof typeof people].id = row.id;
  });

  it("matches a joined participant: one engagement with the template applied", async () => {
    const capacity = await admin.agent.put(`/api/matching/coaches/${coachA.id}/capacity`, {
      capacity: 1,
    });
    expect(capacity.body).toMatchObject({ capacity: 1, openEngagements: 0 });
    const matched = await admin.agent.post(url("ann", "match"), { coachId: coachA.id });
    expect(matched.status, JSON.stringify(matched.body)).toBe(201);
    matchedEngagement = matched.body.engagementId;
    const db = t.current.handle.db;
    const [participant] = await db
      .select()
      .from(programmeParticipant)
      .where(eq(programmeParticipant.id, people.ann.id));
    const clientId = participant?.userId as string;
    const opened = await db.select().from(engagement).where(eq(engagement.clientId, clientId));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      id: matchedEngagement,
      coachId: coachA.id,
      title: "Leading at Acme",
      sessionsPlanned: 8,
      startDate: "2027-01-31",
      plannedEndDate: "2027-07-31",
      sponsorId: null,
    });
    expect(participant?.engagementId).toBe(matchedEngagement);
    const assigned = await db
      .select({ instrumentId: assessment.instrumentId })
      .from(assessment)
      .where(eq(assessment.engagementId, matchedEngagement));
    expect(assigned).toEqual([{ instrumentId: "ipip-neo-120" }]);
    const enrolled = await db
      .select({ list: subscription.list, status: subscription.status })
      .from(subscription)
      .where(eq(subscription.engagementId, matchedEngagement));
    expect(enrolled).toEqual([{ list: "course:become-a-better-leader", status: "active" }]);
    const [member] = await db
      .select({ coachId: membership.coachId })
      .from(membership)
      .where(eq(membership.userId, clientId));
    expect(member?.coachId).toBe(coachA.id);
    const pulses = await coachA.agent.get(`/api/engagements/${matchedEngagement}/pulses`);
    expect(pulses.body.settings.everyWeeks).toBe(3);
    const coaches = await admin.agent.get("/api/matching/coaches");
    const a = coaches.body.find((c: { id: string }) => c.id === coachA.id);
    expect(a).toMatchObject({ capacity: 1, openEngagements: 1 });
  });

  it("refuses a second match, a full coach, someone not joined and non-admins", async () => {
    const again = await admin.agent.post(url("ann", "match"), { coachId: coachB.id });
    expect([again.status, again.body.error.code]).toEqual([409, "already_matched"]);
    const full = await admin.agent.post(url("bo", "match"), { coachId: coachA.id });
    expect([full.status, full.body.error.code]).toEqual([409, "coach_at_capacity"]);
    expect(full.body.error.message).toContain("at capacity (1 open of 1)");
    const early = await admin.agent.post(url("cy", "match"), { coachId: coachB.id });
    expect([early.status, early.body.error.code]).toEqual([409, "participant_not_joined"]);
    const byCoach = await coachB.agent.post(url("bo", "match"), { coachId: coachB.id });
    expect(byCoach.status).toBe(403);
    const byClient = await people.bo.agent?.post(url("bo", "match"), { coachId: coachB.id });
    expect(byClient?.status).toBe(403);
    const count = await t.current.handle.db
      .select({ id: programmeParticipant.engagementId })
      .from(programmeParticipant)
      .where(eq(programmeParticipant.id, people.bo.id));
    expect(count[0]?.id).toBeNull();
  });

  it("lets a participant choose a coach from the admin's shortlist", async () => {
    const offered = await admin.agent.put(url("bo", "shortlist"), {
      coachIds: [admin.id, coachB.id],
    });
    expect(offered.status, JSON.stringify(offered.body)).toBe(200);
    const seen = await people.bo.agent?.get("/api/my-coach-shortlist");
    expect(seen?.body.shortlist.programmeName).toBe("Leading at Acme");
    expect(seen?.body.shortlist.coaches.map((c: { id: string }) => c.id).sort()).toEqual(
      [admin.id, coachB.id].sort(),
    );
    const wrong = await people.bo.agent?.post("/api/my-coach-shortlist/choice", {
      coachId: coachA.id,
    });
    expect(wrong?.status).toBe(400);
    const chosen = await people.bo.agent?.post("/api/my-coach-shortlist/choice", {
      coachId: coachB.id,
    });
    expect(chosen?.status, JSON.stringify(chosen?.body)).toBe(201);
    expect(chosen?.body.coach).toMatchObject({ id: coachB.id });
    expect((await people.bo.agent?.get("/api/my-coach-shortlist"))?.body.shortlist).toBeNull();
    const matches = await admin.agent.get(`/api/programmes/${programmeId}/matches`);
    expect(matches.body.matches).toHaveLength(2);
  });

  it("moves a client to another coach: history goes along, private notes do not", async () => {
    const parties = { engagement: { id: matchedEngagement }, coach: { id: coachA.id } };
    const past = await pastSession(t.current, parties as never);
    const notes = `/api/sessions/${past.id}/notes`;
    for (const [note, body] of [
      ["private", SECRET],
      ["shared", "We agreed on a plan"],
    ]) {
      const written = await coachA.agent.put(`${notes}/${note}`, { body, revision: 0 });
      expect(written.status, JSON.stringify(written.body)).toBe(200);
    }
    const own = await coachA.agent.get(`/api/sessions/${past.id}`);
    expect(own.body.privateNote.body).toBe(SECRET);
    const ahead = await upcomingSession(t.current, parties as never);
    const moveUrl = `/api/engagements/${matchedEngagement}/coach`;
    const byCoach = await coachA.agent.post(moveUrl, { coachId: coachB.id });
    expect(byCoach.status).toBe(403);
    const moved = await admin.agent.post(moveUrl, { coachId: coachB.id, reason: "Languages" });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    // The session booked ahead with the old coach is cancelled by the move (coach-move.test.ts).
    expect(moved.body.sessionsCancelled).toBe(1);
    const [cancelled] = await t.current.handle.db
      .select({ status: coachingSession.status })
      .from(coachingSession)
      .where(eq(coachingSession.id, ahead.id));
    expect(cancelled?.status).toBe("cancelled");
    const rows = (await admin.agent.get(`/api/programmes/${programmeId}/matches`)).body.matches;
    const row = rows.find((m: { engagementId: string }) => m.engagementId === matchedEngagement);
    expect(row).toMatchObject({ coach: { id: coachB.id }, movedAt: expect.any(String) });
    expect(rows.filter((m: { movedAt: string | null }) => m.movedAt)).toHaveLength(1);
    expect((await coachA.agent.get(`/api/engagements/${matchedEngagement}`)).status).toBe(404);
    expect((await coachA.agent.get(`/api/sessions/${past.id}`)).status).toBe(404);
    const page = await coachB.agent.get(`/api/sessions/${past.id}`);
    expect(page.status).toBe(200);
    expect(page.body.shared.body).toBe("We agreed on a plan");
    expect(page.body.privateNote.body).toBe("");
    const reads = await Promise.all([
      coachB.agent.get(`/api/engagements/${matchedEngagement}/patterns`),
      coachB.agent.get(`/api/engagements/${matchedEngagement}/timeline`),
      coachB.agent.get("/api/me/export"),
      coachB.agent.get(`/api/engagements/${matchedEngagement}`),
    ]);
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).not.toContain("private hunch");
    }
    const [client] = await t.current.handle.db
      .select({ coachId: membership.coachId })
      .from(membership)
      .innerJoin(engagement, eq(engagement.clientId, membership.userId))
      .where(and(eq(engagement.id, matchedEngagement)));
    expect(client?.coachId).toBe(coachB.id);
    expect(JSON.stringify((await coachA.agent.get(`/api/sessions/${past.id}`)).body)).not.toContain(
      "private hunch",
    );
  });
});
