import { and, eq } from "drizzle-orm";
import type { ActionPlan } from "../../contract/goals";
import { addDays } from "../../domain/goals/dates";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { actionPlanVersion, goalMilestone } from "../db/schema";
import { addEntry, getProfile } from "../development/service";
import { createGoal } from "../goals/goal-service";
import { savePlan } from "../goals/plan-service";
import { today } from "../goals/present";
import { addMeasurement, addMilestone, updateMilestone } from "../goals/progress-service";

// Daniel's stage 2: two goals drawn from the development areas of his 360, each with
// measurements over the past weeks (one on track, one at risk), milestones and an action plan;
// the delegating plan has a second version, changed by Daniel with a reason.

export interface DemoGoalParties {
  coach: Viewer;
  client: Viewer;
  engagementId: string;
  campaignId: string;
  /** The goals' start: the day planning ended and sessions began. */
  goalsSetDaysAgo: number;
}

/** Seeds Daniel's goals through the goals services, so every invariant holds as in the API. */
export async function seedDemoGoals(ctx: AppContext, parties: DemoGoalParties): Promise<void> {
  const { coach, client, engagementId, goalsSetDaysAgo } = parties;
  const started = -goalsSetDaysAgo;
  const entries = await acceptDevelopmentAreas(ctx, parties);
  const day = (offset: number) => addDays(today(), offset);

  const delegating = await createGoal(ctx, coach, engagementId, {
    statement:
      "Hand one piece of stretch work a week to someone in my team, and coach them through it with questions instead of answers.",
    measure: { what: "Pieces of work handed over to own", unit: "a week", direction: "higher" },
    baseline: 1,
    target: 4,
    realisticPerWeek: 0.5,
    startDate: day(started),
    dueDate: day(63),
    whyItMatters:
      "I want to lead a department within two years. That means my team leads have to run the day-to-day without me, and today too much still waits for my answer.",
    developmentEntryIds: entries.developingOthers,
    behaviourLinks: [
      { competencyId: "developing-others", itemId: "dev-4" },
      { competencyId: "developing-others", itemId: "dev-3" },
    ],
    overrides: [],
  });
  const listening = await createGoal(ctx, client, engagementId, {
    statement:
      "In our weekly team meeting, ask for others' views before giving my own and let people finish without interrupting.",
    measure: {
      what: "Times I interrupt in the team meeting",
      unit: "interruptions a meeting",
      direction: "lower",
    },
    baseline: 8,
    target: 2,
    realisticPerWeek: 1,
    startDate: day(started),
    dueDate: day(56),
    whyItMatters:
      "My team says I decide before they have spoken. I want them to bring me problems early, and that starts with them feeling heard.",
    developmentEntryIds: entries.communicating,
    behaviourLinks: [
      { competencyId: "communicating", itemId: "com-2" },
      { competencyId: "communicating", itemId: "com-3" },
    ],
    overrides: [],
  });

  // Counted from his calendar and Ana's tally: the first on track, the second at risk.
  const measured = async (goalId: string, values: [number, number, string?][]) => {
    for (const [offset, value, note] of values)
      await addMeasurement(ctx, client, goalId, { value, measuredOn: day(offset), note });
  };
  await measured(delegating.id, [
    [-63, 1],
    [-49, 2, "Ana took the quarterly report; I reviewed it once."],
    [-35, 2],
    [-21, 2],
    [-14, 2, "Gave Sam the supplier review."],
    [-7, 2],
    [-1, 3, "Lena ran the sprint planning; I only asked questions."],
  ]);
  await measured(listening.id, [
    [-63, 8],
    [-49, 8],
    [-35, 7, "Ana's tally: seven, most of them in the budget item."],
    [-21, 7],
    [-14, 6],
    [-7, 7],
    [-1, 6, "A tense budget discussion: I jumped in twice."],
  ]);

  const milestone = async (goalId: string, title: string, offset: number, done = false) => {
    const added = await addMilestone(ctx, coach, goalId, { title, dueOn: day(offset) });
    if (!done) return;
    await updateMilestone(ctx, client, added.id, { done: true });
    // Done on the day it was due, not on the day the demo was made.
    await ctx.db
      .update(goalMilestone)
      .set({ doneAt: new Date(`${day(offset)}T16:00:00Z`) })
      .where(eq(goalMilestone.id, added.id));
  };
  await milestone(
    delegating.id,
    "List what only I can do, and share it with my team leads",
    -10,
    true,
  );
  await milestone(delegating.id, "Each team lead owns one project end to end", 28);
  await milestone(listening.id, "Ask Ana to keep the tally in every team meeting", -63, true);
  await milestone(listening.id, "Ask the team how heard they feel, in a short pulse", 35);

  await planDelegating(ctx, parties, delegating.id);
  await savePlan(ctx, client, listening.id, {
    baseVersion: 0,
    plan: LISTENING_PLAN,
    resolvesConflict: false,
  });
}

