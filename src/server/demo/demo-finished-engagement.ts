import { randomUUID } from "node:crypto";
import { and, eq, gte, lte } from "drizzle-orm";
import { weekOf } from "../../domain/check-ins/week";
import type { Stage } from "../../domain/engagement/stages";
import type { ReflectionAnswers } from "../../domain/review/reflection-questions";
import { addDays, instantOf, localParts } from "../../domain/sessions/zoned-time";
import type { SustainItem } from "../../domain/sustain/plan";
import { selfCheckInDays } from "../../domain/sustain/self-check-ins";
import type { Viewer } from "../access/viewer";
import { newCheckInToken } from "../check-ins/links";
import type { AppContext } from "../context";
import {
  assessment,
  checkIn,
  checkInGoal,
  checkInMailing,
  checkInSchedule,
  coachingSession,
  engagement,
  engagementStageChange,
  goal,
  goalMeasurement,
  goalRevision,
  reflection,
  sustainCheckIn,
  sustainNudge,
  sustainPlan,
} from "../db/schema";
import { closeGoal } from "../goals/closing";
import { createGoal } from "../goals/goal-service";
import { addMeasurement } from "../goals/progress-service";
import { saveReflectionDraft, shareReflection } from "../review/reflections";
import { SUSTAIN_LINK_LIFETIME_MS } from "../sustain/check-in-mail";
import { clientTimeZone, putSustainChoices, putSustainPlan } from "../sustain/service";
import { seedDemoFeedback } from "./demo-feedback";
import { ELENAS_360, ELENAS_REPEAT_360 } from "./demo-finished-feedback";
import { ipipAnswers } from "./demo-ipip";
import { type DemoSessionWork, seedDemoSessionWork } from "./demo-session-work";

// Elena's engagement with Maya is finished: started ten months ago with a 360, eight sessions held, both
// goals reached or nearly, the final review shared by both, a sustain plan written together,
// then closed (decision 023: closing archives it read-only while the self check-ins go on).
// Since the end: the 30 days' check-in answered well, the 60 days' with one item rated 2, the
// 90 days' missed, which is a slip for that item; its nudge went to Elena and to Maya.
// Services write what they accept; the rows they would date today are dated back afterwards.

const ZONE = "Europe/London";
const DAY = 86_400_000;

/** Days ago each step of the story began. */
const STORY = {
  started: 300,
  planning: 270,
  goalsSet: 256,
  review: 120,
  sustaining: 112,
  closed: 98,
};

/** hour:00 in London on the day `days` ago. */
function daysAgo(days: number, hour = 12): Date {
  const on = addDays(localParts(new Date(), ZONE).date, -days);
  const at = instantOf(on, hour * 60, ZONE);
  if (!at) throw new Error(`${hour}:00 on ${on} does not exist in ${ZONE}`);
  return at;
}

