import { randomBytes } from "node:crypto";
import { beforeAll, expect } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import { openAnswers } from "../../src/server/feedback/sealing";
import type { Agent } from "./agent";
import { inviteAndAccept, type Member, newAgent, openEngagement, signUpCoach } from "./factories";
import { itemIdsOf, type SurveyModel } from "./feedback-answers";
import {
  type CampaignOverrides,
  collectingCampaign,
  type InvitedRater,
  type RatersPerGroup,
} from "./feedback-factories";
import type { TestApp } from "./test-app";

export type Ratings = Record<string, number | null>;

export interface Answers {
  ratings: Ratings;
  comments: Record<string, string>;
}

/** A rater's row as the database holds it: the sealed answers and whether they sent them. */
export interface RaterRow {
  sealed_answers: string | null;
  completed: boolean;
}

/** Every item rated, cycling through the scale from `offset`, the first one "not observed". */
export function allRatings(model: SurveyModel, offset = 0): Ratings {
  return Object.fromEntries(
    itemIdsOf(model).map((id, i) => [id, i === 0 ? null : ((i + offset) % 5) + 1]),
  );
}

/** A token of the right shape that Keel never sent. */
export const forgedToken = () => randomBytes(32).toString("base64url");

export const surveyUrl = (token: string, rest = "") => `/api/feedback/survey/${token}${rest}`;

/**
 * What someone reading the rater's row finds of their answers: nothing. No word of a comment, no
 * behaviour's id and no key of the answer sheet, neither in the text as stored nor in any part of
 * it decoded from base64 (a JSON or an encoded copy would show them).
 */
export function expectUnreadable(sealed: string | null | undefined, answers: Answers) {
  expect(sealed).toEqual(expect.any(String));
  const stored = sealed as string;
  expect(() => JSON.parse(stored)).toThrow();
  const decoded = stored
    .split(/[^\w-]+/)
    .map((part) => Buffer.from(part, "base64url").toString("latin1"));
  const words = Object.values(answers.comments)
    .flatMap((text) => text.split(/\W+/))
    .filter((word) => word.length >= 6);
  const ids = Object.keys(answers.ratings);
  expect(words.length + ids.length).toBeGreaterThan(0);
  for (const text of [stored, ...decoded]) {
    expect(text).not.toMatch(/ratings|comments/);
    for (const word of words) expect(text).not.toContain(word);
    for (const id of ids) expect(text).not.toContain(`"${id}"`);
  }
  for (const text of decoded) for (const id of ids) expect(text).not.toContain(id);
}

/** What the survey's tests read of the database; `t` is read late, once the app has started. */
export function surveyRows(t: { current: TestApp }) {
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  const countIn = async (table: "feedback_response" | "feedback_comment", campaign: string) =>
    Number(
      (
        await sql<{ n: string }>(`select count(*) as n from ${table} where campaign_id = $1`, [
          campaign,
        ])
      )[0]?.n,
    );
  return {
    sql,
    raterRow: async (id: string) =>
      (
        await sql<RaterRow>("select sealed_answers, completed from feedback_rater where id = $1", [
          id,
        ])
      )[0],
    raterRowsOf: (campaign: string) =>
      sql<RaterRow & { id: string; group: string }>(
        `select id, "group", sealed_answers, completed from feedback_rater where campaign_id = $1`,
        [campaign],
      ),
    responseCount: (campaign: string) => countIn("feedback_response", campaign),
    commentCount: (campaign: string) => countIn("feedback_comment", campaign),
    responsesOf: (campaign: string) =>
      sql<{ group: string; ratings: Ratings; day: string }>(
        `select "group", ratings, submitted_on::text as day from feedback_response
         where campaign_id = $1`,
        [campaign],
      ),
    /** Opens a rater's sealed answers as closing does: with Keel's secret and the rater's id. */
    unseal: (raterId: string, sealed: string | null | undefined) =>
      openAnswers(t.current.ctx.authSecret, raterId, sealed as string),
  };
}

export const groupsOf = (rows: { group: string }[]) => rows.map((row) => row.group).sort();

/** Saves answers through the link and sends them, expecting both to succeed. */
export async function send(agent: Agent, invited: InvitedRater, answers: Answers) {
  const saved = await agent.put(surveyUrl(invited.token, "/answers"), answers);
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sent = await agent.post(surveyUrl(invited.token, "/submit"));
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
}

/** A campaign collecting answers, with a client and an engagement of its own. */
export async function surveyCampaign(
  t: TestApp,
  coach: Member,
  perGroup: RatersPerGroup = { manager: 1, peer: 3, direct_report: 3 },
  options: CampaignOverrides = {},
) {
  const other = await inviteAndAccept(t, coach, "client", "other-client");
  const engagement = await openEngagement(coach, other);
  return collectingCampaign(t, { coach, client: other, engagement }, perGroup, options);
}

/** The first rater of a group (or the `index`th) in a campaign's list. */
export const pickFrom = (raters: InvitedRater[], group: string, index = 0) =>
  raters.filter((r) => r.group === group)[index] as InvitedRater;

/** What the survey's tests share, filled in before all of them. */
export interface SurveySetting {
  coach: Member;
  client: Member;
  campaignId: string;
  raters: InvitedRater[];
  model: SurveyModel;
  /** An agent without a session, as a rater following their link is. */
  rater: Agent;
}

/**
 * The setting of the survey's tests: before all of them a coach and a campaign collecting answers
 * from 1 manager, 4 peers, 3 direct reports and 2 others; and the rows and helpers they use.
 */
export function useSurveyCampaign(t: { current: TestApp }) {
  const kit = {} as SurveySetting;
  const { responseCount, commentCount, ...rows } = surveyRows(t);
  const pick = (group: string, index = 0) => pickFrom(kit.raters, group, index);

  beforeAll(async () => {
    kit.coach = await signUpCoach(t.current, "survey");
    kit.client = await inviteAndAccept(t.current, kit.coach, "client");
    const engagement = await openEngagement(kit.coach, kit.client);
    const collecting = await collectingCampaign(
      t.current,
      { coach: kit.coach, client: kit.client, engagement },
      { manager: 1, peer: 4, direct_report: 3, other: 2 },
    );
    kit.campaignId = collecting.campaign.id;
    kit.raters = collecting.raters;
    kit.rater = newAgent(t.current);
    kit.model = (await kit.rater.get(surveyUrl(pick("peer").token))).body.model;
  });

  return {
    kit,
    ...rows,
    responseCount: (campaign = kit.campaignId) => responseCount(campaign),
    commentCount: (campaign = kit.campaignId) => commentCount(campaign),
    pick,
    send: (invited: InvitedRater, answers: Answers) => send(kit.rater, invited, answers),
    /** A campaign of its own for tests that close or expire it. */
    freshCampaign: (perGroup?: RatersPerGroup, options?: CampaignOverrides) =>
      surveyCampaign(t.current, kit.coach, perGroup, options),
  };
}
