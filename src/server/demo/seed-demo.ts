import { count, inArray } from "drizzle-orm";
import type { Viewer } from "../access/viewer";
import { markAddressVerified } from "../accounts/address-verification";
import { createAccount } from "../accounts/create-account";
import type { AppContext } from "../context";
import {
  assessment,
  engagement,
  engagementStageChange,
  exercise,
  membership,
  practice,
  user,
} from "../db/schema";
import { seedDemoCheckIns } from "./demo-check-ins";
import { seedDemoCommitments } from "./demo-commitments";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoGoals } from "./demo-goals";
import { seedDemoQuietEngagement } from "./demo-quiet-engagement";
import { seedDemoSessions } from "./demo-sessions";
import { demoViewer } from "./demo-viewer";

export const DEMO_PASSWORD = "keel-demo-password";

const DAY = 86_400_000;

/** Daniel's engagement in days from today: when each stage began. */
const STORY = {
  startedDaysAgo: 119,
  feedbackClosedDaysAgo: 84,
  goalsSetDaysAgo: 70,
  endsInDays: 63,
};

const demoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

export interface DemoLogin {
  role: string;
  name: string;
  email: string;
  password: string;
}

const PEOPLE = {
  coach: { name: "Maya Okafor", email: "maya.coach@example.com" },
  client: { name: "Daniel Reyes", email: "daniel.client@example.com" },
  secondClient: { name: "Priya Shah", email: "priya.client@example.com" },
};

