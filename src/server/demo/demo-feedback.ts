import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { eq } from "drizzle-orm";
import type {
  CompetencyModel,
  FeedbackAnswers,
  Rating,
} from "../../domain/feedback/competency-model";
import { mailboxOf } from "../../domain/feedback/mailbox";
import { DEFAULT_GROUP_LIMITS, type RaterGroup } from "../../domain/feedback/rater-groups";
import type { AppContext } from "../context";
import { feedbackCampaign, feedbackRater, feedbackResponse } from "../db/schema";
import { closeCampaign } from "../feedback/closing";
import { closingTime, todayIn } from "../feedback/deadlines";
import { raterToken, raterTokenHash } from "../feedback/rater-tokens";
import { releasedReportColumns } from "../feedback/report-service";
import { sealAnswers } from "../feedback/sealing";

// Daniel's 360-degree feedback in the demo: a campaign on Keel's leadership model that went
// the whole way (raters invited, answers sealed, closed at the deadline, report released), so
// both Maya and Daniel can open the report at once. It is built through Keel's own closing and
// report code; only the raters' answers are made up here. Another client's 360 passes its own
// story: raters, typical ratings and self-ratings.

const MODEL_ID = "keel-leadership";
const TIME_ZONE = "Europe/London";
const DAY = 24 * 60 * 60 * 1000;

type Comments = Partial<Record<"start" | "stop" | "continue", string>>;

export interface DemoRater {
  name: string;
  email: string;
  group: RaterGroup;
  /** How generously this person rates, in scale points. */
  leaning: number;
  comments: Comments;
}

const RATERS: DemoRater[] = [
  {
    name: "Sarah Lindqvist",
    email: "sarah.lindqvist@example.com",
    group: "manager",
    leaning: 0.1,
    comments: {
      continue:
        "How the platform migration was turned around: a clear plan, clear owners, and it landed ahead of schedule. More of that kind of direction, please.",
      start:
        "Let your leads run more of the conversations with senior stakeholders. They are ready for it, and it would free you for the bigger picture.",
    },
  },
  {
    name: "Tom Becker",
    email: "tom.becker@example.com",
    group: "peer",
    leaning: 0.2,
    comments: {
      continue:
        "Daniel is the person I go to when something actually needs to get done. He cuts through the noise and gets a decision made.",
      stop: "Jumping in with the answer in cross-team meetings before others have finished explaining the problem.",
    },
  },
  {
    name: "Aisha Rahman",
    email: "aisha.rahman@example.com",
    group: "peer",
    leaning: -0.2,
    comments: {
      start:
        "Bring the other teams in earlier. We often hear about a change of priorities after it has been decided.",
      continue: "If Daniel says it will be done by Friday, it is done by Friday.",
    },
  },
  {
    name: "Marco Bellini",
    email: "marco.bellini@example.com",
    group: "peer",
    leaning: 0.3,
    comments: {
      continue:
        "Very good at explaining why a priority matters and how it links to the company's goals. People leave his updates knowing what to do.",
    },
  },
  {
    name: "Grace Liu",
    email: "grace.liu@example.com",
    group: "peer",
    leaning: -0.1,
    comments: {
      stop: "Working through messages during one-to-ones and meetings. When the laptop is open it is hard to feel heard.",
      start: "Ask a couple more questions before proposing a solution.",
    },
  },
  {
    name: "Jonas Weber",
    email: "jonas.weber@example.com",
    group: "direct_report",
    leaning: 0.2,
    comments: {
      start:
        "Regular conversations about where each of us wants to grow, not only about what is due this sprint.",
      continue: "The clarity on priorities. I always know what matters most this week.",
    },
  },
  {
    name: "Lucy Adeyemi",
    email: "lucy.adeyemi@example.com",
    group: "direct_report",
    leaning: -0.3,
    comments: {
      stop: "Taking over when a task gets difficult. It would help more to ask how we would approach it and let us try.",
    },
  },
  {
    name: "Ravi Patel",
    email: "ravi.patel@example.com",
    group: "direct_report",
    leaning: 0,
    comments: {
      start:
        "More specific feedback, both when something went well and when it did not. At the moment I mostly find out at review time.",
      continue: "He shields the team from last-minute requests and clears blockers fast.",
    },
  },
  {
    name: "Emma Novak",
    email: "emma.novak@example.com",
    group: "direct_report",
    leaning: -0.1,
    comments: {
      stop: "Sending messages late in the evening and at weekends. Even if no reply is expected, it sets the pace for everyone.",
      continue:
        "Stays calm when something breaks in production and goes after the fix, not after who caused it.",
    },
  },
  {
    name: "Chloe Martin",
    email: "chloe.martin@example.com",
    group: "other",
    leaning: 0.1,
    comments: {
      start:
        "Make more room for the people side of the role: career conversations and growth plans for the team.",
      continue: "Open and constructive to work with across departments.",
    },
  },
  {
    name: "Owen Fraser",
    email: "owen.fraser@example.com",
    group: "other",
    leaning: 0.2,
    comments: {
      continue:
        "Reliable and straight-talking: when there is bad news we hear it early, and with a plan.",
    },
  },
];

