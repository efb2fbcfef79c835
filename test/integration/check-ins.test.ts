import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sendDueCheckIns } from "../../src/server/check-ins/check-in-mail";
import { newCheckInToken } from "../../src/server/check-ins/links";
import {
  checkIn,
  checkInLink,
  checkInMailing,
  checkInSchedule,
  engagement,
  goal,
  goalMeasurement,
  mail,
  sessionCommitment,
} from "../../src/server/db/schema";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { writeGoal } from "../support/goal-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Weekly check-ins: the client's weekly time, the mailed link (one engagement's one week, once,
// until it expires), measures that become the goal's measurements, and the weekly job, driven
// here at chosen instants. Each test has a practice of its own.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

describe.each(databaseKinds())("weekly check-ins on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    // Baseline 0, target 2: a count, so 0 to 12 make sense.
    const measured = await writeGoal(coach, engagementId);
    const unmeasured = await writeGoal(coach, engagementId, {
      statement: "Speak first in the leadership meeting",
      measure: null,
      baseline: null,
      target: null,
    });
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, engagementId));
    return {
      coach,
      client,
      engagementId,
      goalId: measured.id as string,
      otherGoalId: unmeasured.id as string,
    };
  }

  async function linkFor(
    engagementId: string,
    extra: Partial<typeof checkInLink.$inferInsert> = {},
  ) {
    const { token, hash } = newCheckInToken();
    await db()
      .insert(checkInLink)
      .values({
        engagementId,
        week: "2026-11-30",
        tokenHash: hash,
        expiresAt: new Date(Date.now() + DAY),
        ...extra,
      });
    return token;
  }

  const answers = (p: { goalId: string; otherGoalId: string }, value: number | null = 1) => ({
    energy: 4,
    win: "Handed the budget review to Sam",
    challenge: "Stepping back when it went slowly",
    goals: [
      { goalId: p.goalId, confidence: 7, value },
      { goalId: p.otherGoalId, confidence: 5, value: null },
    ],
  });

  const countCheckIns = async (engagementId: string) =>
    (await db().select().from(checkIn).where(eq(checkIn.engagementId, engagementId))).length;

  it("keeps the client's weekly time, offered until saved and set by the client alone", async () => {
    const { coach, client, engagementId } = await practice("schedule");
    const url = `/api/engagements/${engagementId}/check-in-schedule`;
    const offered = await client.agent.get(url);
    expect(offered.status).toBe(200);
    expect(offered.body).toMatchObject({ weekday: 1, hour: 9, enabled: false, saved: false });

    const chosen = { weekday: 5, hour: 16, timeZone: "Europe/Paris", enabled: true };
    const saved = await client.agent.put(url, chosen);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await coach.agent.get(url)).body).toEqual({ ...chosen, saved: true });

    expect((await coach.agent.put(url, chosen)).status).toBe(403);
    const badZone = await client.agent.put(url, { ...chosen, timeZone: "Mars/Olympus" });
    expect([badZone.status, pathsOf(badZone.body)]).toEqual([400, ["timeZone"]]);
    const badHour = await client.agent.put(url, { ...chosen, hour: 24 });
    expect([badHour.status, pathsOf(badHour.body)]).toEqual([400, ["hour"]]);
    const extra = await client.agent.put(url, { ...chosen, colour: "blue" });
    expect(extra.status).toBe(400);
  });

  it("opens the form through the link, saves the check-in and its measures as measurements, once", async () => {
    const p = await practice("through-link");
    const token = await linkFor(p.engagementId);
    const anonymous = newAgent(t.current);

    const form = await anonymous.get(`/api/check-in/${token}`);
    expect(form.status, JSON.stringify(form.body)).toBe(200);
    expect(form.headers["cache-control"]).toBe("no-store");
    expect(form.body.week).toBe("2026-11-30");
    expect(form.body.last).toBeNull();
    expect(form.body.goals).toHaveLength(2);
    expect(form.body.goals[0]).toMatchObject({
      id: p.goalId,
      unit: "projects a month",
      range: { min: 0, max: 12 },
    });
    expect(form.body.goals[1]).toMatchObject({ id: p.otherGoalId, measure: null, range: null });

    const sent = await anonymous.post(`/api/check-in/${token}`, answers(p, 1.5));
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({ week: "2026-11-30", energy: 4, channel: "link" });
    expect(sent.body.submittedBy.id).toBe(p.client.id);

    const measurements = await db()
      .select()
      .from(goalMeasurement)
      .where(eq(goalMeasurement.goalId, p.goalId));
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({
      value: 1.5,
      source: "check_in",
      checkInId: sent.body.id,
      recordedBy: p.client.id,
    });
    const [measuredGoal] = await db().select().from(goal).where(eq(goal.id, p.goalId));
    expect(measuredGoal?.latestValue).toBe(1.5);
    // The goal's own page shows it as any measurement.
    const goalPage = await p.client.agent.get(`/api/goals/${p.goalId}`);
    expect(JSON.stringify(goalPage.body)).toContain("1.5");

    const again = await anonymous.post(`/api/check-in/${token}`, answers(p, 2));
    expect([again.status, again.body.error.code]).toEqual([410, "check_in_link_used"]);
    expect((await anonymous.get(`/api/check-in/${token}`)).status).toBe(410);
    expect(await countCheckIns(p.engagementId)).toBe(1);

    for (const reader of [p.client, p.coach]) {
      const history = await reader.agent.get(`/api/engagements/${p.engagementId}/check-ins`);
      expect(history.status).toBe(200);
      expect(history.body.items).toHaveLength(1);
      expect(history.body.items[0].goals[0]).toMatchObject({
        goalId: p.goalId,
        confidence: 7,
        value: 1.5,
      });
    }

    // The next week's form shows this one beside it.
    const next = await linkFor(p.engagementId, { week: "2026-12-07" });
    const nextForm = await anonymous.get(`/api/check-in/${next}`);
    expect(nextForm.body.last).toMatchObject({
      id: sent.body.id,
      win: "Handed the budget review to Sam",
    });
  });

  it("refuses a forged, expired or other engagement's link with nothing saved", async () => {
    const p = await practice("bad-links");
    const other = await practice("bad-links-other");
    const anonymous = newAgent(t.current);

    const forged = newCheckInToken().token;
    expect((await anonymous.get(`/api/check-in/${forged}`)).status).toBe(404);
    expect((await anonymous.post(`/api/check-in/${forged}`, answers(p))).status).toBe(404);
    expect((await anonymous.get(`/api/check-in/${"x".repeat(101)}`)).status).toBe(404);

    const expired = await linkFor(p.engagementId, { expiresAt: new Date(Date.now() - HOUR) });
    const late = await anonymous.post(`/api/check-in/${expired}`, answers(p));
    expect([late.status, late.body.error.code]).toEqual([410, "check_in_link_expired"]);

    // The other engagement's link cannot answer for this engagement's goals.
    const theirs = await linkFor(other.engagementId);
    const crossed = await anonymous.post(`/api/check-in/${theirs}`, answers(p));
    expect([crossed.status, pathsOf(crossed.body)]).toEqual([
      400,
      ["goals.0.goalId", "goals.1.goalId", "goals"],
    ]);
    expect(await countCheckIns(p.engagementId)).toBe(0);
    expect(await countCheckIns(other.engagementId)).toBe(0);
    // Refused input does not spend the link.
    expect((await anonymous.get(`/api/check-in/${theirs}`)).status).toBe(200);
  });

  it("answers a value out of range or a confidence outside 1 to 10 at the field, saving nothing", async () => {
    const p = await practice("ranges");
    const token = await linkFor(p.engagementId);
    const anonymous = newAgent(t.current);

    const typo = await anonymous.post(`/api/check-in/${token}`, answers(p, 400));
    expect([typo.status, pathsOf(typo.body)]).toEqual([400, ["goals.0.value"]]);
    const negative = await anonymous.post(`/api/check-in/${token}`, answers(p, -1));
    expect(pathsOf(negative.body)).toEqual(["goals.0.value"]);
    const confident = answers(p);
    confident.goals[0] = { goalId: p.goalId, confidence: 11, value: 1 };
    const tooSure = await anonymous.post(`/api/check-in/${token}`, confident);
    expect([tooSure.status, pathsOf(tooSure.body)]).toEqual([400, ["goals.0.confidence"]]);
    const noMeasure = answers(p);
    noMeasure.goals[1] = { goalId: p.otherGoalId, confidence: 5, value: 3 };
    expect(pathsOf((await anonymous.post(`/api/check-in/${token}`, noMeasure)).body)).toEqual([
      "goals.1.value",
    ]);
    const tired = await anonymous.post(`/api/check-in/${token}`, { ...answers(p), energy: 0 });
    expect(pathsOf(tired.body)).toEqual(["energy"]);
    const missing = await anonymous.post(`/api/check-in/${token}`, { ...answers(p), goals: [] });
    expect(pathsOf(missing.body)).toEqual(["goals"]);

    expect(await countCheckIns(p.engagementId)).toBe(0);
    expect(
      await db().select().from(goalMeasurement).where(eq(goalMeasurement.goalId, p.goalId)),
    ).toHaveLength(0);
    expect((await anonymous.post(`/api/check-in/${token}`, answers(p, 12))).status).toBe(201);
  });

  it("lets the signed-in client check in for the current week from the app, once", async () => {
    const p = await practice("from-app");
    const url = `/api/engagements/${p.engagementId}/check-ins`;
    const form = await p.client.agent.get(`/api/engagements/${p.engagementId}/check-in-form`);
    expect(form.status, JSON.stringify(form.body)).toBe(200);
    expect(form.body.goals).toHaveLength(2);
    expect(
      (await p.coach.agent.get(`/api/engagements/${p.engagementId}/check-in-form`)).status,
    ).toBe(403);
    const sent = await p.client.agent.post(url, answers(p, 2));
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.channel).toBe("app");
    const again = await p.client.agent.post(url, answers(p, 2));
    expect([again.status, again.body.error.code]).toEqual([409, "already_checked_in"]);
    const answered = await p.client.agent.get(`/api/engagements/${p.engagementId}/check-in-form`);
    expect([answered.status, answered.body.error.code]).toEqual([409, "already_checked_in"]);
    expect((await p.coach.agent.post(url, answers(p))).status).toBe(403);
    expect(
      await db().select().from(goalMeasurement).where(eq(goalMeasurement.goalId, p.goalId)),
    ).toHaveLength(1);
  });

  it("marks the client's commitments done with the check-in, refusing any other with nothing saved", async () => {
    const p = await practice("commitments-done");
    const other = await practice("commitments-done-other");
    const commitment = async (
      engagementId: string,
      owner: Member,
      text: string,
      dueOn: string,
      extra: Partial<typeof sessionCommitment.$inferInsert> = {},
    ) => {
      const [row] = await db()
        .insert(sessionCommitment)
        .values({ engagementId, ownerId: owner.id, createdBy: p.coach.id, text, dueOn, ...extra })
        .returning();
      if (!row) throw new Error("the commitment was not inserted");
      return row;
    };
    // The link's week runs from Monday 30 November to Sunday 6 December.
    const overdue = await commitment(p.engagementId, p.client, "Book the offsite", "2026-11-20");
    const dueSunday = await commitment(
      p.engagementId,
      p.client,
      "Delegate the report",
      "2026-12-06",
    );
    await commitment(p.engagementId, p.client, "Next week's", "2026-12-07");
    await commitment(p.engagementId, p.client, "Marked already", "2026-12-01", {
      status: "partly_done",
      markedAt: new Date(),
      markedBy: p.client.id,
    });
    const coachs = await commitment(p.engagementId, p.coach, "Send the article", "2026-12-01");
    const theirs = await commitment(other.engagementId, other.client, "Elsewhere", "2026-12-01");
    const token = await linkFor(p.engagementId);
    const anonymous = newAgent(t.current);

    const form = await anonymous.get(`/api/check-in/${token}`);
    expect(form.body.commitments).toEqual([
      { id: overdue.id, text: "Book the offsite", dueOn: "2026-11-20" },
      { id: dueSunday.id, text: "Delegate the report", dueOn: "2026-12-06" },
    ]);

    const coachOwned = await anonymous.post(`/api/check-in/${token}`, {
      ...answers(p),
      commitmentsDone: [overdue.id, coachs.id],
    });
    expect([coachOwned.status, pathsOf(coachOwned.body)]).toEqual([400, ["commitmentsDone.1"]]);
    const crossed = await anonymous.post(`/api/check-in/${token}`, {
      ...answers(p),
      commitmentsDone: [theirs.id],
    });
    expect([crossed.status, pathsOf(crossed.body)]).toEqual([400, ["commitmentsDone.0"]]);
    const garbled = await anonymous.post(`/api/check-in/${token}`, {
      ...answers(p),
      commitmentsDone: ["not-an-id"],
    });
    expect([garbled.status, pathsOf(garbled.body)]).toEqual([400, ["commitmentsDone.0"]]);
    expect(await countCheckIns(p.engagementId)).toBe(0);
    expect(
      await db().select().from(goalMeasurement).where(eq(goalMeasurement.goalId, p.goalId)),
    ).toHaveLength(0);
    const statusOf = async (id: string) =>
      (await db().select().from(sessionCommitment).where(eq(sessionCommitment.id, id)))[0];
    expect((await statusOf(overdue.id))?.status).toBe("open");

    const sent = await anonymous.post(`/api/check-in/${token}`, {
      ...answers(p),
      commitmentsDone: [overdue.id],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.commitmentsDone).toBe(1);
    expect(await statusOf(overdue.id)).toMatchObject({ status: "done", markedBy: p.client.id });
    expect((await statusOf(dueSunday.id))?.status).toBe("open");
    expect((await statusOf(coachs.id))?.status).toBe("open");
    const history = await p.coach.agent.get(`/api/engagements/${p.engagementId}/check-ins`);
    expect(history.body.items[0].commitmentsDone).toBe(1);

    // The app's form lists the client's open commitments of the current week too.
    const today = new Date().toISOString().slice(0, 10);
    const dueToday = await commitment(other.engagementId, other.client, "Today's", today);
    const appForm = await other.client.agent.get(
      `/api/engagements/${other.engagementId}/check-in-form`,
    );
    expect(appForm.status, JSON.stringify(appForm.body)).toBe(200);
    expect(appForm.body.commitments.map((c: { id: string }) => c.id)).toContain(dueToday.id);
    const fromApp = await other.client.agent.post(
      `/api/engagements/${other.engagementId}/check-ins`,
      { ...answers(other), commitmentsDone: [dueToday.id] },
    );
    expect([fromApp.status, fromApp.body.commitmentsDone]).toEqual([201, 1]);
    expect((await statusOf(dueToday.id))?.status).toBe("done");
  });

  it("keeps a thread of replies under a check-in, the coach's and the client's", async () => {
    const p = await practice("replies");
    const other = await practice("replies-other");
    const sent = await p.client.agent.post(
      `/api/engagements/${p.engagementId}/check-ins`,
      answers(p),
    );
    const url = `/api/check-ins/${sent.body.id}/replies`;
    const reply = await p.coach.agent.post(url, {
      text: "  Handing over the budget review is big. What made it possible?  ",
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({
      author: { id: p.coach.id },
      text: "Handing over the budget review is big. What made it possible?",
    });
    expect((await p.client.agent.post(url, { text: "Sam asked for it." })).status).toBe(201);
    const empty = await p.coach.agent.post(url, { text: "   " });
    expect([empty.status, pathsOf(empty.body)]).toEqual([400, ["text"]]);
    expect((await other.coach.agent.post(url, { text: "Hello" })).status).toBe(404);

    const history = await p.client.agent.get(`/api/engagements/${p.engagementId}/check-ins`);
    expect(
      history.body.items[0].replies.map((r: { author: { id: string } }) => r.author.id),
    ).toEqual([p.coach.id, p.client.id]);
  });

  describe("the weekly mail", () => {
    // Wednesdays at 08:00 in New York; 2026-12-02 is a Wednesday (EST, UTC-5).
    const DUE = new Date("2026-12-02T13:00:00Z");

    async function scheduled(label: string, since = new Date("2026-11-26T00:00:00Z")) {
      const p = await practice(label);
      await db().insert(checkInSchedule).values({
        engagementId: p.engagementId,
        weekday: 3,
        hour: 8,
        timeZone: "America/New_York",
        enabled: true,
        updatedBy: p.client.id,
        updatedAt: since,
      });
      return p;
    }
    const mailsTo = (person: Member) => db().select().from(mail).where(eq(mail.to, person.email));
    const checkInMails = async (person: Member) =>
      (await mailsTo(person)).filter((m) => m.subject.startsWith("Your weekly check-in"));
    const outcomes = async (engagementId: string) =>
      (
        await db()
          .select()
          .from(checkInMailing)
          .where(eq(checkInMailing.engagementId, engagementId))
      )
        .map((row) => `${row.week}:${row.outcome}`)
        .sort();
    const run = (now: Date) => sendDueCheckIns(t.current.ctx, now);

    it("mails the link at the client's hour, once even when runs overlap, and the link opens the form", async () => {
      const p = await scheduled("weekly-mail");
      await run(new Date(DUE.getTime() - 15 * 60_000));
      expect(await checkInMails(p.client)).toHaveLength(0);
      await Promise.all([run(DUE), run(DUE), run(DUE)]);
      await run(new Date(DUE.getTime() + DAY));
      const [only, ...more] = await checkInMails(p.client);
      expect(more).toHaveLength(0);
      expect(only?.text).toContain("http://keel.test/check-in/");
      expect(await checkInMails(p.coach)).toHaveLength(0);
      expect(await outcomes(p.engagementId)).toEqual(["2026-11-30:mailed"]);

      const token = /\/check-in\/([\w-]+)/.exec(only?.text ?? "")?.[1];
      const form = await newAgent(t.current).get(`/api/check-in/${token}`);
      expect([form.status, form.body.week]).toEqual([200, "2026-11-30"]);
    });

    it("catches up later in the same week, and skips and records a week missed", async () => {
      const p = await scheduled("catch-up");
      // Down from Wednesday until Sunday evening: still this week, still mailed.
      await run(new Date("2026-12-06T22:00:00Z"));
      expect(await checkInMails(p.client)).toHaveLength(1);

      const q = await scheduled("missed");
      // Down for the whole week: Monday of the next week, before its hour, nothing is sent.
      await run(new Date("2026-12-07T14:00:00Z"));
      expect(await checkInMails(q.client)).toHaveLength(0);
      expect(await outcomes(q.engagementId)).toEqual(["2026-11-30:skipped"]);
      await run(new Date("2026-12-09T13:00:00Z"));
      expect(await outcomes(q.engagementId)).toEqual(["2026-11-30:skipped", "2026-12-07:mailed"]);
      expect(await checkInMails(q.client)).toHaveLength(1);
    });

    it("sends nothing to a client who checked in already, turned the mail off, or is not in active stages", async () => {
      const checkedIn = await scheduled("already-in");
      await db().insert(checkIn).values({
        engagementId: checkedIn.engagementId,
        week: "2026-11-30",
        submittedBy: checkedIn.client.id,
        channel: "app",
        energy: 3,
      });
      const quiet = await scheduled("quiet");
      const off = await quiet.client.agent.put("/api/me/mail-preferences", {
        topics: [{ id: "check_ins", enabled: false }],
      });
      expect(off.status, JSON.stringify(off.body)).toBeLessThan(300);
      const planning = await scheduled("planning");
      await db()
        .update(engagement)
        .set({ stage: "planning" })
        .where(eq(engagement.id, planning.engagementId));

      await run(DUE);
      for (const p of [checkedIn, quiet, planning])
        expect(await checkInMails(p.client)).toHaveLength(0);
      expect(await outcomes(checkedIn.engagementId)).toEqual(["2026-11-30:skipped"]);
      expect(await outcomes(quiet.engagementId)).toEqual(["2026-11-30:skipped"]);
      expect(await outcomes(planning.engagementId)).toEqual([]);
      const links = await db()
        .select()
        .from(checkInLink)
        .where(and(eq(checkInLink.engagementId, quiet.engagementId)));
      expect(links).toHaveLength(0);
    });
  });
});