/** On a database with no practice yet, creates a demo practice to explore Keel with. */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<DemoLogin[] | null> {
  const [row] = await ctx.db.select({ n: count() }).from(practice);
  if ((row?.n ?? 0) > 0) return null;

  const [demo] = await ctx.db
    .insert(practice)
    .values({ name: "Northwind Coaching (demo)" })
    .returning();
  if (!demo) throw new Error("demo practice was not created");
  const join =
    (role: "coach" | "client", coachId: string | null) =>
    async (tx: Parameters<Parameters<typeof createAccount>[2]>[0], userId: string) => {
      await tx
        .insert(membership)
        .values({ practiceId: demo.id, userId, role, isAdmin: role === "coach", coachId });
      await markAddressVerified(tx, userId);
    };
  const account = (person: { name: string; email: string }) => ({
    ...person,
    password: DEMO_PASSWORD,
  });

  const coach = await createAccount(ctx, account(PEOPLE.coach), join("coach", null));
  const client = await createAccount(ctx, account(PEOPLE.client), join("client", coach.userId));
  const priya = await createAccount(
    ctx,
    account(PEOPLE.secondClient),
    join("client", coach.userId),
  );

  const engagementId = await ctx.db.transaction(async (tx) => {
    const [opened] = await tx
      .insert(engagement)
      .values({
        practiceId: demo.id,
        coachId: coach.userId,
        clientId: client.userId,
        title: "Leading through growth",
        startDate: demoDay(-STORY.startedDaysAgo),
        // Ten sessions about a fortnight apart: six months in all.
        plannedEndDate: demoDay(STORY.endsInDays),
        sessionsPlanned: 10,
        // The 360 came back, goals were set, and sessions and weekly check-ins have run for
        // ten weeks: stage 4's early warnings, celebrations and pulses have something to read.
        stage: "active",
      })
      .returning({ id: engagement.id });
    if (!opened) throw new Error("demo engagement was not created");
    const movedOn = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    await tx.insert(engagementStageChange).values([
      {
        engagementId: opened.id,
        toStage: "assessment",
        changedBy: coach.userId,
        changedAt: movedOn(STORY.startedDaysAgo),
      },
      {
        engagementId: opened.id,
        fromStage: "assessment",
        toStage: "planning",
        changedBy: coach.userId,
        changedAt: movedOn(STORY.goalsSetDaysAgo + 7),
      },
      {
        engagementId: opened.id,
        fromStage: "planning",
        toStage: "active",
        changedBy: coach.userId,
        changedAt: movedOn(STORY.goalsSetDaysAgo),
      },
    ]);

    // The IPIP 50-item questionnaire, assigned to Daniel and answered up to statement 23.
    const ipip = ctx.instruments.newest("ipip-bffm-50");
    if (ipip) {
      const answers = Object.fromEntries(
        ipip.definition.items.slice(0, 23).map((item, index) => [item.id, (index % 5) + 1]),
      );
      const due = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000);
      await tx.insert(assessment).values({
        practiceId: demo.id,
        engagementId: opened.id,
        clientId: client.userId,
        instrumentId: ipip.definition.id,
        instrumentVersionId: ipip.versionId,
        assignedBy: coach.userId,
        status: "in_progress",
        answers,
        dueDate: due.toISOString().slice(0, 10),
        startedAt: new Date(),
        // Daniel has known of it for days: a new assignment's mail does not name it again.
        announcedAt: new Date(),
      });
    }

    // The leadership wheel, assigned to Daniel and not yet started.
    const wheel = ctx.exerciseTemplates.get("leadership-wheel");
    if (wheel) {
      await tx.insert(exercise).values({
        practiceId: demo.id,
        engagementId: opened.id,
        clientId: client.userId,
        templateKind: "built-in",
        templateId: wheel.id,
        templateVersion: wheel.version,
        content: structuredClone(wheel.content),
        assignedBy: coach.userId,
        announcedAt: new Date(),
      });
    }
    return opened.id;
  });

  // Daniel's 360-degree feedback on Keel's leadership model, closed and its report released.
  const campaignId = await seedDemoFeedback(ctx, {
    practiceId: demo.id,
    engagementId,
    coachId: coach.userId,
    clientId: client.userId,
    threshold: demo.feedbackThreshold,
    deadlineDaysAgo: STORY.feedbackClosedDaysAgo,
  });
  // Stage 2: Daniel's goals and plans, drawn from the development areas of that 360.
  if (campaignId) {
    const as = (id: string, person: { name: string; email: string }, role: "coach" | "client") =>
      demoViewer({ userId: id, ...person, role, isAdmin: role === "coach" }, demo);
    await seedDemoGoals(ctx, {
      coach: as(coach.userId, PEOPLE.coach, "coach"),
      client: as(client.userId, PEOPLE.client, "client"),
      engagementId,
      campaignId,
      goalsSetDaysAgo: STORY.goalsSetDaysAgo,
    });
  }

  // Stage 3: Maya's hours, four sessions held since the goals were set and the next ones booked.
  const sessionParties = { coachId: coach.userId, clientId: client.userId, engagementId };
  await seedDemoSessions(ctx, sessionParties);
  // Stage 4: commitments marked in every way, two added between sessions, and a comment thread.
  await seedDemoCommitments(ctx, sessionParties);
  // Stage 4: nine weeks of Monday check-ins with one missed, his measurements among them.
  await seedDemoCheckIns(ctx, sessionParties);
  // Priya's engagement has gone quiet: the client at the top of Maya's list.
  await seedDemoQuietEngagement(ctx, {
    coach: demoViewer(
      { userId: coach.userId, ...PEOPLE.coach, role: "coach", isAdmin: true },
      demo,
    ),
    clientId: priya.userId,
  });

  return LOGINS.map(({ role, person }) => ({ role, ...account(person) }));
}

const LOGINS = [
  { role: "coach and practice admin", person: PEOPLE.coach },
  { role: "client (with an engagement)", person: PEOPLE.client },
  { role: "client (whose engagement has gone quiet)", person: PEOPLE.secondClient },
];

/** The demo's logins whose accounts are still there, on a database seeded at an earlier start. */
export async function remainingDemoLogins(ctx: AppContext): Promise<DemoLogin[]> {
  const emails = LOGINS.map(({ person }) => person.email);
  const rows = await ctx.db
    .select({ email: user.email })
    .from(user)
    .where(inArray(user.email, emails));
  const present = new Set(rows.map((row) => row.email));
  return LOGINS.filter(({ person }) => present.has(person.email)).map(({ role, person }) => ({
    role,
    ...person,
    password: DEMO_PASSWORD,
  }));
}