export async function seedDemoFinishedEngagement(
  ctx: AppContext,
  parties: { coach: Viewer; client: Viewer; feedbackThreshold: number },
): Promise<string> {
  const { coach, client } = parties;
  const today = localParts(new Date(), ZONE).date;
  const day = (offset: number) => addDays(today, offset);

  const [opened] = await ctx.db
    .insert(engagement)
    .values({
      practiceId: coach.practiceId,
      coachId: coach.userId,
      clientId: client.userId,
      title: "Leading operations from the plan",
      startDate: day(-STORY.started),
      plannedEndDate: day(-STORY.review + 4),
      sessionsPlanned: 8,
      meetingLink: "https://meet.example.com/elena-maya",
      stage: "review",
      createdAt: daysAgo(STORY.started),
    })
    .returning({ id: engagement.id });
  if (!opened) throw new Error("Elena's demo engagement was not created");
  const engagementId = opened.id;
  const move = (fromStage: Stage | null, toStage: Stage, ago: number) => ({
    engagementId,
    fromStage,
    toStage,
    changedBy: coach.userId,
    changedAt: daysAgo(ago, 15),
  });
  await ctx.db
    .insert(engagementStageChange)
    .values([
      move(null, "assessment", STORY.started),
      move("assessment", "planning", STORY.planning),
      move("planning", "active", STORY.goalsSet),
      move("active", "review", STORY.review),
    ]);

  const feedbackParties = {
    practiceId: coach.practiceId,
    engagementId,
    coachId: coach.userId,
    clientId: client.userId,
    threshold: parties.feedbackThreshold,
  };
  const baseline = await seedDemoFeedback(
    ctx,
    { ...feedbackParties, deadlineDaysAgo: STORY.planning + 1 },
    ELENAS_360,
  );
  const goals = await seedGoals(ctx, coach, client, engagementId, day);
  await seedHeldSessions(ctx, coach.userId, client.userId, engagementId, day);
  // Measured again before the final review: the same raters, and the questionnaire.
  if (baseline)
    await seedDemoFeedback(
      ctx,
      { ...feedbackParties, deadlineDaysAgo: STORY.review + 2, repeatOf: baseline },
      ELENAS_REPEAT_360,
    );
  await seedQuestionnaires(ctx, coach, client, engagementId);
  await seedWeeklyCheckIns(ctx, client.userId, engagementId, goals);
  await seedFinalReview(ctx, parties, engagementId, goals);

  const itemIds: ItemIds = { mornings: randomUUID(), leads: randomUUID(), no: randomUUID() };
  await putSustainPlan(ctx, coach, engagementId, { items: sustainItems(itemIds) });
  await putSustainChoices(ctx, client, engagementId, { quarterly: true, tellCoach: true });

  // Moved to sustaining, then closed two weeks later once the final report was talked through.
  await ctx.db.transaction(async (tx) => {
    await tx.update(engagement).set({ stage: "closed" }).where(eq(engagement.id, engagementId));
    await tx
      .insert(engagementStageChange)
      .values([
        move("review", "sustaining", STORY.sustaining),
        move("sustaining", "closed", STORY.closed),
      ]);
    for (const [role, at] of [
      ["client", daysAgo(STORY.review - 3, 18)],
      ["coach", daysAgo(STORY.review - 4, 10)],
    ] as const)
      await tx
        .update(reflection)
        .set({ sharedAt: at, updatedAt: at })
        .where(and(eq(reflection.engagementId, engagementId), eq(reflection.authorRole, role)));
    await tx
      .update(sustainPlan)
      .set({ updatedAt: daysAgo(STORY.sustaining + 1, 11) })
      .where(eq(sustainPlan.engagementId, engagementId));
  });
  await seedSelfCheckIns(ctx, client.userId, engagementId, itemIds);
  return engagementId;
}

