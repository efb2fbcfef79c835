import { randomUUID } from "node:crypto";
import { and, asc, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formatIfThen } from "../../src/domain/goals/if-then";
import {
  engagement,
  engagementStageChange,
  mail,
  mailPreference,
  sustainCheckIn,
  sustainNudge,
} from "../../src/server/db/schema";
import { runSustainMail } from "../../src/server/sustain/check-in-mail";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sustain plan: written by the client and coach in review or sustaining, frozen by closing;
// self check-ins mailed 30, 60 and 90 days after the end (then quarterly if the client wishes),
// driven here by the job at chosen instants over months; slips nudged once with the client's own
// if-then plans, the coach told only if the client allowed it; links forged, spent or expired
// refused with nothing saved. Each test has a practice of its own.

const ENDED = "2027-03-31";
const at = (iso: string) => new Date(iso);
const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

const questions = {
  id: randomUUID(),
  kind: "habit" as const,
  title: "Ask before I answer",
  cue: "When someone brings me a problem",
  check: "Three asked questions a week, counted on Friday",
  ifThen: [{ situation: "I am short of time", action: "ask one question anyway" }],
};
const handover = {
  id: randomUUID(),
  kind: "skill" as const,
  title: "Hand over whole tasks",
  cue: "At Monday's planning",
  check: "One task handed over each week",
  ifThen: [
    {
      situation: "a task feels too risky to hand over",
      action: "hand it over with a check-in date",
    },
  ],
};

