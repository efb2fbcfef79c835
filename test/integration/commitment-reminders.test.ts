import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  reminderMoment,
  sendDueCommitmentReminders,
} from "../../src/server/commitments/commitment-reminders";
import {
  engagement,
  mail,
  mailPreference,
  sessionCommitment,
  user,
} from "../../src/server/db/schema";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The reminder job is called directly at chosen instants, with commitments written straight into
// the database around them. Each test has a coach and client of its own, so reads only its mail.

const HOUR = 3_600_000;
const DUE = "2031-03-12";
const ZONE = "America/New_York";
/** 08:00 in New York the day before DUE. */
const MOMENT = reminderMoment(DUE, ZONE);
const at = (hoursAfterMoment: number) => new Date(MOMENT.getTime() + hoursAfterMoment * HOUR);

describe.each(databaseKinds())("commitment reminders on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;
  const run = (now: Date) => sendDueCommitmentReminders(t.current.ctx, now);

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    await db().update(user).set({ timeZone: ZONE }).where(eq(user.id, client.id));
    return { coach, client, engagementId };
  }

  async function commitment(
    engagementId: string,
    owner: Member,
    text: string,
    extra: Partial<typeof sessionCommitment.$inferInsert> = {},
  ) {
    const [row] = await db()
      .insert(sessionCommitment)
      .values({
        engagementId,
        ownerId: owner.id,
        createdBy: owner.id,
        text,
        dueOn: DUE,
        createdAt: new Date(MOMENT.getTime() - 3 * 24 * HOUR),
        ...extra,
      })
      .returning();
    if (!row) throw new Error("the commitment was not inserted");
    return row;
  }

  const remindersTo = (person: Member) =>
    db()
      .select()
      .from(mail)
      .where(and(eq(mail.to, person.email), like(mail.subject, "%due on %")));

  it("mails each owner once, the morning before, listing all their open commitments due", async () => {
    const { coach, client, engagementId } = await practice("commit-remind");
    await commitment(engagementId, client, "Draft the hiring plan");
    await commitment(engagementId, client, "Ask Sam for feedback");
    await commitment(engagementId, client, "Already done", {
      status: "done",
      markedAt: new Date(MOMENT.getTime() - HOUR),
      markedBy: client.id,
    });
    await commitment(engagementId, client, "Due later", { dueOn: "2031-03-20" });
    await commitment(engagementId, coach, "Send the article");

    // The coach has no zone of their own nor availability: London's morning, four hours earlier.
    await run(at(-3.5));
    expect(await remindersTo(coach)).toHaveLength(1);
    expect(await remindersTo(client)).toHaveLength(0);
    await run(at(0.25));
    await run(at(1));
    const [reminder, ...more] = await remindersTo(client);
    expect(more).toHaveLength(0);
    expect(reminder?.subject).toBe("2 commitments due on Wednesday, 12 March 2031");
    expect(reminder?.text).toContain("- Draft the hiring plan");
    expect(reminder?.text).toContain("- Ask Sam for feedback");
    expect(reminder?.text).not.toContain("Already done");
    expect(reminder?.text).not.toContain("Due later");
    expect(reminder?.text).toContain("Open your to-do list: http://keel.test/");
    const [coachReminder] = await remindersTo(coach);
    expect(coachReminder?.subject).toBe("A commitment due on Wednesday, 12 March 2031");
    expect(coachReminder?.text).toContain("Send the article");
    expect(coachReminder?.text).toContain(`http://keel.test/engagements/${engagementId}`);
    expect(coachReminder?.text).not.toContain("hiring plan");
  });

  it("sends nothing in a closed engagement, nor when the owner turned the topic off", async () => {
    const closed = await practice("commit-closed");
    await commitment(closed.engagementId, closed.client, "In a closed engagement");
    await db()
      .update(engagement)
      .set({ stage: "closed" })
      .where(eq(engagement.id, closed.engagementId));
    const quiet = await practice("commit-quiet");
    await commitment(quiet.engagementId, quiet.client, "Not wanted");
    await db()
      .insert(mailPreference)
      .values({ userId: quiet.client.id, topic: "commitment_reminders", enabled: false });

    await run(at(0.25));
    await run(at(1));
    expect(await remindersTo(closed.client)).toHaveLength(0);
    expect(await remindersTo(quiet.client)).toHaveLength(0);
  });

  it("sends once with three runs at once", async () => {
    const { client, engagementId } = await practice("commit-race");
    await commitment(engagementId, client, "Race one");
    await commitment(engagementId, client, "Race two");
    await Promise.all([run(at(0.1)), run(at(0.1)), run(at(0.1))]);
    const reminders = await remindersTo(client);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain("Race one");
    expect(reminders[0]?.text).toContain("Race two");
  });

  it("skips a reminder whose hour passed hours ago, and one made after its hour", async () => {
    const stale = await practice("commit-stale");
    await commitment(stale.engagementId, stale.client, "Missed while down");
    await run(at(4));
    await run(at(5));
    expect(await remindersTo(stale.client)).toHaveLength(0);

    const late = await practice("commit-late");
    await commitment(late.engagementId, late.client, "Made this afternoon", {
      createdAt: at(6),
    });
    await run(at(6.5));
    expect(await remindersTo(late.client)).toHaveLength(0);
  });
});
