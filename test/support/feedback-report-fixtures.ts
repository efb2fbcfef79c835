import { expect } from "vitest";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { rawQuery } from "../../src/server/db/database";
import { inviteAndAccept, type Member, newAgent, openEngagement, signUpCoach } from "./factories";
import { answerSurvey, rateSelf, type SurveyModel } from "./feedback-answers";
import { collectingCampaign, type InvitedRater, moveCampaign } from "./feedback-factories";
import type { TestApp } from "./test-app";

export interface CampaignParties {
  coach: Member;
  client: Member;
  engagement: { id: string };
}

/** A coach, their client and the client's sponsor, in one engagement: the fewest a 360 needs. */
export async function reportParties(t: TestApp) {
  const coach = await signUpCoach(t, "report-coach");
  const client = await inviteAndAccept(t, coach, "client");
  const sponsor = await inviteAndAccept(t, coach, "sponsor");
  const engagement = await openEngagement(coach, client, sponsor);
  return { coach, client, sponsor, engagement };
}

export const PRIYA_COMMENT = "Priya says the plan always comes late.";
export const FRIDAY_COMMENT = "Keep the Friday demos.";
export const OTHER_TEAMS_COMMENT = "Keep asking the other teams.";

export const reportUrl = (campaignId: string) => `/api/feedback-campaigns/${campaignId}/report`;
export const commentsUrl = (campaignId: string) => `/api/feedback-campaigns/${campaignId}/comments`;
export const redactUrl = (commentId: string) => `/api/feedback-comments/${commentId}/redactions`;

/**
 * A 360 still collecting, every answer in but the manager's: 1 manager, 4 peers, 3 direct reports
 * (who leave every seventh behaviour unrated) and 1 other. The client rated themselves 5 on every
 * behaviour. Three comments: the first peer's names Priya, one direct report's and the other's.
 */
export async function answeredCampaign(t: TestApp, parties: CampaignParties) {
  const collecting = await collectingCampaign(t, parties, {
    manager: 1,
    peer: 4,
    direct_report: 3,
    other: 1,
  });
  const campaignId: string = collecting.campaign.id;
  const raters = collecting.raters;
  const ofGroup = (group: string) => raters.filter((r) => r.group === group);
  await rateSelf(parties.client, campaignId, 5);
  const peers = ofGroup("peer");
  const questions: SurveyModel["openQuestions"] = (
    await newAgent(t).get(`/api/feedback/survey/${peers[0]?.token}`)
  ).body.model.openQuestions;
  const [start, , carryOn] = questions;
  let model = undefined as unknown as SurveyModel;
  for (const [i, peer] of peers.entries())
    model = await answerSurvey(
      newAgent(t),
      peer,
      (item) => ((i + item) % 5) + 1,
      i === 0 ? { [start?.id as string]: PRIYA_COMMENT } : {},
    );
  for (const [i, report] of ofGroup("direct_report").entries())
    await answerSurvey(
      newAgent(t),
      report,
      (item) => (item % 7 === 0 ? null : ((i * 2 + item) % 5) + 1),
      i === 0 ? { [carryOn?.id as string]: FRIDAY_COMMENT } : {},
    );
  await answerSurvey(newAgent(t), ofGroup("other")[0] as InvitedRater, () => 2, {
    [carryOn?.id as string]: OTHER_TEAMS_COMMENT,
  });
  return { campaignId, raters, model, ofGroup };
}

/** The answered campaign, closed by the coach: its report is the coach's preview. */
export async function closedCampaign(t: TestApp, parties: CampaignParties) {
  const answered = await answeredCampaign(t, parties);
  await moveCampaign(parties.coach, answered.campaignId, "closed");
  return answered;
}

/** The id of the campaign's comment that starts with `start`, as the coach lists them. */
export async function commentIdOf(coach: Member, campaignId: string, start: string) {
  const comments = (await coach.agent.get(commentsUrl(campaignId))).body as {
    id: string;
    original: string;
  }[];
  const comment = comments.find((c) => c.original.startsWith(start));
  if (!comment) throw new Error(`no comment starting "${start}"`);
  return comment.id;
}

/** The closed campaign with "priya" redacted, and the coach's preview after it. */
export async function redactedPreview(t: TestApp, parties: CampaignParties) {
  const closed = await closedCampaign(t, parties);
  const priyaId = await commentIdOf(parties.coach, closed.campaignId, "Priya");
  const redacted = await parties.coach.agent.put(redactUrl(priyaId), { redactions: ["priya"] });
  expect(redacted.status, JSON.stringify(redacted.body)).toBe(200);
  const preview: FeedbackReport = (await parties.coach.agent.get(reportUrl(closed.campaignId)))
    .body;
  return { ...closed, priyaId, preview };
}

/** The redacted preview, released to the client. */
export async function releasedReport(t: TestApp, parties: CampaignParties) {
  const redacted = await redactedPreview(t, parties);
  await moveCampaign(parties.coach, redacted.campaignId, "released");
  return redacted;
}

/** The campaign's comments as stored: their ids and redactions. */
export const commentRows = (t: TestApp, campaignId: string) =>
  rawQuery<{ id: string; redactions: string[] }>(
    t.handle,
    "select id, redactions from feedback_comment where campaign_id = $1 order by id",
    [campaignId],
  );

/** How many responses of each group the campaign stores, apart from its raters. */
export async function responsesByGroup(t: TestApp, campaignId: string) {
  const rows = await rawQuery<{ group: string; n: string }>(
    t.handle,
    `select "group", count(*) as n from feedback_response where campaign_id = $1 group by "group"`,
    [campaignId],
  );
  return Object.fromEntries(rows.map((row) => [row.group, Number(row.n)]));
}

/** The campaign's raters as stored: whether they sent their answers, and these if still sealed. */
export const raterRows = (t: TestApp, campaignId: string) =>
  rawQuery<{ group: string; completed: boolean; sealed_answers: string | null }>(
    t.handle,
    `select "group", completed, sealed_answers from feedback_rater where campaign_id = $1`,
    [campaignId],
  );