/**
 * How others typically rate Daniel on each behaviour: clear strengths in delivering results and
 * setting direction, development areas in developing others and in listening.
 */
const TYPICAL: Record<string, number> = {
  ...{ "dir-1": 4.4, "dir-2": 4.5, "dir-3": 4.2, "dir-4": 3.8, "dir-5": 3.7 },
  ...{ "com-1": 4.2, "com-2": 2.3, "com-3": 2.5, "com-4": 3.6, "com-5": 3.4 },
  ...{ "dec-1": 4.5, "dec-2": 2.9, "dec-3": 3.7, "dec-4": 3.5, "dec-5": 3.4 },
  ...{ "res-1": 4.4, "res-2": 4.7, "res-3": 4.3, "res-4": 3.9, "res-5": 4.2 },
  ...{ "dev-1": 3.0, "dev-2": 3.1, "dev-3": 2.2, "dev-4": 3.1, "dev-5": 2.3 },
  ...{ "col-1": 3.9, "col-2": 4.0, "col-3": 3.8, "col-4": 3.7, "col-5": 3.2 },
  ...{ "tru-1": 4.5, "tru-2": 3.5, "tru-3": 3.4, "tru-4": 4.2, "tru-5": 3.9 },
  ...{ "awa-1": 3.0, "awa-2": 2.8, "awa-3": 3.1, "awa-4": 3.4, "awa-5": 2.9 },
  ...{ "rsl-1": 3.6, "rsl-2": 3.9, "rsl-3": 4.1, "rsl-4": 3.8, "rsl-5": 2.5 },
};

/** How each group sees a competency differently from the rest, in scale points. */
const GROUP_VIEW: Record<RaterGroup, Record<string, number>> = {
  manager: { results: 0.3, direction: 0.2, communicating: 0.2, "developing-others": -0.2 },
  peer: { collaborating: 0.2, communicating: -0.1, deciding: -0.2 },
  direct_report: {
    direction: 0.2,
    trust: 0.1,
    communicating: -0.2,
    "developing-others": -0.3,
    resilience: -0.2,
  },
  other: { collaborating: 0.3, results: 0.2 },
};

/** Behaviours on which groups part ways: peers feel left out of his decisions, his team does not. */
const ITEM_VIEW: Record<string, Partial<Record<RaterGroup, number>>> = {
  "dec-2": { peer: -1.0, direct_report: 1.1 },
};