async function seedGoals(
  ctx: AppContext,
  coach: Viewer,
  client: Viewer,
  engagementId: string,
  day: (offset: number) => string,
) {
  const started = -STORY.goalsSet;
  const due = -STORY.review;
  const prioritising = await createGoal(ctx, coach, engagementId, {
    statement:
      "Protect two mornings a week for the operations plan, and say no to requests that do not serve it.",
    measure: { what: "Hours a week on the operations plan", unit: "hours", direction: "higher" },
    baseline: 2,
    target: 8,
    realisticPerWeek: 0.5,
    startDate: day(started),
    dueDate: day(due),
    whyItMatters:
      "As head of operations I am judged on next year's plan, and today every urgent request beats it.",
    developmentEntryIds: [],
    behaviourLinks: [{ competencyId: "direction", itemId: "dir-3" }],
    overrides: [],
  });
  const escalations = await createGoal(ctx, client, engagementId, {
    statement:
      "Let my shift leads settle escalations themselves, coming to me only with a recommendation.",
    measure: {
      what: "Escalations I settle myself",
      unit: "a week",
      direction: "lower",
    },
    baseline: 12,
    target: 3,
    realisticPerWeek: 1,
    startDate: day(started),
    dueDate: day(due),
    whyItMatters:
      "My leads know the floor better than I do, and every escalation I take teaches them to send the next one.",
    developmentEntryIds: [],
    behaviourLinks: [
      { competencyId: "developing-others", itemId: "dev-3" },
      { competencyId: "deciding", itemId: "dec-4" },
    ],
    overrides: [],
  });
  const measured = async (goalId: string, values: [number, number, string?][]) => {
    for (const [offset, value, note] of values)
      await addMeasurement(ctx, client, goalId, { value, measuredOn: day(offset), note });
  };
  await measured(prioritising.id, [
    [-249, 2],
    [-221, 3],
    [-193, 4, "Tuesday mornings held for four weeks in a row."],
    [-165, 5],
    [-144, 6],
    [-130, 7],
    [-122, 8, "Both mornings held all month; the plan went to the board."],
  ]);
  await measured(escalations.id, [
    [-249, 12],
    [-221, 10],
    [-193, 9],
    [-165, 7, "Leads now bring a recommendation first."],
    [-144, 5],
    [-130, 5],
    [-122, 4, "Close to target; peak season still brings a few to me."],
  ]);
  // Her first goal reached its target and was closed as achieved on that day; the second, one
  // escalation a week short, stays open for the final review to call partly achieved.
  const reached = day(-122);
  const [current] = await ctx.db
    .select({ revision: goal.revision })
    .from(goal)
    .where(eq(goal.id, prioritising.id));
  await closeGoal(ctx, coach, prioritising.id, {
    outcome: "achieved",
    on: reached,
    revision: current?.revision ?? 1,
  });
  await ctx.db
    .update(goalRevision)
    .set({ changedAt: daysAgo(122, 17) })
    .where(
      and(
        eq(goalRevision.goalId, prioritising.id),
        eq(goalRevision.revision, (current?.revision ?? 1) + 1),
      ),
    );
  return { prioritising: prioritising.id, escalations: escalations.id };
}

/** What each session was about and what Elena took away from it, kept or not by its day. */
const SESSION_WORK: DemoSessionWork[] = [
  {
    themes: { session: ["Prioritising"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Block Tuesday mornings for the plan",
        dueAfterDays: 5,
        status: "done",
      },
    ],
  },
  {
    themes: { session: ["Delegation"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Ask each escalation for a recommendation before answering",
        dueAfterDays: 7,
        status: "partly_done",
        note: "Most of the time; not on the night shift.",
      },
    ],
  },
  {
    themes: { session: ["Prioritising", "Stakeholders"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Say no to one request from another site, with an alternative",
        dueAfterDays: 10,
        status: "done",
      },
      { owner: "coach", text: "Send the article on saying no", dueAfterDays: 2, status: "done" },
    ],
  },
  {
    themes: { session: ["Delegation", "Confidence"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Let Kwame settle the supplier dispute without me",
        dueAfterDays: 14,
        status: "done",
      },
    ],
  },
  {
    themes: { session: ["Strategic thinking"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Block Thursday mornings too",
        dueAfterDays: 7,
        status: "not_done",
        note: "The plant breakdown took both weeks.",
      },
    ],
  },
  {
    themes: { session: ["Strategic thinking", "Prioritising"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "First draft of the operations plan",
        dueAfterDays: 14,
        status: "done",
      },
    ],
  },
  {
    themes: { session: ["Delegation"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Hand the weekend rota decisions to Irene",
        dueAfterDays: 12,
        status: "done",
      },
    ],
  },
  {
    themes: { session: ["Energy and wellbeing"], reflection: [] },
    commitments: [
      {
        owner: "client",
        text: "Draft the sustain plan: what I keep up after our sessions",
        dueAfterDays: 3,
        status: "done",
      },
    ],
  },
];

