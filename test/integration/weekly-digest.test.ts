import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dueInstant, weekOf } from "../../src/domain/check-ins/week";
import { addDays } from "../../src/domain/sessions/zoned-time";
import { listClientsAtRisk } from "../../src/server/accountability/clients-at-risk";
import {
  reminderMoment,
  sendDueCommitmentReminders,
} from "../../src/server/commitments/commitment-reminders";
import {
  engagement,
  mail,
  mailDigestItem,
  mailDigestWeek,
  membership,
  sessionCommitment,
  user,
} from "../../src/server/db/schema";
import { sendDueDigests } from "../../src/server/digest/weekly-digest";
import { spokenDate } from "../../src/server/feedback/deadlines";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The weekly digest job is called directly at chosen instants. The job mails everyone in the
// database whose Monday has come, so each test runs in weeks of its own (weeks ahead of today)
// and reads only the mail of its own people.

const HOUR = 3_600_000;
const ZONE = "America/New_York";
const DIGEST_SUBJECT = /^Your (week in Keel|weekly digest)/;

/** A Monday (YYYY-MM-DD) `weeksAhead` weeks after this one. */
const mondayAhead = (weeksAhead: number) => addDays(weekOf(new Date(), ZONE), 7 * weeksAhead);
/** 07:00 in New York on that Monday, moved by some hours. */
const digestTime = (monday: string, hoursLater = 0) =>
  new Date(
    dueInstant(monday, { weekday: 1, hour: 7, timeZone: ZONE }).getTime() + hoursLater * HOUR,
  );