/** Two development areas of Daniel's 360 in his development profile, for his goals to link. */
async function acceptDevelopmentAreas(ctx: AppContext, parties: DemoGoalParties) {
  const { coach, engagementId, campaignId } = parties;
  const profile = await getProfile(ctx, coach, engagementId);
  // The competency's development area if the 360 proposes one, else its widest blind spot, else
  // the entry Maya wrote herself from the report.
  const accept = async (competencyId: string, own?: { title: string; detail: string }) => {
    const prefix = `feedback:${campaignId}:${competencyId}:`;
    const ofCompetency = profile.proposals.filter((p) => p.key.startsWith(prefix));
    const proposal =
      ofCompetency.find((p) => p.kind === "development_area") ??
      ofCompetency.find((p) => p.kind === "blind_spot");
    const written = proposal
      ? { ...proposal, proposalKey: proposal.key }
      : own && { kind: "development_area" as const, ...own, proposalKey: undefined };
    if (!written) return [];
    const { kind, title, detail, proposalKey } = written;
    const entry = await addEntry(ctx, coach, engagementId, { kind, title, detail, proposalKey });
    return [entry.id];
  };
  return {
    developingOthers: await accept("developing-others"),
    communicating: await accept("communicating", {
      title: "Listening before deciding",
      detail:
        'His team and peers rate "Listens to others without interrupting" and "Asks questions to understand other people\'s views before giving their own" among his lowest behaviours; Daniel rates both 4 of 5. They say decisions are made before they have spoken.',
    }),
  };
}

/** Maya's first plan, then Daniel's change since: a smaller first step, and why. */
async function planDelegating(ctx: AppContext, parties: DemoGoalParties, goalId: string) {
  await savePlan(ctx, parties.coach, goalId, {
    baseVersion: 0,
    plan: DELEGATING_PLAN,
    reason: "First plan, written together in our session",
    resolvesConflict: false,
  });
  // Written in their first session, a week after the goals were set.
  const firstSession = new Date(Date.now() - (parties.goalsSetDaysAgo - 7) * 86_400_000);
  await ctx.db
    .update(actionPlanVersion)
    .set({ changedAt: firstSession })
    .where(and(eq(actionPlanVersion.goalId, goalId), eq(actionPlanVersion.version, 1)));
  await savePlan(ctx, parties.client, goalId, {
    baseVersion: 1,
    plan: {
      ...DELEGATING_PLAN,
      exercises: DELEGATING_PLAN.exercises.map((e) =>
        e.id === "ex-handover"
          ? {
              ...e,
              task: "Hand one task a week to a team lead, with a written brief of the result",
              schedule: { kind: "cadence" as const, rrule: "FREQ=WEEKLY;BYDAY=WE" },
            }
          : e,
      ),
      obstacles: [
        ...DELEGATING_PLAN.obstacles,
        {
          id: "obs-redo",
          obstacle: "When the work comes back not as I would have done it, I redo it myself",
          ifThen: {
            situation: "I want to rework something a team member handed in",
            action: "ask them two questions about it and let them make the change",
          },
        },
      ],
    },
    reason: "A whole project a month was too big a first step; weekly tasks build the habit",
    resolvesConflict: false,
  });
}

const DELEGATING_PLAN: ActionPlan = {
  skills: [
    {
      id: "skill-stretch",
      text: "Match work to what each person wants to learn, not only to who is free",
      behaviour: { competencyId: "developing-others", itemId: "dev-4" },
    },
    {
      id: "skill-questions",
      text: "Ask questions that help people find their own solution",
      behaviour: { competencyId: "developing-others", itemId: "dev-3" },
    },
  ],
  strategies: [
    { id: "str-only-me", text: "Keep a list of what only I can do; the rest can be handed over" },
    {
      id: "str-authority",
      text: "Say how much authority comes with the work: look into it, recommend, or decide",
    },
  ],
  exercises: [
    {
      id: "ex-calendar",
      task: "Review last week's calendar: mark one task someone else could have owned, and name who",
      schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=MO" },
    },
    {
      id: "ex-handover",
      task: "Hand over one whole project a month, with a written brief",
      schedule: { kind: "cadence", rrule: "FREQ=MONTHLY;BYMONTHDAY=1" },
    },
  ],
  resources: [
    {
      id: "res-monkey",
      title: "Who's Got the Monkey? by William Oncken and Donald Wass",
      url: "https://hbr.org/1999/11/management-time-whos-got-the-monkey",
    },
  ],
  obstacles: [
    {
      id: "obs-quicker",
      obstacle: "It is quicker to do it myself when a deadline is close",
      ifThen: {
        situation: "I catch myself starting a task someone else could own",
        action: "write down who could own it and hand it to them this week",
      },
    },
  ],
  woop: {
    wish: "My team leads run the day-to-day without waiting for me",
    outcome: "Time each week to think about next year instead of this sprint",
    obstacle: "I jump in as soon as something is slow",
    plan: "If something is slow, then I will ask the owner what they need before I touch it",
  },
};

const LISTENING_PLAN: ActionPlan = {
  skills: [
    {
      id: "skill-listen",
      text: "Let people finish before I speak",
      behaviour: { competencyId: "communicating", itemId: "com-2" },
    },
    {
      id: "skill-ask",
      text: "Ask for others' views before giving my own",
      behaviour: { competencyId: "communicating", itemId: "com-3" },
    },
  ],
  strategies: [{ id: "str-last", text: "Speak last on decisions in the team meeting" }],
  exercises: [
    {
      id: "ex-tally",
      task: "After the team meeting, note Ana's tally and one moment I listened well",
      schedule: { kind: "cadence", rrule: "FREQ=WEEKLY;BYDAY=TU" },
    },
  ],
  resources: [{ id: "res-kline", title: "Time to Think, by Nancy Kline" }],
  obstacles: [
    {
      id: "obs-disagree",
      obstacle: "When I disagree strongly I cut in before the point is made",
      ifThen: {
        situation: "I feel the urge to cut in",
        action: "write my point down and wait until they have finished",
      },
    },
  ],
  woop: null,
};
