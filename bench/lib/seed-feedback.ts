import { randomUUID } from "node:crypto";
import { reportForProposals } from "../../src/domain/development/feedback-proposals";
import type { CompetencyModel, Rating } from "../../src/domain/feedback/competency-model";
import { DEFAULT_GROUP_LIMITS, type RaterGroup } from "../../src/domain/feedback/rater-groups";
import { buildReport } from "../../src/domain/feedback/report";
import type { RaterResponse } from "../../src/domain/feedback/report-types";
import {
  COMPETENCY_MODELS_ROOT,
  loadCompetencyModelFiles,
} from "../../src/server/competency-models/model-files";
import type { Database } from "../../src/server/db/database";
import {
  type engagement,
  feedbackCampaign,
  feedbackComment,
  feedbackRater,
  feedbackResponse,
} from "../../src/server/db/schema";
import { insertBatches, type Random } from "./seed-helpers";

type EngagementRow = typeof engagement.$inferInsert;
type Status = (typeof feedbackCampaign.$inferInsert)["status"];

const DAY = 24 * 60 * 60 * 1000;
const PER_SCALE = { campaigns: 2000, completed: 300 };
const OPEN_STATUSES: Status[] = ["draft", "nominating", "approval", "collecting", "closed"];

export interface SeededFeedback {
  /** A campaign of the bench client, released: its report is stored. */
  clientReleasedCampaignId: string;
  counts: Record<string, number>;
}

/**
 * Per unit of scale, 2,000 campaigns spread over the engagements: 300 released with 8 to 15
 * raters who all answered (their ratings and comments stored apart from them, and the frozen
 * report), the rest in every earlier status with their nominations.
 */
export async function seedFeedback(
  db: Database,
  input: {
    practiceId: string;
    scale: number;
    engagements: EngagementRow[];
    clientEngagementId: string;
    random: Random;
  },
): Promise<SeededFeedback> {
  const model = keelModel();
  const { engagements, random, scale } = input;
  const total = PER_SCALE.campaigns * scale;
  const completed = PER_SCALE.completed * scale;
  const campaigns: (typeof feedbackCampaign.$inferInsert)[] = [];
  const raters: (typeof feedbackRater.$inferInsert)[] = [];
  const responses: (typeof feedbackResponse.$inferInsert)[] = [];
  const comments: (typeof feedbackComment.$inferInsert)[] = [];
  const clientEngagement = engagements.find((e) => e.id === input.clientEngagementId);
  const owners = [clientEngagement as EngagementRow, ...engagements];
  for (let i = 0; i < total; i++) {
    const owner = owners[i % owners.length] as EngagementRow;
    const released = i < completed;
    const status: Status = released ? "released" : (OPEN_STATUSES[i % 5] as Status);
    const created = (owner.createdAt as Date).getTime() + (i % 20) * DAY;
    const id = randomUUID();
    const group = groupsOf(8 + (i % 8));
    const campaignRaters = group.map((g, r) => ({
      id: randomUUID(),
      campaignId: id,
      name: `Rater ${i}.${r}`,
      email: `rater-${i}-${r}@bench.example`,
      mailbox: `rater-${i}-${r}@bench.example`,
      group: g,
      nominatedBy: owner.clientId,
      completed: released || (status === "closed" && r % 3 !== 0),
    }));
    raters.push(...campaignRaters);
    const answered = campaignRaters
      .filter((r) => r.completed)
      .map((r) => ({ group: r.group, ratings: ratingsFor(model, random) }));
    const deadline = new Date(created + 21 * DAY);
    const report = released
      ? buildReport({
          model,
          threshold: 3,
          managerIdentified: false,
          self: ratingsFor(model, random),
          responses: answered,
          comments: [],
        })
      : null;
    campaigns.push({
      id,
      practiceId: input.practiceId,
      engagementId: owner.id as string,
      clientId: owner.clientId,
      createdBy: owner.coachId,
      status,
      modelSource: "built-in",
      modelId: model.id,
      modelVersion: model.version,
      model,
      threshold: 3,
      groupLimits: DEFAULT_GROUP_LIMITS,
      deadline: deadline.toISOString().slice(0, 10),
      timeZone: "Europe/London",
      closesAt: deadline,
      createdAt: new Date(created),
      ...(report
        ? {
            report,
            reportForProposals: reportForProposals(report),
            releasedAt: deadline,
            closedAt: deadline,
          }
        : {}),
    });
    responses.push(...answered.map((a) => ({ ...a, campaignId: id, submittedOn: day(deadline) })));
    if (released)
      comments.push(
        ...answered.slice(0, 4).map((a) => ({
          campaignId: id,
          group: a.group,
          questionId: "continue",
          text: "Keep running the weekly planning session; it helps the whole team.",
        })),
      );
  }
  await insertBatches(db, feedbackCampaign, campaigns, 100);
  await insertBatches(db, feedbackRater, raters);
  await insertBatches(db, feedbackResponse, responses);
  await insertBatches(db, feedbackComment, comments);
  const clientReleased = campaigns.find(
    (c) => c.engagementId === input.clientEngagementId && c.status === "released",
  );
  if (!clientReleased) throw new Error("the bench client has no released 360");
  return {
    clientReleasedCampaignId: clientReleased.id as string,
    counts: {
      "360 campaigns": campaigns.length,
      "released 360 reports": completed,
      "360 raters": raters.length,
      "360 responses": responses.length,
    },
  };
}

function keelModel(): CompetencyModel {
  const model = loadCompetencyModelFiles(COMPETENCY_MODELS_ROOT).find(
    (m) => m.id === "keel-leadership",
  );
  if (!model) throw new Error("content/competency-models/keel-leadership is missing");
  return model;
}

/** 1 manager, then peers, direct reports and others in turn. */
function groupsOf(count: number): RaterGroup[] {
  const cycle: RaterGroup[] = ["peer", "direct_report", "peer", "direct_report", "other"];
  return ["manager", ...Array.from({ length: count - 1 }, (_, i) => cycle[i % 5] as RaterGroup)];
}

/** A rater's view: a level per competency plus noise; one answer in twelve "not observed". */
export function ratingsFor(model: CompetencyModel, random: Random): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  for (const competency of model.competencies) {
    const level = 2 + random() * 2.5;
    for (const item of competency.items) {
      const value = Math.min(5, Math.max(1, Math.round(level + (random() - 0.5) * 2)));
      ratings[item.id] = random() < 1 / 12 ? null : (value as Rating);
    }
  }
  return ratings;
}

/** One self-rating and `raters` responses on every item of the model. */
export function reportInputOf(model: CompetencyModel, raters: number, random: Random) {
  const groups = groupsOf(raters);
  const responses: RaterResponse[] = groups.map((group) => ({
    group,
    ratings: ratingsFor(model, random),
  }));
  return {
    model,
    threshold: 3,
    managerIdentified: false,
    self: ratingsFor(model, random),
    responses,
    comments: [],
  };
}

export { keelModel };

const day = (date: Date) => date.toISOString().slice(0, 10);