describe.each(databaseKinds())("the weekly digest on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;
  const run = (now: Date) => sendDueDigests(t.current.ctx, now);

  async function coachInZone(label: string) {
    const coach = await signUpCoach(t.current, label);
    await db().update(user).set({ timeZone: ZONE }).where(eq(user.id, coach.id));
    return coach;
  }

  const digestsTo = async (person: Member) =>
    (await db().select().from(mail).where(eq(mail.to, person.email)))
      .filter((m) => DIGEST_SUBJECT.test(m.subject))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const weeksOf = async (person: Member) =>
    (
      await db()
        .select({ week: mailDigestWeek.week, outcome: mailDigestWeek.outcome })
        .from(mailDigestWeek)
        .where(eq(mailDigestWeek.userId, person.id))
    ).sort((a, b) => a.week.localeCompare(b.week));

  async function activeClient(coach: Member, label: string) {
    const client = await inviteAndAccept(t.current, coach, "client", label);
    const { id } = await openEngagement(coach, client, undefined, { title: `Plan ${label}` });
    await db().update(engagement).set({ stage: "active" }).where(eq(engagement.id, id));
    return { client, engagementId: id as string };
  }

  async function overdue(coach: Member, engagementId: string, owner: Member, dueOn: string) {
    await db().insert(sessionCommitment).values({
      engagementId,
      ownerId: owner.id,
      createdBy: coach.id,
      text: "Book the skip-level one-to-ones",
      dueOn,
    });
  }

  it("lists the coach's clients most at risk first, with the risk list's reasons, actions and links", async () => {
    const coach = await coachInZone("digest-risk");
    const monday = mondayAhead(3);
    const now = digestTime(monday, 0.1);
    const worse = await activeClient(coach, "worse");
    await db().update(user).set({ name: "Worse <b>bold</b>" }).where(eq(user.id, worse.client.id));
    for (const days of [20, 18, 16, 14]) {
      await overdue(coach, worse.engagementId, worse.client, addDays(monday, -days));
    }
    const lighter = await activeClient(coach, "lighter");
    for (const days of [4, 3]) {
      await overdue(coach, lighter.engagementId, lighter.client, addDays(monday, -days));
    }

    expect(await run(digestTime(monday, -0.1))).toMatchObject({ mailed: expect.any(Number) });
    expect(await digestsTo(coach)).toHaveLength(0);
    await run(now);

    const [digest, ...more] = await digestsTo(coach);
    expect(more).toHaveLength(0);
    const [member] = await db()
      .select({ practiceId: membership.practiceId })
      .from(membership)
      .where(eq(membership.userId, coach.id));
    const { clients } = await listClientsAtRisk(
      t.current.ctx,
      { userId: coach.id, practiceId: member?.practiceId ?? "" },
      now,
    );
    expect(clients.map((c) => c.engagement.id)).toEqual([worse.engagementId, lighter.engagementId]);
    expect(digest?.subject).toBe("Your week in Keel: 2 clients need you");
    const text = digest?.text ?? "";
    let from = 0;
    for (const { client, engagement: e, warnings } of clients) {
      const at = text.indexOf(client.name, from);
      expect(at, `${client.name} in order`).toBeGreaterThanOrEqual(from);
      from = at;
      for (const warning of warnings) {
        expect(text).toContain(warning.reason);
        expect(text).toContain(`Suggested: ${warning.action}`);
      }
      expect(text).toContain(`http://keel.test/engagements/${e.id}`);
    }
    expect(text).toContain("http://keel.test/settings");
    expect(digest?.html).toContain("Worse &#60;b&#62;bold&#60;/b&#62;");
    expect(digest?.html).not.toContain("<b>bold");
    expect(digest?.html).toContain(`href="http://keel.test/engagements/${worse.engagementId}"`);
  });

  it("says so calmly when nobody needs the coach, and mails nobody twice in a week", async () => {
    const coach = await coachInZone("digest-calm");
    const monday = mondayAhead(5);
    await run(digestTime(monday, 0.25));
    await run(digestTime(monday, 5));
    await run(digestTime(monday, 24 * 4));
    const digests = await digestsTo(coach);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe("Your week in Keel: nobody needs your attention");
    expect(digests[0]?.text).toContain("Nobody needs your attention this week");
    expect(await weeksOf(coach)).toContainEqual({ week: monday, outcome: "mailed" });
  });

  it("sends one digest with two runs at once", async () => {
    const coach = await coachInZone("digest-race");
    const monday = mondayAhead(7);
    await Promise.all([run(digestTime(monday, 0.1)), run(digestTime(monday, 0.1))]);
    expect(await digestsTo(coach)).toHaveLength(1);
  });

  it("records a week missed while Keel was down as skipped, and never mails it late", async () => {
    const coach = await coachInZone("digest-missed");
    const first = mondayAhead(9);
    await run(digestTime(first, 0.1));
    const third = addDays(first, 14);
    const result = await run(digestTime(third, 0.1));
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    expect(await digestsTo(coach)).toHaveLength(2);
    expect((await weeksOf(coach)).filter((w) => w.week >= first)).toEqual([
      { week: first, outcome: "mailed" },
      { week: addDays(first, 7), outcome: "skipped" },
      { week: third, outcome: "mailed" },
    ]);
  });

  it("holds a digested topic's mail for the weekly digest, and sends nothing to a person who turned it off", async () => {
    const coach = await coachInZone("digest-held");
    const weekly = await activeClient(coach, "weekly");
    const quiet = await activeClient(coach, "quiet");
    for (const { client } of [weekly, quiet]) {
      await db().update(user).set({ timeZone: ZONE }).where(eq(user.id, client.id));
    }
    const chose = await weekly.client.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "commitment_reminders", delivery: "digest" }],
    });
    expect(chose.status, JSON.stringify(chose.body)).toBe(200);
    expect(chose.body.topics).toContainEqual(
      expect.objectContaining({
        id: "commitment_reminders",
        delivery: "digest",
        enabled: true,
        digestible: true,
      }),
    );
    expect(chose.body.topics).toContainEqual(
      expect.objectContaining({ id: "check_ins", delivery: "each", digestible: false }),
    );
    // On or off alone keeps the digest chosen before.
    await weekly.client.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "commitment_reminders", enabled: false }],
    });
    const back = await weekly.client.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "commitment_reminders", enabled: true }],
    });
    expect(back.body.topics).toContainEqual(
      expect.objectContaining({ id: "commitment_reminders", delivery: "digest" }),
    );
    const off = await quiet.client.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "commitment_reminders", delivery: "off" }],
    });
    expect(off.status).toBe(200);

    // Due on the Wednesday of a week of its own: reminded on Tuesday morning.
    const monday = mondayAhead(11);
    const due = addDays(monday, 2);
    await db()
      .insert(sessionCommitment)
      .values(
        [weekly, quiet].flatMap(({ client, engagementId }) =>
          ["Draft the hiring plan", "Ask Sam for feedback"].map((text) => ({
            engagementId,
            ownerId: client.id,
            createdBy: client.id,
            text,
            dueOn: due,
            createdAt: digestTime(monday, -24 * 3),
          })),
        ),
      );
    await sendDueCommitmentReminders(
      t.current.ctx,
      new Date(reminderMoment(due, ZONE).getTime() + 0.1 * HOUR),
    );
    const reminders = (person: Member) =>
      db()
        .select()
        .from(mail)
        .where(and(eq(mail.to, person.email), like(mail.subject, "%due on %")));
    expect(await reminders(weekly.client)).toHaveLength(0);
    expect(await reminders(quiet.client)).toHaveLength(0);
    const held = await db()
      .select()
      .from(mailDigestItem)
      .where(eq(mailDigestItem.userId, weekly.client.id));
    expect(held.map((item) => item.subject)).toEqual([`2 commitments due on ${spokenDate(due)}`]);
    expect(
      await db().select().from(mailDigestItem).where(eq(mailDigestItem.userId, quiet.client.id)),
    ).toHaveLength(0);

    const nextMonday = addDays(monday, 7);
    await run(digestTime(nextMonday, 0.1));
    await run(digestTime(nextMonday, 1));
    const [digest, ...more] = await digestsTo(weekly.client);
    expect(more).toHaveLength(0);
    expect(digest?.subject).toBe("Your weekly digest: 1 update");
    expect(digest?.text).toContain(`2 commitments due on ${spokenDate(due)}`);
    expect(digest?.text).toContain("- Draft the hiring plan");
    expect(digest?.text).toContain("Open your to-do list: http://keel.test/");
    expect(digest?.text).not.toContain("clients who need you");
    expect(digest?.html).toContain('<a href="http://keel.test/"');
    expect(
      await db().select().from(mailDigestItem).where(eq(mailDigestItem.userId, weekly.client.id)),
    ).toHaveLength(0);
    expect(await digestsTo(quiet.client)).toHaveLength(0);
    expect(await weeksOf(quiet.client)).toEqual([]);
  });

  it("gathers held mail oldest first into the coach's own digest, and mails a coach who turned both off nothing", async () => {
    const coach = await coachInZone("digest-both");
    const monday = mondayAhead(13);
    await db()
      .insert(mailDigestItem)
      .values([
        {
          userId: coach.id,
          topic: "feedback_updates",
          subject: "Second update",
          text: "Later news",
          createdAt: digestTime(monday, -24),
        },
        {
          userId: coach.id,
          topic: "feedback_updates",
          subject: "First update",
          text: "Earlier news",
          createdAt: digestTime(monday, -48),
        },
      ]);
    await run(digestTime(monday, 0.1));
    const [digest] = await digestsTo(coach);
    expect(digest?.subject).toBe("Your week in Keel: nobody needs your attention, and 2 updates");
    const text = digest?.text ?? "";
    expect(text.indexOf("Nobody needs your attention")).toBeLessThan(text.indexOf("First update"));
    expect(text.indexOf("First update")).toBeLessThan(text.indexOf("Second update"));

    const silent = await coachInZone("digest-silent");
    const turnedOff = await silent.agent.put("/api/me/mail-preferences", {
      topics: [{ id: "coach_digest", enabled: false }],
    });
    expect(turnedOff.status).toBe(200);
    await run(digestTime(monday, 0.2));
    await run(digestTime(addDays(monday, 7), 0.2));
    expect(await digestsTo(silent)).toHaveLength(0);
    expect(await weeksOf(silent)).toEqual([]);
  });
});