/** Eight video sessions, about three weeks apart, all held, with their themes and commitments. */
async function seedHeldSessions(
  ctx: AppContext,
  coachId: string,
  clientId: string,
  engagementId: string,
  day: (offset: number) => string,
) {
  const offsets = [-262, -244, -223, -202, -181, -160, -139, -124];
  const sessions = offsets.map((offset, index) => {
    const id = randomUUID();
    const startsAt = instantOf(day(offset), 11 * 60, ZONE);
    if (!startsAt) throw new Error(`11:00 on ${day(offset)} does not exist in ${ZONE}`);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    return {
      id,
      engagementId,
      coachId,
      startsAt,
      endsAt,
      busyUntil: new Date(endsAt.getTime() + 15 * 60_000),
      timeZone: ZONE,
      mode: "video" as const,
      icalUid: `${id}@keel`,
      bookedBy: index % 2 === 0 ? coachId : clientId,
      createdAt: new Date(startsAt.getTime() - 10 * DAY),
    };
  });
  const parties = { coachId, clientId, engagementId };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(coachingSession).values(sessions);
    for (const [index, session] of sessions.entries()) {
      const work = SESSION_WORK[index];
      if (work) await seedDemoSessionWork(tx, parties, session, work);
    }
  });
}

/** Weeks ago, energy, confidence in each goal, a win and a challenge. */
const WEEKS: [number, number, [number, number], string, string][] = [
  [36, 3, [4, 5], "Blocked Tuesday morning in the shared calendar.", "Two meetings landed in it."],
  [
    35,
    3,
    [5, 5],
    "Asked a lead for a recommendation before answering.",
    "Settled ten escalations.",
  ],
  [34, 3, [5, 5], "", "The other sites keep asking for favours."],
  [33, 4, [5, 6], "Held the Tuesday morning for the whole month.", ""],
  [32, 4, [6, 6], "Said no to the site audit and offered a date in May.", "Felt guilty about it."],
  [31, 4, [6, 6], "Kwame settled a supplier dispute without me.", ""],
  [30, 4, [6, 7], "Thursday morning blocked too.", "A plant breakdown took both mornings."],
  [29, 3, [6, 7], "Back on track after the breakdown.", "Catching up on the plan."],
  [28, 4, [7, 7], "Leads now bring a recommendation first.", ""],
  [26, 4, [7, 7], "Back from holiday: the floor ran without calling me.", "Taking decisions back."],
  [25, 4, [7, 7], "First draft of the operations plan done.", ""],
  [24, 4, [7, 8], "Said no twice this week, kindly.", "Peak orders are coming."],
  [23, 3, [7, 7], "", "Peak orders: mornings under pressure."],
  [22, 4, [8, 7], "Kept both mornings through the peak.", ""],
  [21, 4, [8, 8], "Five escalations this week, all with a recommendation.", ""],
  [20, 5, [8, 8], "The board saw the plan and asked for more.", ""],
  [19, 4, [8, 8], "Irene ran the weekend shift decisions.", "Letting go of the rota."],
  [18, 4, [9, 8], "Four escalations; three I only confirmed.", "Peak season next year."],
];
const MISSED_WEEK = 27;

/** Monday morning check-ins through the sessions, in London; one week missed on holiday. */
async function seedWeeklyCheckIns(
  ctx: AppContext,
  clientId: string,
  engagementId: string,
  goals: { prioritising: string; escalations: string },
) {
  const thisWeek = weekOf(new Date(), ZONE);
  const monday = (ago: number) => addDays(thisWeek, -7 * ago);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(checkInSchedule).values({
      engagementId,
      weekday: 1,
      hour: 8,
      timeZone: ZONE,
      enabled: true,
      updatedBy: clientId,
      updatedAt: new Date(`${monday(37)}T09:00:00Z`),
    });
    await tx
      .insert(checkInMailing)
      .values({ engagementId, week: monday(MISSED_WEEK), outcome: "mailed" });
    for (const [ago, energy, confidence, win, challenge] of WEEKS) {
      const week = monday(ago);
      const [row] = await tx
        .insert(checkIn)
        .values({
          engagementId,
          week,
          submittedAt: new Date(`${week}T08:15:00Z`),
          submittedBy: clientId,
          channel: "link",
          energy,
          win,
          challenge,
        })
        .returning({ id: checkIn.id });
      if (!row) throw new Error("Elena's demo check-in was not created");
      await tx.insert(checkInMailing).values({ engagementId, week, outcome: "mailed" });
      for (const [index, goalId] of [goals.prioritising, goals.escalations].entries()) {
        const [measured] = await tx
          .select({ id: goalMeasurement.id, value: goalMeasurement.value })
          .from(goalMeasurement)
          .where(
            and(
              eq(goalMeasurement.goalId, goalId),
              gte(goalMeasurement.measuredOn, week),
              lte(goalMeasurement.measuredOn, addDays(week, 6)),
            ),
          )
          .limit(1);
        if (measured)
          await tx
            .update(goalMeasurement)
            .set({ source: "check_in", checkInId: row.id })
            .where(eq(goalMeasurement.id, measured.id));
        await tx.insert(checkInGoal).values({
          checkInId: row.id,
          engagementId,
          goalId,
          confidence: confidence[index] ?? 6,
          value: measured?.value ?? null,
          measurementId: measured?.id ?? null,
        });
      }
    }
  });
}