/** Behaviours a group sees little of, so that some of its raters choose "not observed". */
const SELDOM_SEEN: Record<RaterGroup, { items: string[]; chance: number }> = {
  manager: { items: ["dev-3", "dev-5"], chance: 1 },
  peer: { items: ["dev-4", "dev-5", "res-4", "tru-5"], chance: 0.4 },
  direct_report: { items: ["col-1", "col-2"], chance: 0.5 },
  other: { items: ["dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "res-4", "tru-5"], chance: 0.7 },
};

/**
 * Daniel's own view: higher than others' on communicating and developing others (blind spots),
 * lower on collaborating and influencing (a hidden strength).
 */
const SELF: Record<string, Rating> = {
  ...{ "dir-1": 5, "dir-2": 4, "dir-3": 4, "dir-4": 4, "dir-5": 4 },
  ...{ "com-1": 4, "com-2": 4, "com-3": 4, "com-4": 4, "com-5": 4 },
  ...{ "dec-1": 5, "dec-2": 3, "dec-3": 4, "dec-4": 4, "dec-5": 3 },
  ...{ "res-1": 5, "res-2": 5, "res-3": 4, "res-4": 4, "res-5": 4 },
  ...{ "dev-1": 4, "dev-2": 3, "dev-3": 4, "dev-4": 4, "dev-5": 4 },
  ...{ "col-1": 3, "col-2": 2, "col-3": 3, "col-4": 3, "col-5": 2 },
  ...{ "tru-1": 5, "tru-2": 4, "tru-3": 4, "tru-4": 4, "tru-5": 4 },
  ...{ "awa-1": 3, "awa-2": 3, "awa-3": 3, "awa-4": 4, "awa-5": 3 },
  ...{ "rsl-1": 4, "rsl-2": 4, "rsl-3": 4, "rsl-4": 4, "rsl-5": 3 },
};

/** Whose 360 it is: who rated, how others typically see each behaviour, and the self-rating. */
export interface DemoFeedbackStory {
  raters: DemoRater[];
  /** How others typically rate each behaviour (3.5 where not given). */
  typical: Record<string, number>;
  /** Behaviours on which groups part ways, in scale points. */
  itemView: Record<string, Partial<Record<RaterGroup, number>>>;
  /** The client's own ratings (4 where not given). */
  self: Record<string, Rating>;
  /** Seeds the raters' noise: the same answers on every start. */
  seed: number;
}

const DANIELS_360: DemoFeedbackStory = {
  raters: RATERS,
  typical: TYPICAL,
  itemView: ITEM_VIEW,
  self: SELF,
  seed: 360,
};

export interface DemoFeedbackParties {
  practiceId: string;
  engagementId: string;
  coachId: string;
  clientId: string;
  threshold: number;
  /** How many days ago the campaign's deadline was; it was released the day after. */
  deadlineDaysAgo: number;
  /** The released campaign this one repeats, to measure change against. */
  repeatOf?: string;
}

/** A released 360 (Daniel's by default): the campaign's id, or null if the model is missing. */
export async function seedDemoFeedback(
  ctx: AppContext,
  parties: DemoFeedbackParties,
  story: DemoFeedbackStory = DANIELS_360,
): Promise<string | null> {
  const model = ctx.competencyModels.get(MODEL_ID);
  if (!model) return null;
  const deadline = daysBefore(todayIn(TIME_ZONE), parties.deadlineDaysAgo);
  const closesAt = closingTime(deadline, TIME_ZONE);
  const on = (days: number, hour: number, minute: number) => onDay(deadline, days, hour, minute);

  const id = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(feedbackCampaign)
      .values({
        practiceId: parties.practiceId,
        engagementId: parties.engagementId,
        clientId: parties.clientId,
        createdBy: parties.coachId,
        status: "collecting",
        repeatOf: parties.repeatOf ?? null,
        modelSource: "built-in",
        modelId: model.id,
        modelVersion: model.version,
        model: structuredClone(model),
        threshold: parties.threshold,
        groupLimits: DEFAULT_GROUP_LIMITS,
        deadline,
        timeZone: TIME_ZONE,
        closesAt,
        selfRatings: selfRatingsFor(model, story.self),
        selfSubmittedAt: on(-9, 21, 18),
        invitedAt: on(-17, 9, 5),
        createdAt: on(-21, 10, 12),
      })
      .returning({ id: feedbackCampaign.id });
    if (!created) throw new Error("demo 360 feedback was not created");
    const random = seededRandom(story.seed);
    await tx.insert(feedbackRater).values(
      story.raters.map((rater) => {
        const raterId = randomUUID();
        return {
          id: raterId,
          campaignId: created.id,
          name: rater.name,
          email: rater.email,
          mailbox: mailboxOf(rater.email),
          group: rater.group,
          nominatedBy: parties.clientId,
          tokenHash: raterTokenHash(raterToken(ctx.authSecret, raterId)),
          sealedAnswers: sealAnswers(
            ctx.authSecret,
            raterId,
            answersOf(model, story, rater, random),
          ),
          completed: true,
          createdAt: on(-19, 19, 40),
        };
      }),
    );
    return created.id;
  });

  // Closed as the deadline job closes it, then released by Maya the next afternoon.
  if (!(await closeCampaign(ctx, id))) throw new Error("demo 360 feedback did not close");
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(feedbackResponse)
      .set({ submittedOn: deadline })
      .where(eq(feedbackResponse.campaignId, id));
    const [campaign] = await tx.select().from(feedbackCampaign).where(eq(feedbackCampaign.id, id));
    if (!campaign) throw new Error("demo 360 feedback disappeared");
    await tx
      .update(feedbackCampaign)
      .set({
        status: "released",
        ...(await releasedReportColumns(tx, campaign)),
        closedAt: closesAt,
        releasedAt: on(1, 14, 30),
      })
      .where(eq(feedbackCampaign.id, id));
  });
  return id;
}

/** One rater's answers: the typical rating, as their group and they themselves see it. */
function answersOf(
  model: CompetencyModel,
  story: DemoFeedbackStory,
  rater: DemoRater,
  random: () => number,
) {
  const seldom = SELDOM_SEEN[rater.group];
  const ratings: Record<string, Rating> = {};
  for (const competency of model.competencies)
    for (const item of competency.items) {
      if (seldom.items.includes(item.id) && random() < seldom.chance) {
        ratings[item.id] = null;
        continue;
      }
      const view =
        (GROUP_VIEW[rater.group][competency.id] ?? 0) +
        (story.itemView[item.id]?.[rater.group] ?? 0);
      const noise = (random() - 0.5) * 1.4;
      ratings[item.id] = onScale((story.typical[item.id] ?? 3.5) + view + rater.leaning + noise);
    }
  const questions = new Set(model.openQuestions.map((q) => q.id));
  const comments = Object.fromEntries(
    Object.entries(rater.comments).filter(([question]) => questions.has(question)),
  );
  return { ratings, comments } satisfies FeedbackAnswers;
}

function selfRatingsFor(model: CompetencyModel, self: Record<string, Rating>) {
  return Object.fromEntries(
    model.competencies.flatMap((c) => c.items.map((item) => [item.id, self[item.id] ?? 4])),
  );
}

function onScale(value: number): Rating {
  return Math.min(5, Math.max(1, Math.round(value))) as Rating;
}

/** The day `days` before a YYYY-MM-DD day. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/** A moment `days` after the deadline (before, if negative), at a local time of day. */
function onDay(deadline: string, days: number, hour: number, minute: number): Date {
  const [year = 0, month = 1, date = 1] = deadline.split("-").map(Number);
  const local = new TZDate(year, month - 1, date + days, hour, minute, 0, 0, TIME_ZONE);
  return new Date(local.getTime());
}

/** mulberry32: the same demo answers on every start. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
