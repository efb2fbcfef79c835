import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  engagement,
  mail,
  pulseFeedforward,
  pulseInvitee,
  pulseResponse,
  pulseRound,
  pulseSettings,
} from "../../src/server/db/schema";
import { runPulseRounds } from "../../src/server/pulses/rounds";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Stakeholder pulses over a real database: stakeholders and their approval, the job that opens
// a round when due (once, however many processes run it) and mails the links, answers sealed
// until closing, the trend shown only from rounds and behaviours of k or more, and the refusals.
// The job is driven at chosen instants around the real clock: links and closing read it.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const QUESTIONS = [
  { id: "listen", text: "Listens before deciding" },
  { id: "delegate", text: "Delegates whole tasks" },
  { id: "feedback", text: "Gives feedback in the moment" },
];
const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

describe.each(databaseKinds())("stakeholder pulses on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;
  const run = (now = new Date()) => runPulseRounds(t.current.ctx, now);

  async function practice(label: string, stakeholders = 3) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, engagementId));
    const url = `/api/engagements/${engagementId}`;
    const worded = await client.agent.put(`${url}/pulse-questions`, { questions: QUESTIONS });
    expect(worded.status, JSON.stringify(worded.body)).toBe(200);
    const emails: string[] = [];
    for (let i = 0; i < stakeholders; i++) {
      const email = `${label}-peer${i}@example.com`;
      const added = await client.agent.post(`${url}/pulse-stakeholders`, {
        name: `Peer ${i}`,
        email,
        relationship: "peer",
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const id = added.body.stakeholders.at(-1).id;
      const approved = await coach.agent.post(`/api/pulse-stakeholders/${id}/approve`);
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      emails.push(email);
    }
    const on = await coach.agent.put(`${url}/pulse-settings`, { enabled: true, everyWeeks: 4 });
    expect(on.status, JSON.stringify(on.body)).toBe(200);
    return { coach, client, engagementId, url, emails };
  }

  /** Moves the engagement's anchor back, as if pulses were turned on `ago` ms before now. */
  const anchoredAgo = (engagementId: string, ago: number) =>
    db()
      .update(pulseSettings)
      .set({ anchor: new Date(Date.now() - ago) })
      .where(eq(pulseSettings.engagementId, engagementId));
  const pulseMails = (to: string) =>
    db()
      .select()
      .from(mail)
      .where(and(eq(mail.to, to), like(mail.subject, "%asks for your view%")));
  const tokenIn = (text: string) => /\/pulse\/([\w-]+)/.exec(text)?.[1] ?? "";
  const roundsOf = (engagementId: string) =>
    db().select().from(pulseRound).where(eq(pulseRound.engagementId, engagementId));
  /** Ends the open round's week now: the next read or run closes it. */
  const endRound = (engagementId: string) =>
    db()
      .update(pulseRound)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(and(eq(pulseRound.engagementId, engagementId), eq(pulseRound.status, "open")));

  async function answer(token: string, ratings: Record<string, number | null>, feedforward = "") {
    const agent = newAgent(t.current);
    const saved = await agent.put(`/api/pulse/${token}/answers`, { ratings, feedforward });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const sent = await agent.post(`/api/pulse/${token}/submit`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  }

  it("refuses a stakeholder with a party's mailbox or one listed already, under any spelling", async () => {
    const p = await practice("puppets", 0);
    const add = (who: Member, email: string) =>
      who.agent.post(`${p.url}/pulse-stakeholders`, { name: "Someone", email });
    const coachAlias = p.coach.email.replace("@", "+pulse@").toUpperCase();
    const refused = await add(p.client, coachAlias);
    expect([refused.status, pathsOf(refused.body)]).toEqual([400, ["email"]]);
    expect((await add(p.coach, p.client.email)).status).toBe(400);
    expect((await add(p.client, "ann.lee@gmail.com")).status).toBe(201);
    const again = await add(p.client, "AnnLee+work@googlemail.com");
    expect([again.status, pathsOf(again.body)]).toEqual([400, ["email"]]);
  });

  it("gives a stakeholder no round until the other party approves, and shows who added whom", async () => {
    const p = await practice("approval", 2);
    const byCoach = await p.coach.agent.post(`${p.url}/pulse-stakeholders`, {
      name: "Coach's pick",
      email: "approval-pick@example.com",
    });
    expect(byCoach.status).toBe(201);
    const pick = byCoach.body.stakeholders.at(-1);
    expect(pick).toMatchObject({
      state: "waiting",
      addedBy: { id: p.coach.id },
      approver: "client",
    });
    expect(byCoach.body.whyNoRound).toContain("at least 3 approved");
    const own = await p.coach.agent.post(`/api/pulse-stakeholders/${pick.id}/approve`);
    expect(own.status).toBe(403);
    const sent = await p.coach.agent.post(`${p.url}/pulse-rounds`);
    expect([sent.status, sent.body.error.code]).toEqual([409, "too_few_stakeholders"]);
    await anchoredAgo(p.engagementId, 4 * WEEK + HOUR);
    await run();
    const [skipped] = await roundsOf(p.engagementId);
    expect(skipped).toMatchObject({ status: "skipped" });
    expect(skipped?.skippedBecause).toContain("at least 3 approved");
    expect(await pulseMails(p.emails[0] ?? "")).toHaveLength(0);

    const approved = await p.client.agent.post(`/api/pulse-stakeholders/${pick.id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.stakeholders.at(-1)).toMatchObject({
      state: "approved",
      approvedBy: { id: p.client.id },
    });
    expect(approved.body.whyNoRound).toBeNull();
    const removed = await p.client.agent.delete(`/api/pulse-stakeholders/${pick.id}`);
    expect(removed.body.stakeholders.at(-1).state).toBe("removed");
    expect(removed.body.whyNoRound).not.toBeNull();
  });

  it("asks the other party to approve once while stakeholders wait, and tells both when a round closes", async () => {
    const p = await practice("told", 0);
    const mailsTo = (to: string, subject: string) =>
      db()
        .select()
        .from(mail)
        .where(and(eq(mail.to, to), like(mail.subject, `%${subject}%`)));
    for (const i of [1, 2])
      expect(
        (
          await p.client.agent.post(`${p.url}/pulse-stakeholders`, {
            name: `Colleague ${i}`,
            email: `told-colleague${i}@example.com`,
          })
        ).status,
      ).toBe(201);
    const asked = await mailsTo(p.coach.email, "added a stakeholder for you to approve");
    expect(asked).toHaveLength(1);
    expect(asked[0]?.text).toContain("Colleague 1");
    expect(asked[0]?.text).toContain(`/engagements/${p.engagementId}`);
    expect(await mailsTo(p.client.email, "for you to approve")).toHaveLength(0);

    const closed = await practice("told-close");
    const off = await closed.coach.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "pulse_updates", enabled: false }],
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect((await closed.coach.agent.post(`${closed.url}/pulse-rounds`)).status).toBe(201);
    await endRound(closed.engagementId);
    await run();
    const told = await mailsTo(closed.client.email, "A pulse closed with too few answers");
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain("fewer than 3 answers");
    expect(await mailsTo(closed.coach.email, "A pulse closed")).toHaveLength(0);
  });

  it("opens a due round once however many runs overlap, seals answers, and shows the trend at k", async () => {
    const p = await practice("full-round");
    await anchoredAgo(p.engagementId, 4 * WEEK + HOUR);
    await Promise.all([run(), run(), run()]);
    await run();
    const rounds = await roundsOf(p.engagementId);
    expect(rounds.map((r) => r.status)).toEqual(["open"]);
    const tokens: string[] = [];
    for (const email of p.emails) {
      const mails = await pulseMails(email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.practiceId).toBeNull();
      tokens.push(tokenIn(mails[0]?.text ?? ""));
    }
    const survey = await newAgent(t.current).get(`/api/pulse/${tokens[0]}`);
    expect(survey.status).toBe(200);
    expect(survey.body).toMatchObject({ state: "open", questions: QUESTIONS });
    expect(survey.headers["cache-control"]).toBe("no-store");

    await answer(tokens[0] ?? "", { listen: 4, delegate: 2, feedback: null }, "Ask the team first");
    await answer(tokens[1] ?? "", { listen: 5, delegate: 3, feedback: 4 }, "Keep the weekly 1:1s");
    await answer(tokens[2] ?? "", { listen: 3, delegate: 4, feedback: 5 });
    const sealed = await db().select().from(pulseInvitee);
    const mine = sealed.filter((row) => row.roundId === rounds[0]?.id);
    expect(mine.every((row) => row.completed && row.sealedAnswers !== null)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain("Ask the team");
    expect(new Set(mine.map((row) => row.sealedAnswers?.length)).size).toBe(1);
    const again = await newAgent(t.current).post(`/api/pulse/${tokens[0]}/submit`);
    expect([again.status, again.body.error.code]).toEqual([409, "pulse_submitted"]);

    const before = await p.client.agent.get(`${p.url}/pulses`);
    expect(before.body.trend.rounds).toEqual([]);
    expect(before.body.rounds[0]).toMatchObject({ status: "open", responses: null, invited: 3 });

    await endRound(p.engagementId);
    const trend = await p.client.agent.get(`${p.url}/pulses`);
    expect(trend.status).toBe(200);
    const [round] = trend.body.trend.rounds;
    expect(round).toMatchObject({ shown: true, responses: 3 });
    expect(round.feedforward).toEqual(["Ask the team first", "Keep the weekly 1:1s"]);
    const means = Object.fromEntries(
      trend.body.trend.behaviours.map((b: { id: string; points: { mean: number }[] }) => [
        b.id,
        b.points[0]?.mean,
      ]),
    );
    // "feedback" was rated by two: under k, no mean.
    expect(means).toEqual({ listen: 4, delegate: 3, feedback: null });
    expect(trend.body.rounds[0]).toMatchObject({ status: "closed", responses: 3 });

    const roundId = rounds[0]?.id ?? "";
    const cleared = await db().select().from(pulseInvitee).where(eq(pulseInvitee.roundId, roundId));
    expect(cleared.every((row) => row.sealedAnswers === null)).toBe(true);
    const stored = await db()
      .select()
      .from(pulseResponse)
      .where(eq(pulseResponse.roundId, roundId));
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((row) => row.submittedOn)).size).toBe(1);
    const kept = await db()
      .select()
      .from(pulseFeedforward)
      .where(eq(pulseFeedforward.roundId, roundId));
    expect(kept).toHaveLength(2);

    const late = await newAgent(t.current).put(`/api/pulse/${tokens[1]}/answers`, {
      ratings: { listen: 1 },
    });
    expect([late.status, late.body.error.code]).toEqual([410, "pulse_closed"]);
    const closedView = await newAgent(t.current).get(`/api/pulse/${tokens[1]}`);
    expect(closedView.body).toMatchObject({ state: "closed", questions: null, answers: null });
    const forged = await newAgent(t.current).get(`/api/pulse/${"x".repeat(43)}`);
    expect(forged.status).toBe(404);
    const locked = await p.coach.agent.put(`${p.url}/pulse-questions`, { questions: QUESTIONS });
    expect([locked.status, locked.body.error.code]).toEqual([409, "pulse_questions_locked"]);
  });

  it("shows nothing of a round fewer than k answered: no count, no mean, no feedforward", async () => {
    const p = await practice("too-few");
    const sent = await p.coach.agent.post(`${p.url}/pulse-rounds`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const again = await p.coach.agent.post(`${p.url}/pulse-rounds`);
    expect([again.status, again.body.error.code]).toEqual([409, "pulse_round_open"]);
    const tokens = await Promise.all(
      p.emails.map(async (email) => tokenIn((await pulseMails(email))[0]?.text ?? "")),
    );
    await answer(tokens[0] ?? "", { listen: 1, delegate: 1, feedback: 1 }, "Slow down");
    await answer(tokens[1] ?? "", { listen: 2, delegate: 2, feedback: 2 });
    // The third only saved a draft: dropped at closing.
    await newAgent(t.current).put(`/api/pulse/${tokens[2]}/answers`, { ratings: { listen: 5 } });
    await endRound(p.engagementId);
    expect((await run()).closed).toBeGreaterThanOrEqual(1);
    const view = await p.coach.agent.get(`${p.url}/pulses`);
    expect(view.body.trend.rounds[0]).toMatchObject({
      shown: false,
      responses: null,
      feedforward: [],
    });
    expect(
      view.body.trend.behaviours.every(
        (b: { points: { mean: unknown }[] }) => b.points[0]?.mean === null,
      ),
    ).toBe(true);
    expect(view.body.rounds[0]).toMatchObject({ status: "closed", responses: null });
  });

  it("reminds those who have not sent, once, two days before the round closes", async () => {
    const p = await practice("reminder");
    await p.coach.agent.post(`${p.url}/pulse-rounds`);
    const tokens = await Promise.all(
      p.emails.map(async (email) => tokenIn((await pulseMails(email))[0]?.text ?? "")),
    );
    await answer(tokens[0] ?? "", { listen: 3, delegate: 3, feedback: 3 });
    const reminders = (to: string) =>
      db()
        .select()
        .from(mail)
        .where(and(eq(mail.to, to), like(mail.subject, "A reminder:%")));
    expect((await run(new Date(Date.now() + 4 * DAY))).reminded).toBe(0);
    await Promise.all([
      run(new Date(Date.now() + 5 * DAY + HOUR)),
      run(new Date(Date.now() + 5 * DAY + HOUR)),
    ]);
    await run(new Date(Date.now() + 6 * DAY));
    expect(await reminders(p.emails[0] ?? "")).toHaveLength(0);
    for (const [i, email] of p.emails.slice(1).entries()) {
      const sent = await reminders(email);
      expect(sent).toHaveLength(1);
      // The same link again: derived from the stakeholder's place in the round.
      expect(tokenIn(sent[0]?.text ?? "")).toBe(tokens[i + 1]);
    }
  });

  it("skips and records a round missed while Keel was down, and sends no burst", async () => {
    const p = await practice("missed");
    // Turned on 8 weeks and 3 days ago with a round every 4 weeks: both moments passed unsent,
    // the latest more than two days ago.
    await anchoredAgo(p.engagementId, 8 * WEEK + 3 * DAY);
    await run();
    await run();
    const rounds = await roundsOf(p.engagementId);
    expect(rounds.map((r) => r.status)).toEqual(["skipped", "skipped"]);
    expect(rounds.every((r) => r.skippedBecause?.includes("not running"))).toBe(true);
    for (const email of p.emails) expect(await pulseMails(email)).toHaveLength(0);
    // The next moment, four weeks on, goes out as usual.
    const next = await run(new Date(Date.now() + 4 * WEEK - 3 * DAY + HOUR));
    expect(next.opened).toBe(1);
  });

  it("sends no round in a stage without check-ins, and says the next is not scheduled", async () => {
    const p = await practice("planning");
    await db()
      .update(engagement)
      .set({ stage: "planning" })
      .where(eq(engagement.id, p.engagementId));
    await anchoredAgo(p.engagementId, 4 * WEEK + HOUR);
    await run();
    expect(await roundsOf(p.engagementId)).toEqual([]);
    const view = await p.coach.agent.get(`${p.url}/pulses`);
    expect(view.body.settings).toMatchObject({
      enabled: true,
      roundsGoOut: false,
      nextRoundAt: null,
    });
  });

  it("refuses answers off the scale, to other questions or too long, saving nothing", async () => {
    const p = await practice("hostile");
    await p.coach.agent.post(`${p.url}/pulse-rounds`);
    const token = tokenIn((await pulseMails(p.emails[0] ?? ""))[0]?.text ?? "");
    const agent = newAgent(t.current);
    const off = await agent.put(`/api/pulse/${token}/answers`, { ratings: { listen: 7 } });
    expect(off.status).toBe(400);
    const other = await agent.put(`/api/pulse/${token}/answers`, { ratings: { nope: 3 } });
    expect([other.status, pathsOf(other.body)]).toEqual([400, ["ratings.nope"]]);
    const long = await agent.put(`/api/pulse/${token}/answers`, { feedforward: "x".repeat(501) });
    expect(long.status).toBe(400);
    const nul = await agent.put(`/api/pulse/${token}/answers`, { feedforward: "a\u0000b" });
    expect(nul.status).toBe(400);
    const hostileName = await p.client.agent.post(`${p.url}/pulse-stakeholders`, {
      name: "Eve\u0000",
      email: "hostile-eve@example.com",
    });
    expect(hostileName.status).toBe(400);
    const early = await agent.post(`/api/pulse/${token}/submit`);
    expect(early.status).toBe(400);
    const view = await agent.get(`/api/pulse/${token}`);
    expect(view.body.answers).toEqual({ ratings: {}, feedforward: "" });
  });
});
