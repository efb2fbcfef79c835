import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { GroupLimits } from "../../src/domain/feedback/rater-groups";
import { newAgent, type World } from "./factories";
import {
  BUILT_IN_MODEL_ID,
  collectingCampaign,
  createCampaign,
  limitsAdmitting,
  moveCampaign,
  nominate,
  ratersOf,
} from "./feedback-factories";
import { lastMailTo, linkIn, type TestApp } from "./test-app";

// 360 feedback. A campaign, its raters, the self-rating, the report and its comments are the
// client's and their coach's only, like the client's other work; the survey behind a rater's
// private link needs no account, and whoever is signed in changes nothing about it.

/** Limits loose enough that the rows may add raters to one campaign again and again. */
const ROOMY_LIMITS: GroupLimits = {
  manager: { min: 0, max: 2 },
  peer: { min: 0, max: 30 },
  direct_report: { min: 0, max: 30 },
  other: { min: 0, max: 30 },
};

interface SurveyModel {
  competencies: { items: { id: string }[] }[];
  openQuestions: { id: string }[];
}

const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((c) => c.items.map((i) => i.id));

/** A token of the right shape that Keel never sent. */
export const forgedToken = () => randomBytes(32).toString("base64url");

export interface FeedbackRecords {
  /** For the fresh records that need a rater's mailed link. */
  app: TestApp;
  /** The coach's own competency model, a copy of Keel's. */
  ownModelId: string;
  /** The behaviours of Keel's model, which every campaign here uses. */
  itemIds: string[];
  /** A campaign still in draft. */
  draftId: string;
  /** A campaign whose client is nominating, with one rater not invited yet. */
  nominating: { id: string; raterId: string };
  /** A campaign collecting answers, with a rater's token who has not answered yet. */
  collecting: { id: string; token: string };
  /** A closed campaign, not yet released: three peers answered, one with a comment. */
  closed: { id: string; commentId: string };
  /** A campaign whose report was released to the client. */
  releasedId: string;
}

/** Rates every behaviour and sends the survey through a rater's private link. */
async function answerSurvey(t: TestApp, token: string, comment?: string) {
  const rater = newAgent(t);
  const url = `/api/feedback/survey/${token}`;
  const model: SurveyModel = (await rater.get(url)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id) => [id, 4]));
  const question = model.openQuestions[0]?.id;
  const comments = comment && question ? { [question]: comment } : {};
  expect((await rater.put(`${url}/answers`, { ratings, comments })).status).toBe(200);
  expect((await rater.post(`${url}/submit`)).status).toBe(200);
}

/** A closed campaign of three peers who answered, the first one with a comment. */
async function closedCampaign(t: TestApp, w: World, comment = "Priya says the plans are clear.") {
  const { campaign, raters } = await collectingCampaign(t, w, { peer: 3 });
  for (const [i, rater] of raters.entries())
    await answerSurvey(t, rater.token, i === 0 ? comment : undefined);
  await moveCampaign(w.coach, campaign.id, "closed");
  return campaign.id as string;
}

async function buildFeedbackRecords(t: TestApp, w: World): Promise<FeedbackRecords> {
  const copied = await w.coach.agent.post("/api/competency-models", { copyOf: BUILT_IN_MODEL_ID });
  expect(copied.status, JSON.stringify(copied.body)).toBe(201);
  const model: SurveyModel = (
    await w.coach.agent.get(`/api/competency-models/${BUILT_IN_MODEL_ID}`)
  ).body;

  const draft = await createCampaign(w.coach, w.engagement.id);

  const nominating = await createCampaign(w.coach, w.engagement.id, { groupLimits: ROOMY_LIMITS });
  await moveCampaign(w.coach, nominating.id, "nominating");
  const listed = await nominate(w.client, nominating.id, ratersOf({ peer: 1 }));

  const collecting = await collectingCampaign(t, w, { peer: 3 }, { groupLimits: ROOMY_LIMITS });

  const closedId = await closedCampaign(t, w);
  const comments = await w.coach.agent.get(`/api/feedback-campaigns/${closedId}/comments`);
  expect(comments.status, JSON.stringify(comments.body)).toBe(200);
  expect(comments.body).toHaveLength(1);

  const releasedId = await closedCampaign(t, w);
  await moveCampaign(w.coach, releasedId, "released");

  return {
    app: t,
    ownModelId: copied.body.id,
    itemIds: itemIdsOf(model),
    draftId: draft.id,
    nominating: { id: nominating.id, raterId: listed.raters[0].id },
    collecting: { id: collecting.campaign.id, token: collecting.raters[0]?.token ?? "" },
    closed: { id: closedId, commentId: comments.body[0].id },
    releasedId,
  };
}

