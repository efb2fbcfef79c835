import { count, inArray } from "drizzle-orm";
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
import { seedDemoAgreement } from "./demo-agreement";
import { seedDemoArticles } from "./demo-articles";
import { seedDemoCheckIns } from "./demo-check-ins";
import { seedDemoCommitments } from "./demo-commitments";
import { seedDemoCourses } from "./demo-courses";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoFinishedEngagement } from "./demo-finished-engagement";
import { seedDemoGoals } from "./demo-goals";
import { ipipAnswers } from "./demo-ipip";
import { PROGRAMME_PEOPLE, seedDemoProgramme } from "./demo-programme";
import { seedDemoPulses } from "./demo-pulses";
import { seedDemoQuietEngagement } from "./demo-quiet-engagement";
import { seedDemoReaders } from "./demo-readers";
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
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

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
  finishedClient: { name: "Elena Marsh", email: "elena.client@example.com" },
  sponsor: { name: "Grace Lindqvist", email: "grace.sponsor@example.com" },
};

/** On a database with no practice yet, creates a demo practice to explore Keel with. */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<DemoLogin[] | null> {
  const [row] = await ctx.db.select({ n: count() }).from(practice);
  if ((row?.n ?? 0) > 0) return null;

  const [demo] = await ctx.db
    .insert(practice)
    .values({
      name: "Northwind Coaching (demo)",
      slug: "northwind-coaching",
      postalAddress: "Northwind Coaching, 12 Harbour Street, Bristol BS1 4RN, United Kingdom",
    })
    .returning();
  if (!demo) throw new Error("demo practice was not created");
  const join =
    (role: "coach" | "client" | "sponsor", coachId: string | null) =>
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
  const elena = await createAccount(
    ctx,
    account(PEOPLE.finishedClient),
    join("client", coach.userId),
  );

  const grace = await createAccount(ctx, account(PEOPLE.sponsor), join("sponsor", null));

  const engagementId = await ctx.db.transaction(async (tx) => {
    const [opened] = await tx
      .insert(engagement)
      .values({
        practiceId: demo.id,
        coachId: coach.userId,
        clientId: client.userId,
        sponsorId: grace.userId,
        title: "Leading through growth",
        startDate: demoDay(-STORY.startedDaysAgo),
        // Ten sessions about a fortnight apart: six months in all.
        plannedEndDate: demoDay(STORY.endsInDays),
        sessionsPlanned: 10,
        // The 360 came back, goals were set, and sessions and weekly check-ins have run for
        // ten weeks: stage 4's early warnings, celebrations and pulses have something to read.
        stage: "active",
        createdAt: daysAgo(STORY.startedDaysAgo),
      })
      .returning({ id: engagement.id });
    if (!opened) throw new Error("demo engagement was not created");
    await tx.insert(engagementStageChange).values([
      {
        engagementId: opened.id,
        toStage: "assessment",
        changedBy: coach.userId,
        changedAt: daysAgo(STORY.startedDaysAgo),
      },
      {
        engagementId: opened.id,
        fromStage: "assessment",
        toStage: "planning",
        changedBy: coach.userId,
        changedAt: daysAgo(STORY.goalsSetDaysAgo + 7),
      },
      {
        engagementId: opened.id,
        fromStage: "planning",
        toStage: "active",
        changedBy: coach.userId,
        changedAt: daysAgo(STORY.goalsSetDaysAgo),
      },
    ]);

    // Stage 1, done in his first weeks: the IPIP 50-item questionnaire and the leadership wheel.
    const ipip = ctx.instruments.newest("ipip-bffm-50");
    if (ipip) {
      await tx.insert(assessment).values({
        practiceId: demo.id,
        engagementId: opened.id,
        clientId: client.userId,
        instrumentId: ipip.definition.id,
        instrumentVersionId: ipip.versionId,
        assignedBy: coach.userId,
        status: "submitted",
        answers: ipipAnswers(ipip.definition, DANIELS_LEVELS),
        dueDate: demoDay(-STORY.startedDaysAgo + 14),
        startedAt: daysAgo(STORY.startedDaysAgo - 3),
        submittedAt: daysAgo(STORY.startedDaysAgo - 5),
        announcedAt: daysAgo(STORY.startedDaysAgo),
        createdAt: daysAgo(STORY.startedDaysAgo),
      });
    }
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
        status: "submitted",
        answers: DANIELS_WHEEL,
        startedAt: daysAgo(STORY.startedDaysAgo - 2),
        submittedAt: daysAgo(STORY.startedDaysAgo - 2),
        announcedAt: daysAgo(STORY.startedDaysAgo),
        createdAt: daysAgo(STORY.startedDaysAgo),
      });
    }
    return opened.id;
  });

  // Stage 1: the three-way agreement with Grace, his manager, accepted in his first days.
  await seedDemoAgreement(
    ctx,
    { engagementId, coachId: coach.userId, clientId: client.userId, sponsorId: grace.userId },
    STORY.startedDaysAgo - 2,
  );
  // Daniel's 360-degree feedback on Keel's leadership model, closed and its report released.
  const campaignId = await seedDemoFeedback(ctx, {
    practiceId: demo.id,
    engagementId,
    coachId: coach.userId,
    clientId: client.userId,
    threshold: demo.feedbackThreshold,
    deadlineDaysAgo: STORY.feedbackClosedDaysAgo,
  });
  const mayaViewer = demoViewer(
    { userId: coach.userId, ...PEOPLE.coach, role: "coach", isAdmin: true },
    demo,
  );
  const danielViewer = demoViewer(
    { userId: client.userId, ...PEOPLE.client, role: "client", isAdmin: false },
    demo,
  );
  // Stage 2: Daniel's goals and plans, drawn from the development areas of that 360.
  if (campaignId) {
    await seedDemoGoals(ctx, {
      coach: mayaViewer,
      client: danielViewer,
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
  // Stage 4: five stakeholders Daniel chose, and two pulse rounds on his goal behaviours.
  await seedDemoPulses(ctx, { coach: mayaViewer, client: danielViewer, engagementId });
  // Daniel's email course, five lessons in, and Maya's own short course.
  await seedDemoCourses(ctx, {
    practiceId: demo.id,
    coachId: coach.userId,
    client: { userId: client.userId, ...PEOPLE.client },
    engagementId,
  });
  // Readers of the public pages on the 30-day course and the articles list, at every stage.
  await seedDemoReaders(ctx, demo.id);
  // Maya's article on the coaching process, the first of a series, with readers' replies.
  await seedDemoArticles(ctx, {
    practiceId: demo.id,
    practiceSlug: demo.slug,
    coachId: coach.userId,
  });
  // Priya's engagement has gone quiet: the client at the top of Maya's list.
  await seedDemoQuietEngagement(ctx, { coach: mayaViewer, clientId: priya.userId });
  // Elena's engagement is finished and closed: final review shared, a sustain plan that slipped.
  await seedDemoFinishedEngagement(ctx, {
    coach: mayaViewer,
    client: demoViewer(
      { userId: elena.userId, ...PEOPLE.finishedClient, role: "client", isAdmin: false },
      demo,
    ),
    feedbackThreshold: demo.feedbackThreshold,
  });
  // Harbour Logistics' programme: two cohorts of twelve leaders, Sofia its sponsor.
  await seedDemoProgramme(ctx, mayaViewer, DEMO_PASSWORD);

  return LOGINS.map(({ role, person }) => ({ role, ...account(person) }));
}

const LOGINS = [
  { role: "coach and practice admin", person: PEOPLE.coach },
  { role: "client (with an engagement)", person: PEOPLE.client },
  { role: "client (whose engagement has gone quiet)", person: PEOPLE.secondClient },
  { role: "client (coaching finished, keeping it up)", person: PEOPLE.finishedClient },
  { role: "coach (Harbour Logistics' programme)", person: PROGRAMME_PEOPLE.coach },
  { role: "sponsor (Daniel's manager)", person: PEOPLE.sponsor },
  { role: "sponsor (Harbour Logistics' programme)", person: PROGRAMME_PEOPLE.sponsor },
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

/** Daniel as his questionnaire paints him: organised and outgoing, quick to decide, steady. */
const DANIELS_LEVELS = { E: 4, A: 2, C: 5, ES: 4, I: 4 };

const DANIELS_WHEEL = {
  vision: 8,
  communication: 5,
  "developing-others": 4,
  "decision-making": 8,
  delegation: 3,
  relationships: 6,
  "self-management": 6,
  results: 9,
  strongest:
    "Getting results: I see what needs doing and make sure it gets done, on time and to a standard.",
  "grow-area": ["delegation"],
  "grow-why":
    "Too much still waits for me. If I want to lead a department, my team leads have to own the day-to-day.",
};