/** The final review, written and shared by each side through the reflections service. */
async function seedFinalReview(
  ctx: AppContext,
  parties: { coach: Viewer; client: Viewer },
  engagementId: string,
  goals: { prioritising: string; escalations: string },
) {
  const write = async (viewer: Viewer, answers: ReflectionAnswers) => {
    await saveReflectionDraft(ctx, viewer, engagementId, "final", answers);
    await shareReflection(ctx, viewer, engagementId, "final");
  };
  await write(parties.client, {
    answers: {
      progress:
        "The operations plan now has two mornings a week, and the board has it. Escalations are down from twelve a week to four.",
      changed:
        "I stopped being the first stop for every problem. My shift leads decide, and tell me afterwards.",
      helped:
        "Blocking the mornings in the shared calendar, and asking every escalation for a recommendation first.",
      left: "Peak season: keeping the mornings when everything feels urgent.",
    },
    outcomes: [
      {
        goalId: goals.prioritising,
        outcome: "achieved",
        words: "Eight hours a week, every week since March.",
      },
      {
        goalId: goals.escalations,
        outcome: "partly",
        words: "Four a week, close to three; the leads own the rest.",
      },
    ],
  });
  await write(parties.coach, {
    answers: {
      progress:
        "Elena reached her first goal and is one escalation a week from the second. Both held through a busy quarter.",
      changed:
        "She leads from the plan instead of the inbox, and her leads have grown into the decisions she handed them.",
      helped:
        "Small, visible rules she could keep: the blocked mornings, the recommendation first.",
      left: "The sustain plan: guarding the mornings in peak season, and not taking decisions back.",
    },
    outcomes: [
      { goalId: goals.prioritising, outcome: "achieved", words: "Target reached and kept." },
      { goalId: goals.escalations, outcome: "partly", words: "Nearly there, and still falling." },
    ],
  });
}

/** Elena's three items, by the id each gets in this demo. */
type ItemIds = Record<"mornings" | "leads" | "no", string>;

const sustainItems = (ids: ItemIds): SustainItem[] => [
  {
    id: ids.mornings,
    kind: "habit",
    title: "Two mornings a week for the operations plan",
    cue: "Tuesday and Thursday at 8, before opening email",
    check: "The mornings are still blocked in my calendar, and I used them for the plan",
    ifThen: [
      {
        situation: "someone asks for a meeting in a blocked morning",
        action: "offer them the afternoon of the same day",
      },
    ],
  },
  {
    id: ids.leads,
    kind: "mindset",
    title: "My leads decide; I back them",
    cue: "When an escalation reaches me",
    check: "I ask for their recommendation before saying anything",
    ifThen: [
      {
        situation: "I feel the urge to settle an escalation myself",
        action: "ask the lead what they would do and go with it unless it is unsafe",
      },
    ],
  },
  {
    id: ids.no,
    kind: "skill",
    title: "Saying no with a reason and an alternative",
    cue: "A request that does not serve the plan",
    check: "Once a week I said no, kindly, and offered something else",
    ifThen: [
      {
        situation: "I am about to say yes to avoid disappointing someone",
        action: "say I will answer by the end of the day, then check it against the plan",
      },
    ],
  },
];