/** A new model of the coach's own, to delete. */
export async function freshModel(w: TableWorld): Promise<string> {
  const copied = await w.coach.agent.post("/api/competency-models", { copyOf: BUILT_IN_MODEL_ID });
  return copied.body.id;
}

/** A new campaign in draft, to delete or to open for nominations. */
export async function freshDraft(w: TableWorld): Promise<string> {
  return (await createCampaign(w.coach, w.engagement.id)).id;
}

/** A new campaign whose client nominated one peer: the list can go for approval. */
export async function freshNominated(w: TableWorld): Promise<string> {
  const created = await createCampaign(w.coach, w.engagement.id, {
    groupLimits: limitsAdmitting({ peer: 1 }),
  });
  await moveCampaign(w.coach, created.id, "nominating");
  await nominate(w.client, created.id, ratersOf({ peer: 1 }));
  return created.id;
}

/** A new campaign whose client rated every behaviour without submitting. */
export async function freshSelfRated(w: TableWorld): Promise<string> {
  const created = await createCampaign(w.coach, w.engagement.id);
  await moveCampaign(w.coach, created.id, "nominating");
  const ratings = Object.fromEntries(w.feedback.itemIds.map((id) => [id, 3]));
  const saved = await w.client.agent.put(`/api/feedback-campaigns/${created.id}/self-rating`, {
    ratings,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return created.id;
}

/** A new closed campaign, to release. */
export async function freshClosed(w: TableWorld): Promise<string> {
  const { campaign } = await collectingCampaign(w.feedback.app, w, { peer: 1 });
  await moveCampaign(w.coach, campaign.id, "closed");
  return campaign.id;
}

/** A new rater on the nominating campaign, named by the coach, to remove. */
export async function freshRater(w: TableWorld): Promise<string> {
  const view = await nominate(w.coach, w.feedback.nominating.id, ratersOf({ other: 1 }));
  return view.raters.at(-1).id;
}

/**
 * A new rater invited to the collecting campaign, who has rated every behaviour through their
 * link but not sent it yet: their token, to submit.
 */
export async function freshRaterToken(w: TableWorld): Promise<string> {
  const [rater] = ratersOf({ other: 1 });
  if (!rater) throw new Error("no rater");
  const view = await nominate(w.coach, w.feedback.collecting.id, [rater]);
  const approved = await w.client.agent.post(
    `/api/feedback-raters/${view.raters.at(-1).id}/approve`,
  );
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const mail = await lastMailTo(w.feedback.app.ctx, rater.email);
  const token = linkIn(mail.text, "/feedback/").split("/feedback/")[1] ?? "";
  const ratings = Object.fromEntries(w.feedback.itemIds.map((id) => [id, 2]));
  const saved = await newAgent(w.feedback.app).put(`/api/feedback/survey/${token}/answers`, {
    ratings,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return token;
}

/**
 * A new peer on the collecting campaign with their link (added by the coach, approved by the
 * client): a peer, as the other rows fill the group "other".
 */
export async function freshInvitedRater(w: TableWorld): Promise<string> {
  const view = await nominate(w.coach, w.feedback.collecting.id, ratersOf({ peer: 1 }));
  const raterId = view.raters.at(-1).id;
  const approved = await w.client.agent.post(`/api/feedback-raters/${raterId}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return raterId;
}

/** A new rater added to the collecting campaign by `by`, waiting for the other's approval. */
export async function freshLateRater(w: TableWorld, by: "coach" | "client"): Promise<string> {
  const view = await nominate(w[by], w.feedback.collecting.id, ratersOf({ other: 1 }));
  return view.raters.at(-1).id;
}

export const campaignUrl = (id: string, rest = "") => `/api/feedback-campaigns/${id}${rest}`;
export const surveyUrl = (token: string, rest = "") => `/api/feedback/survey/${token}${rest}`;

/** The world, with the 360 feedback records the access table's rows act on. */
export type TableWorld = World & { feedback: FeedbackRecords };

/** The world of the access tables, with its 360 feedback records. */
export async function buildTableWorld(t: TestApp, world: World): Promise<TableWorld> {
  return { ...world, feedback: await buildFeedbackRecords(t, world) };
}