describe.each(databaseKinds())("the sustain plan on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;
  const run = (now: Date) => runSustainMail(t.current.ctx, now);

  /** One run of the job, and what it did for this engagement: the job runs over every one. */
  async function runFor(engagementId: string, now: Date) {
    const count = async () => {
      const rows = await db()
        .select({ outcome: sustainCheckIn.outcome })
        .from(sustainCheckIn)
        .where(eq(sustainCheckIn.engagementId, engagementId));
      const nudges = await db()
        .select({ due: sustainNudge.due })
        .from(sustainNudge)
        .where(eq(sustainNudge.engagementId, engagementId));
      return {
        mailed: rows.filter((r) => r.outcome === "mailed").length,
        skipped: rows.filter((r) => r.outcome === "skipped").length,
        nudged: nudges.length,
      };
    };
    const before = await count();
    await run(now);
    const after = await count();
    return {
      mailed: after.mailed - before.mailed,
      skipped: after.skipped - before.skipped,
      nudged: after.nudged - before.nudged,
    };
  }

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    await db().update(engagement).set({ stage: "review" }).where(eq(engagement.id, engagementId));
    return { coach, client, engagementId, url: `/api/engagements/${engagementId}/sustain-plan` };
  }

  /** A plan written in review, then the engagement moved to sustaining on ENDED. */
  async function sustaining(label: string, choices = { quarterly: false, tellCoach: false }) {
    const p = await practice(label);
    const saved = await p.client.agent.put(p.url, { items: [questions, handover] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await p.client.agent.put(`${p.url}/choices`, choices)).status).toBe(200);
    await db()
      .update(engagement)
      .set({ stage: "sustaining" })
      .where(eq(engagement.id, p.engagementId));
    await db()
      .insert(engagementStageChange)
      .values({
        engagementId: p.engagementId,
        fromStage: "review",
        toStage: "sustaining",
        changedBy: p.coach.id,
        changedAt: at(`${ENDED}T15:00:00Z`),
      });
    return p;
  }

  const rowsOf = async (engagementId: string) =>
    (
      await db()
        .select()
        .from(sustainCheckIn)
        .where(eq(sustainCheckIn.engagementId, engagementId))
        .orderBy(asc(sustainCheckIn.due))
    ).map((row) => `${row.due}:${row.outcome}${row.answeredAt ? ":answered" : ""}`);

  const mailsTo = (person: Member, subject = "%") =>
    db()
      .select()
      .from(mail)
      .where(and(eq(mail.to, person.email), like(mail.subject, subject)))
      .orderBy(asc(mail.createdAt));

  const tokenOf = (text: string) => {
    const token = /\/sustain-check-in\/([\w-]+)/.exec(text)?.[1];
    if (!token) throw new Error("no self check-in link in the mail");
    return token;
  };

  async function lastLinkTo(client: Member) {
    const mails = await mailsTo(client, "Your self check-in%");
    const last = mails[mails.length - 1];
    if (!last) throw new Error("no self check-in mail");
    return tokenOf(last.text);
  }

  it("is written by client and coach in review, checked like an action plan, and never by the sponsor's side", async () => {
    const p = await practice("plan-writing");
    const empty = await p.coach.agent.get(p.url);
    expect(empty.body).toMatchObject({ items: [], editable: true, endedOn: null, checkIns: [] });

    const bad = await p.coach.agent.put(p.url, {
      items: [{ ...questions, cue: "x", ifThen: [{ situation: "busy", action: "" }] }],
    });
    expect(bad.status).toBe(400);
    expect(pathsOf(bad.body).sort()).toEqual([
      "items.0.cue",
      "items.0.ifThen.0.action",
      "items.0.ifThen.0.situation",
    ]);
    const noPlan = await p.coach.agent.put(p.url, { items: [{ ...questions, ifThen: [] }] });
    expect(pathsOf(noPlan.body)).toEqual(["items.0.ifThen"]);
    expect((await p.coach.agent.get(p.url)).body.items).toEqual([]);

    const written = await p.coach.agent.put(p.url, { items: [questions] });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    const edited = await p.client.agent.put(p.url, { items: [questions, handover] });
    expect(edited.body.items.map((i: { title: string }) => i.title)).toEqual([
      questions.title,
      handover.title,
    ]);
    expect(edited.body).toMatchObject({ editable: true, choicesEditable: true });
    expect((await p.coach.agent.get(p.url)).body.choicesEditable).toBe(false);
    expect(
      (await p.coach.agent.put(`${p.url}/choices`, { quarterly: true, tellCoach: true })).status,
    ).toBe(403);
  });

  it("is not written before review, and closing freezes the items but keeps them readable", async () => {
    const p = await practice("plan-closing");
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, p.engagementId));
    const early = await p.client.agent.put(p.url, { items: [questions] });
    expect([early.status, early.body.error.code]).toEqual([409, "sustain_not_yet"]);

    await db().update(engagement).set({ stage: "review" }).where(eq(engagement.id, p.engagementId));
    expect((await p.client.agent.put(p.url, { items: [questions] })).status).toBe(200);
    await db().update(engagement).set({ stage: "closed" }).where(eq(engagement.id, p.engagementId));
    for (const person of [p.client, p.coach]) {
      const frozen = await person.agent.put(p.url, { items: [questions, handover] });
      expect([frozen.status, frozen.body.error.code]).toEqual([409, "engagement_closed"]);
      const read = await person.agent.get(p.url);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ editable: false, items: [questions] });
    }
    // The client's choice of mail after the end stays theirs.
    const chosen = await p.client.agent.put(`${p.url}/choices`, {
      quarterly: true,
      tellCoach: false,
    });
    expect([chosen.status, chosen.body.quarterly]).toEqual([200, true]);
  });

  it("mails the check-ins 30, 60 and 90 days after the end, once under concurrent runs, catching up a few days late and skipping older ones", async () => {
    const p = await sustaining("schedule");
    expect((await p.client.agent.get(p.url)).body.endedOn).toBe(ENDED);

    expect(await runFor(p.engagementId, at("2027-04-29T12:00:00Z"))).toMatchObject({
      mailed: 0,
      skipped: 0,
    });
    // On its day, from 09:00 in the client's zone (UTC here).
    expect(await runFor(p.engagementId, at("2027-04-30T08:30:00Z"))).toMatchObject({ mailed: 0 });
    // Two runs at once: one row, one mail.
    await Promise.all([run(at("2027-04-30T09:15:00Z")), run(at("2027-04-30T09:15:00Z"))]);
    expect(await runFor(p.engagementId, at("2027-04-30T10:15:00Z"))).toMatchObject({ mailed: 0 });
    expect(await rowsOf(p.engagementId)).toEqual(["2027-04-30:mailed"]);
    const mails = await mailsTo(p.client, "Your self check-in%");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(questions.title);

    // The 60 days' fell on 2027-05-30 while Keel was down: two days late it still goes.
    expect(await runFor(p.engagementId, at("2027-06-01T10:00:00Z"))).toMatchObject({
      mailed: 1,
      skipped: 0,
    });
    // The 90 days' (2027-06-29) is eleven days past: recorded as skipped, never sent.
    expect(await runFor(p.engagementId, at("2027-07-10T10:00:00Z"))).toMatchObject({
      mailed: 0,
      skipped: 1,
    });
    expect(await rowsOf(p.engagementId)).toEqual([
      "2027-04-30:mailed",
      "2027-05-30:mailed",
      "2027-06-29:skipped",
    ]);
    expect(await mailsTo(p.client, "Your self check-in%")).toHaveLength(2);

    // No quarterly check-ins unless the client wishes them; once wished, every 91 days.
    expect(await runFor(p.engagementId, at("2027-09-28T10:00:00Z"))).toMatchObject({ mailed: 0 });
    const wished = await p.client.agent.put(`${p.url}/choices`, {
      quarterly: true,
      tellCoach: false,
    });
    expect(wished.body.nextCheckIn).not.toBeNull();
    // ...and they go on after the engagement is closed (decision 023).
    await db().update(engagement).set({ stage: "closed" }).where(eq(engagement.id, p.engagementId));
    expect(await runFor(p.engagementId, at("2027-09-28T10:00:00Z"))).toMatchObject({ mailed: 1 });
    expect(await runFor(p.engagementId, at("2027-12-28T10:00:00Z"))).toMatchObject({ mailed: 1 });
    expect((await rowsOf(p.engagementId)).slice(3)).toEqual([
      "2027-09-28:mailed",
      "2027-12-28:mailed",
    ]);
  });

  it("opens the form through the link and saves the ratings once; forged, spent or expired links save nothing", async () => {
    const p = await sustaining("links");
    await run(at("2027-04-30T10:00:00Z"));
    const token = await lastLinkTo(p.client);
    const anonymous = newAgent(t.current);

    const form = await anonymous.get(`/api/sustain-check-in/${token}`);
    expect(form.status, JSON.stringify(form.body)).toBe(200);
    expect(form.headers["cache-control"]).toBe("no-store");
    expect(form.body).toMatchObject({ due: "2027-04-30", items: [questions, handover] });

    const answer = {
      ratings: [
        { itemId: questions.id, rating: 4 },
        { itemId: handover.id, rating: 2 },
      ],
      howItWent: "Asked more than I told, most days.",
    };
    const missing = await anonymous.post(`/api/sustain-check-in/${token}`, {
      ratings: [{ itemId: questions.id, rating: 4 }],
    });
    expect([missing.status, pathsOf(missing.body)]).toEqual([400, ["ratings"]]);
    const foreign = await anonymous.post(`/api/sustain-check-in/${token}`, {
      ratings: [...answer.ratings, { itemId: randomUUID(), rating: 3 }],
    });
    expect([foreign.status, pathsOf(foreign.body)]).toEqual([400, ["ratings.2.itemId"]]);
    const outOfScale = await anonymous.post(`/api/sustain-check-in/${token}`, {
      ratings: [{ itemId: questions.id, rating: 6 }],
    });
    expect(outOfScale.status).toBe(400);
    const forged = await anonymous.post(`/api/sustain-check-in/${token.slice(0, -2)}xx`, answer);
    expect(forged.status).toBe(404);
    expect(await rowsOf(p.engagementId)).toEqual(["2027-04-30:mailed"]);

    const sent = await anonymous.post(`/api/sustain-check-in/${token}`, answer);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.due).toBe("2027-04-30");
    const again = await anonymous.post(`/api/sustain-check-in/${token}`, {
      ...answer,
      ratings: answer.ratings.map((r) => ({ ...r, rating: 5 })),
    });
    expect([again.status, again.body.error.code]).toEqual([410, "sustain_link_used"]);
    expect((await anonymous.get(`/api/sustain-check-in/${token}`)).status).toBe(410);

    const plan = (await p.coach.agent.get(p.url)).body;
    expect(plan.checkIns[0]).toMatchObject({
      due: "2027-04-30",
      status: "answered",
      howItWent: answer.howItWent,
    });
    expect(plan.checkIns[0].ratings).toEqual(
      expect.arrayContaining([{ itemId: handover.id, rating: 2 }]),
    );

    await run(at("2027-05-30T10:00:00Z"));
    const late = await lastLinkTo(p.client);
    await db()
      .update(sustainCheckIn)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sustainCheckIn.due, "2027-05-30"));
    const expired = await anonymous.post(`/api/sustain-check-in/${late}`, answer);
    expect([expired.status, expired.body.error.code]).toEqual([410, "sustain_link_expired"]);
    expect(await rowsOf(p.engagementId)).toEqual([
      "2027-04-30:mailed:answered",
      "2027-05-30:mailed",
    ]);
  });

  it("nudges a slip once, quoting the client's own if-then plans, and tells the coach only if allowed", async () => {
    for (const tellCoach of [false, true]) {
      const p = await sustaining(`slip-${tellCoach}`, { quarterly: false, tellCoach });
      await run(at("2027-04-30T10:00:00Z"));
      const token = await lastLinkTo(p.client);
      const sent = await newAgent(t.current).post(`/api/sustain-check-in/${token}`, {
        ratings: [
          { itemId: questions.id, rating: 2 },
          { itemId: handover.id, rating: 4 },
        ],
      });
      expect(sent.status).toBe(201);
      await run(at("2027-05-30T10:00:00Z"));
      // Not a slip while the second check-in's link is still open.
      expect(await runFor(p.engagementId, at("2027-06-10T10:00:00Z"))).toMatchObject({ nudged: 0 });
      // Its link expired unanswered: low, then missed, for "questions" only.
      expect(await runFor(p.engagementId, at("2027-06-14T11:00:00Z"))).toMatchObject({ nudged: 1 });
      expect(await runFor(p.engagementId, at("2027-06-14T12:00:00Z"))).toMatchObject({ nudged: 0 });

      const nudges = await mailsTo(p.client, "A nudge from your sustain plan");
      expect(nudges).toHaveLength(1);
      expect(nudges[0]?.text).toContain(formatIfThen(questions.ifThen[0] as never));
      expect(nudges[0]?.text).not.toContain(handover.title);
      const coachMails = await mailsTo(p.coach, "%sustain plan has slipped");
      expect(coachMails).toHaveLength(tellCoach ? 1 : 0);
      if (tellCoach) expect(coachMails[0]?.text).toContain(questions.title);
      const [nudge] = await db()
        .select()
        .from(sustainNudge)
        .where(eq(sustainNudge.engagementId, p.engagementId));
      expect(nudge).toMatchObject({ itemIds: [questions.id], coachTold: tellCoach });

      // The page reads the links against the real clock: let the second one expire there too.
      await db()
        .update(sustainCheckIn)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(
          and(
            eq(sustainCheckIn.engagementId, p.engagementId),
            eq(sustainCheckIn.due, "2027-05-30"),
          ),
        );
      const plan = (await p.client.agent.get(p.url)).body;
      expect(plan.slips).toEqual([
        {
          itemId: questions.id,
          since: "2027-04-30",
          reason: "1 of the last 2 self check-ins unanswered, the other rated 2 or lower",
        },
      ]);
    }
  });

  it("keeps hostile text exactly as text, and refuses a NUL with nothing saved", async () => {
    const p = await sustaining("hostile");
    const html = { ...questions, title: "<script>alert('x')</script> & ask" };
    const saved = await p.coach.agent.put(p.url, { items: [html] });
    expect([saved.status, saved.body.items[0].title]).toEqual([200, html.title]);
    await run(at("2027-04-30T10:00:00Z"));
    const token = await lastLinkTo(p.client);
    const nul = await newAgent(t.current).post(`/api/sustain-check-in/${token}`, {
      ratings: [{ itemId: questions.id, rating: 3 }],
      howItWent: "went\u0000well",
    });
    expect([nul.status, pathsOf(nul.body)]).toEqual([400, ["howItWent"]]);
    expect(await rowsOf(p.engagementId)).toEqual(["2027-04-30:mailed"]);
  });

  it("sends nothing to a client who turned the mail off, and counts that as not asked", async () => {
    const p = await sustaining("mail-off");
    await db()
      .insert(mailPreference)
      .values({ userId: p.client.id, topic: "sustain_check_ins", enabled: false });
    expect(await runFor(p.engagementId, at("2027-04-30T10:00:00Z"))).toMatchObject({
      mailed: 0,
      skipped: 1,
    });
    expect(await runFor(p.engagementId, at("2027-05-30T10:00:00Z"))).toMatchObject({
      mailed: 0,
      skipped: 1,
    });
    expect(await runFor(p.engagementId, at("2027-07-01T10:00:00Z"))).toMatchObject({ nudged: 0 });
    const sustainMail = (await mailsTo(p.client)).filter((m) =>
      /self check-in|sustain plan/.test(m.subject),
    );
    expect(sustainMail).toEqual([]);
  });
});