/**
 * The self check-ins since the end, as the hourly job would have left them: the 30 days'
 * answered well, the 60 days' with the mornings rated 2, the 90 days' link expired unanswered.
 * The slip (low, then missed) was nudged once, and Maya was told as Elena allowed.
 */
async function seedSelfCheckIns(
  ctx: AppContext,
  clientId: string,
  engagementId: string,
  ids: ItemIds,
) {
  const timeZone = await clientTimeZone(ctx.db, clientId);
  const ended = localParts(daysAgo(STORY.sustaining, 15), timeZone).date;
  const today = localParts(new Date(), timeZone).date;
  const [thirty, sixty, ninety] = selfCheckInDays(ended, true, today);
  if (!thirty || !sixty || !ninety) throw new Error("Elena's self check-in days are missing");
  const mailedOn = (due: string) => {
    const at = instantOf(due, 9 * 60 + 5, timeZone);
    if (!at) throw new Error(`09:05 on ${due} does not exist in ${timeZone}`);
    return at;
  };
  const mailed = (due: string) => ({
    engagementId,
    due,
    outcome: "mailed" as const,
    tokenHash: newCheckInToken().hash,
    expiresAt: new Date(mailedOn(due).getTime() + SUSTAIN_LINK_LIFETIME_MS),
    createdAt: mailedOn(due),
  });
  const answeredOn = (due: string) => new Date(mailedOn(due).getTime() + 11 * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sustainCheckIn).values([
      {
        ...mailed(thirty),
        answeredAt: answeredOn(thirty),
        ratings: { [ids.mornings]: 5, [ids.leads]: 4, [ids.no]: 4 },
        howItWent:
          "Mornings held every week. The leads sent me two escalations, both with a recommendation.",
        note: null,
      },
      {
        ...mailed(sixty),
        answeredAt: answeredOn(sixty),
        ratings: { [ids.mornings]: 2, [ids.leads]: 4, [ids.no]: 3 },
        howItWent:
          "Peak season started and the mornings went first. The leads are still deciding on their own.",
        note: "I need to put the mornings back before the next planning round.",
      },
      mailed(ninety),
    ]);
    const expired = new Date(mailedOn(ninety).getTime() + SUSTAIN_LINK_LIFETIME_MS + 3_600_000);
    await tx.insert(sustainNudge).values({
      engagementId,
      due: ninety,
      itemIds: [ids.mornings],
      coachTold: true,
      createdAt: expired,
    });
  });
}

/**
 * The IPIP 50-item questionnaire in her first week and again before the final review: she
 * speaks up far more (a reliable change) and is a little more agreeable (not one to claim).
 */
async function seedQuestionnaires(
  ctx: AppContext,
  coach: Viewer,
  client: Viewer,
  engagementId: string,
) {
  const ipip = ctx.instruments.newest("ipip-bffm-50");
  if (!ipip) return;
  const taken = (levels: Record<string, number>, ago: number) => ({
    practiceId: coach.practiceId,
    engagementId,
    clientId: client.userId,
    instrumentId: ipip.definition.id,
    instrumentVersionId: ipip.versionId,
    assignedBy: coach.userId,
    status: "submitted" as const,
    answers: ipipAnswers(ipip.definition, levels),
    startedAt: daysAgo(ago + 1),
    submittedAt: daysAgo(ago, 19),
    announcedAt: daysAgo(ago + 2),
    createdAt: daysAgo(ago + 2),
  });
  await ctx.db
    .insert(assessment)
    .values([
      taken({ E: 2, A: 3, C: 5, ES: 4, I: 3 }, STORY.started - 4),
      taken({ E: 4, A: 4, C: 5, ES: 4, I: 3 }, STORY.review + 3),
    ]);
}
