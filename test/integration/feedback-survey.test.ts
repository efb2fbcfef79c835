import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import { todayIn } from "../../src/server/feedback/deadlines";
import { raterTokenHash } from "../../src/server/feedback/rater-tokens";
import { openAnswers } from "../../src/server/feedback/sealing";
import { SURVEY_RATE_LIMIT } from "../../src/server/feedback/survey-routes";
import { Agent } from "../support/agent";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import {
  type CampaignOverrides,
  collectingCampaign,
  type InvitedRater,
  moveCampaign,
  type RatersPerGroup,
} from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

interface SurveyModel {
  competencies: { id: string; items: { id: string }[] }[];
  openQuestions: { id: string }[];
}

type Ratings = Record<string, number | null>;

interface Answers {
  ratings: Ratings;
  comments: Record<string, string>;
}

/** A rater's row as the database holds it: the sealed answers and whether they sent them. */
interface RaterRow {
  sealed_answers: string | null;
  completed: boolean;
}

const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((competency) => competency.items.map((item) => item.id));

/** Every item rated, cycling through the scale from `offset`, the first one "not observed". */
function allRatings(model: SurveyModel, offset = 0): Ratings {
  return Object.fromEntries(
    itemIdsOf(model).map((id, i) => [id, i === 0 ? null : ((i + offset) % 5) + 1]),
  );
}

const forgedToken = () => randomBytes(32).toString("base64url");

/**
 * What someone reading the rater's row finds of their answers: nothing. No word of a comment, no
 * behaviour's id and no key of the answer sheet, neither in the text as stored nor in any part of
 * it decoded from base64 (a JSON or an encoded copy would show them).
 */
function expectUnreadable(sealed: string | null | undefined, answers: Answers) {
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

describe.each(databaseKinds())("the raters' survey on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let campaignId: string;
  let raters: InvitedRater[];
  let model: SurveyModel;
  let rater: Agent;

  const url = (token: string, rest = "") => `/api/feedback/survey/${token}${rest}`;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  const raterRow = async (id: string) =>
    (
      await sql<RaterRow>("select sealed_answers, completed from feedback_rater where id = $1", [
        id,
      ])
    )[0];
  const raterRowsOf = (campaign: string) =>
    sql<RaterRow & { id: string; group: string }>(
      `select id, "group", sealed_answers, completed from feedback_rater where campaign_id = $1`,
      [campaign],
    );
  const countIn = async (table: "feedback_response" | "feedback_comment", campaign = campaignId) =>
    Number(
      (
        await sql<{ n: string }>(`select count(*) as n from ${table} where campaign_id = $1`, [
          campaign,
        ])
      )[0]?.n,
    );
  const responseCount = (campaign = campaignId) => countIn("feedback_response", campaign);
  const commentCount = (campaign = campaignId) => countIn("feedback_comment", campaign);
  const responsesOf = (campaign: string) =>
    sql<{ group: string; ratings: Ratings; day: string }>(
      `select "group", ratings, submitted_on::text as day from feedback_response
       where campaign_id = $1`,
      [campaign],
    );
  /** Opens a rater's sealed answers as closing does: with Keel's secret and the rater's id. */
  const unseal = (raterId: string, sealed: string | null | undefined) =>
    openAnswers(t.current.ctx.authSecret, raterId, sealed as string);
  const pick = (group: string, index = 0) =>
    raters.filter((r) => r.group === group)[index] as InvitedRater;
  const groupsOf = (rows: { group: string }[]) => rows.map((row) => row.group).sort();

  /** Saves answers through the link and sends them, expecting both to succeed. */
  async function send(invited: InvitedRater, answers: Answers) {
    const saved = await rater.put(url(invited.token, "/answers"), answers);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const sent = await rater.post(url(invited.token, "/submit"));
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  }

  /** A campaign of its own for tests that close or expire it. */
  async function freshCampaign(
    perGroup: RatersPerGroup = { manager: 1, peer: 3, direct_report: 3 },
    options: CampaignOverrides = {},
  ) {
    const other = await inviteAndAccept(t.current, coach, "client", "other-client");
    const engagement = await openEngagement(coach, other);
    return collectingCampaign(t.current, { coach, client: other, engagement }, perGroup, options);
  }

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "survey");
    client = await inviteAndAccept(t.current, coach, "client");
    const engagement = await openEngagement(coach, client);
    const collecting = await collectingCampaign(
      t.current,
      { coach, client, engagement },
      { manager: 1, peer: 4, direct_report: 3, other: 2 },
    );
    campaignId = collecting.campaign.id;
    raters = collecting.raters;
    rater = newAgent(t.current);
    model = (await rater.get(url(pick("peer").token))).body.model;
  });

  describe("opening the link", () => {
    it("shows the survey with the model, the promise's facts and an empty draft", async () => {
      const response = await rater.get(url(pick("peer").token));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        state: "open",
        clientName: client.name,
        practiceName: "survey practice",
        raterName: "peer rater 1",
        group: "peer",
        threshold: 3,
        managerIdentified: false,
        answers: { ratings: {}, comments: {} },
      });
      const survey = response.body.model;
      expect(survey.name).toBe("Keel leadership model");
      expect(survey.scale.map((option: { value: number }) => option.value)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      expect(survey.notObservedLabel).toBe("Not observed");
      expect(itemIdsOf(survey).length).toBeGreaterThanOrEqual(32);
      expect(survey.openQuestions.length).toBeGreaterThan(0);
    });

    it("is never cached and sends no Referer that would carry the token", async () => {
      for (const token of [pick("peer").token, forgedToken()]) {
        const response = await rater.get(url(token));
        expect(response.headers["cache-control"]).toBe("no-store");
        expect(response.headers["referrer-policy"]).toBe("no-referrer");
      }
    });

    it("answers a forged, cut-short or revoked link with the same 404 on every route", async () => {
      const revoked = await freshCampaign();
      const removed = revoked.raters[0] as InvitedRater;
      await sql("delete from feedback_rater where id = $1", [removed.id]);
      const tokens = [
        forgedToken(),
        pick("peer").token.slice(0, 30),
        "x".repeat(100),
        removed.token,
      ];
      for (const token of tokens) {
        for (const response of [
          await rater.get(url(token)),
          await rater.put(url(token, "/answers"), { ratings: {} }),
          await rater.post(url(token, "/submit")),
        ]) {
          expect(response.status, token).toBe(404);
          expect(response.body.error.message).toBe("This feedback link is not valid.");
        }
      }
    });

    it("finds the rater by the hash of the token only", async () => {
      const peer = pick("peer");
      const [row] = await sql<{ token_hash: string }>(
        "select token_hash from feedback_rater where id = $1",
        [peer.id],
      );
      expect(row?.token_hash).toBe(raterTokenHash(peer.token));
    });
  });

  describe("saving a draft", () => {
    it("merges each save into the draft and counts what is answered", async () => {
      const peer = pick("peer", 1);
      const [first, second, third] = itemIdsOf(model) as [string, string, string];
      const question = model.openQuestions[0]?.id as string;
      const saved = await rater.put(url(peer.token, "/answers"), {
        ratings: { [first]: 4 },
        comments: { [question]: "Runs calm meetings." },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body).toEqual({ answered: 1, total: itemIdsOf(model).length });
      expect(saved.headers["cache-control"]).toBe("no-store");
      const again = await rater.put(url(peer.token, "/answers"), {
        ratings: { [second]: null, [first]: 5 },
      });
      expect(again.body.answered).toBe(2);
      const resumed = await rater.get(url(peer.token));
      expect(resumed.body.answers).toEqual({
        ratings: { [first]: 5, [second]: null },
        comments: { [question]: "Runs calm meetings." },
      });
      await rater.put(url(peer.token, "/answers"), {
        ratings: { [third]: 1 },
        comments: { [question]: "  " },
      });
      expect((await rater.get(url(peer.token))).body.answers).toEqual({
        ratings: { [first]: 5, [second]: null, [third]: 1 },
        comments: {},
      });
    });

    it("keeps the draft sealed on the rater's row, readable nowhere, with nothing in the response tables", async () => {
      const peer = pick("peer", 2);
      const [first, second] = itemIdsOf(model) as [string, string];
      const question = model.openQuestions[0]?.id as string;
      const draft = {
        ratings: { [first]: 4, [second]: null },
        comments: { [question]: "Interrupts colleagues during standups." },
      };
      expect((await rater.put(url(peer.token, "/answers"), draft)).status).toBe(200);
      const row = await raterRow(peer.id);
      expect(row?.completed).toBe(false);
      expectUnreadable(row?.sealed_answers, draft);
      expect(unseal(peer.id, row?.sealed_answers)).toEqual(draft);
      expect(() => unseal(pick("peer", 1).id, row?.sealed_answers)).toThrow();
      expect(await responseCount()).toBe(0);
      expect(await commentCount()).toBe(0);

      // The same answers saved again are sealed afresh: a reader cannot even tell they are the same.
      expect((await rater.put(url(peer.token, "/answers"), draft)).status).toBe(200);
      const resealed = (await raterRow(peer.id))?.sealed_answers;
      expect(resealed).not.toBe(row?.sealed_answers);
      expectUnreadable(resealed, draft);
      expect(unseal(peer.id, resealed)).toEqual(draft);
    });

    it("refuses an answer off the scale, naming the field, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const [first, second] = itemIdsOf(model) as [string, string];
      await rater.put(url(peer.token, "/answers"), { ratings: { [first]: 3 } });
      const before = await raterRow(peer.id);
      expect(before?.sealed_answers).toEqual(expect.any(String));
      for (const value of [6, 0, 2.5, "4", -1]) {
        const response = await rater.put(url(peer.token, "/answers"), {
          ratings: { [second]: 2, [first]: value },
        });
        expect(response.status, String(value)).toBe(400);
        expect(response.body.error.fields.map((f: { path: string }) => f.path)).toContain(
          `ratings.${first}`,
        );
      }
      // Every save seals afresh, so byte for byte the same means nothing was written.
      expect(await raterRow(peer.id)).toEqual(before);
      expect((await rater.get(url(peer.token))).body.answers.ratings[first]).toBe(3);
    });

    it("refuses unknown behaviours and questions, naming each, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const before = await raterRow(peer.id);
      expect(before?.sealed_answers).toEqual(expect.any(String));
      const [first] = itemIdsOf(model) as [string];
      const response = await rater.put(url(peer.token, "/answers"), {
        ratings: { [first]: 2, "no-such-item": 3, "dir-99": null },
        comments: { "no-such-question": "Hello" },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
        "comments.no-such-question",
        "ratings.dir-99",
        "ratings.no-such-item",
      ]);
      expect(await raterRow(peer.id)).toEqual(before);
    });

    it("refuses fields the survey does not have", async () => {
      const peer = pick("peer", 2);
      const before = await raterRow(peer.id);
      const response = await rater.put(url(peer.token, "/answers"), {
        ratings: {},
        raterId: "x",
      });
      expect(response.status).toBe(400);
      expect(await raterRow(peer.id)).toEqual(before);
    });
  });

  describe("submitting", () => {
    it("refuses a survey with behaviours left, listing each, and stores nothing", async () => {
      const manager = pick("manager");
      const ids = itemIdsOf(model);
      const [first] = ids as [string];
      const question = model.openQuestions[0]?.id as string;
      await rater.put(url(manager.token, "/answers"), {
        ratings: { [first]: 3 },
        comments: { [question]: "Never finished, never stored." },
      });
      const before = await raterRow(manager.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: false });
      const response = await rater.post(url(manager.token, "/submit"));
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
        ids.slice(1).map((id) => `ratings.${id}`),
      );
      expect(await raterRow(manager.id)).toEqual(before);
      expect(await responseCount()).toBe(0);
      expect(await commentCount()).toBe(0);
    });

    it("keeps what a rater sends sealed on their row until closing, and the link thanks them", async () => {
      const peer = pick("peer", 3);
      const ratings = allRatings(model);
      const [start, stop] = model.openQuestions as [{ id: string }, { id: string }];
      await rater.put(url(peer.token, "/answers"), {
        ratings,
        comments: { [start.id]: "  Share the quarterly plan earlier.  ", [stop.id]: "" },
      });
      const draft: Answers = (await rater.get(url(peer.token))).body.answers;
      const response = await rater.post(url(peer.token, "/submit"));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ state: "submitted", model: null, answers: null });

      const row = await raterRow(peer.id);
      expect(row?.completed).toBe(true);
      expectUnreadable(row?.sealed_answers, draft);
      expect(unseal(peer.id, row?.sealed_answers)).toEqual(draft);
      expect(await responseCount()).toBe(0);
      expect(await commentCount()).toBe(0);

      const later = await rater.get(url(peer.token));
      expect(later.body).toMatchObject({
        state: "submitted",
        raterName: peer.name,
        model: null,
        answers: null,
      });
    });

    it("keeps the day only: the response tables have no column finer than a date", async () => {
      const columns = await sql<{ table_name: string; data_type: string }>(
        `select table_name, data_type from information_schema.columns
         where table_name in ('feedback_response', 'feedback_comment')`,
      );
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) expect(column.data_type).not.toMatch(/time/);
    });

    it("refuses a second submission and any later save, changing nothing", async () => {
      const peer = pick("peer", 3);
      const before = await raterRow(peer.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: true });
      const again = await rater.post(url(peer.token, "/submit"));
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_submitted");
      const [first] = itemIdsOf(model) as [string];
      const save = await rater.put(url(peer.token, "/answers"), { ratings: { [first]: 1 } });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("already_submitted");
      expect(await raterRow(peer.id)).toEqual(before);
      expect(await responseCount()).toBe(0);
    });

    it("lets only one of two submissions at once through, and closing takes in that one", async () => {
      const timeZone = "Pacific/Kiritimati";
      const { campaign, raters: racing } = await freshCampaign(undefined, { timeZone });
      const report = racing.find((r) => r.group === "direct_report") as InvitedRater;
      const second = itemIdsOf(model)[1] as string;
      const ratings = allRatings(model);
      await rater.put(url(report.token, "/answers"), { ratings });
      const [one, other, save] = await Promise.all([
        rater.post(url(report.token, "/submit")),
        rater.post(url(report.token, "/submit")),
        rater.put(url(report.token, "/answers"), { ratings: { [second]: 1 } }),
      ]);
      expect([one?.status, other?.status].sort()).toEqual([200, 409]);
      expect([one, other].find((r) => r?.status === 409)?.body.error.code).toBe(
        "already_submitted",
      );
      expect([200, 409]).toContain(save?.status);
      expect((await raterRow(report.id))?.completed).toBe(true);
      expect(await responseCount(campaign.id)).toBe(0);

      const days = [todayIn(timeZone)];
      await moveCampaign(coach, campaign.id, "closed");
      days.push(todayIn(timeZone));
      const responses = await responsesOf(campaign.id);
      expect(groupsOf(responses)).toEqual(["direct_report"]);
      // A save that was answered 200 came before the submission that won, so it is in it.
      expect(responses[0]?.ratings).toEqual({
        ...ratings,
        [second]: save?.status === 200 ? 1 : ratings[second],
      });
      expect(days).toContain(responses[0]?.day);
      expect(await raterRow(report.id)).toEqual({ sealed_answers: null, completed: true });
    });
  });

  describe("when the coach closes it", () => {
    const sent = new Map<string, { group: string; ratings: Ratings }>();
    let xminsOfSenders: string[];
    let closingDays: string[];

    beforeAll(async () => {
      const [start, , carryOn] = model.openQuestions as [{ id: string }, unknown, { id: string }];
      const report = pick("direct_report");
      const other = pick("other");
      await send(report, {
        ratings: allRatings(model, 1),
        comments: { [carryOn.id]: "Keep the Friday architecture demos." },
      });
      await send(other, {
        ratings: allRatings(model, 2),
        comments: { [start.id]: "Start delegating budget decisions." },
      });
      sent.set(pick("peer", 3).id, { group: "peer", ratings: allRatings(model) });
      sent.set(report.id, { group: "direct_report", ratings: allRatings(model, 1) });
      sent.set(other.id, { group: "other", ratings: allRatings(model, 2) });
      xminsOfSenders = (
        await sql<{ xmin: string }>(
          "select xmin::text as xmin from feedback_rater where campaign_id = $1 and completed",
          [campaignId],
        )
      ).map((row) => row.xmin);
      closingDays = [todayIn("Europe/London")];
      await moveCampaign(coach, campaignId, "closed");
      closingDays.push(todayIn("Europe/London"));
    });

    it("makes each sent survey one response of its group, with nothing that leads to the rater", async () => {
      const responses = await sql<Record<string, unknown>>(
        "select * from feedback_response where campaign_id = $1",
        [campaignId],
      );
      for (const response of responses)
        expect(Object.keys(response).sort()).toEqual(
          ["campaign_id", "group", "id", "ratings", "submitted_on"].sort(),
        );
      const completed = (await raterRowsOf(campaignId)).filter((row) => row.completed);
      expect(completed.map((row) => row.id).sort()).toEqual([...sent.keys()].sort());
      expect(groupsOf(responses as { group: string }[])).toEqual(groupsOf(completed));
      expect(groupsOf(responses as { group: string }[])).toEqual([
        "direct_report",
        "other",
        "peer",
      ]);
      for (const { group, ratings } of sent.values())
        expect(responses.find((response) => response.group === group)?.ratings).toEqual(ratings);

      const comments = await sql("select * from feedback_comment where campaign_id = $1", [
        campaignId,
      ]);
      const stored = JSON.stringify([responses, comments]);
      for (const invited of raters)
        for (const trace of [
          invited.id,
          invited.email,
          invited.name,
          invited.token,
          raterTokenHash(invited.token),
        ])
          expect(stored).not.toContain(trace);
      for (const response of responses) expect(sent.has(response.id as string)).toBe(false);
    });

    it("keeps each comment apart from the ratings, trimmed, and nothing of drafts never sent", async () => {
      const [start, , carryOn] = model.openQuestions as [{ id: string }, unknown, { id: string }];
      const comments = await sql<Record<string, unknown>>(
        "select * from feedback_comment where campaign_id = $1",
        [campaignId],
      );
      for (const comment of comments)
        expect(Object.keys(comment).sort()).toEqual(
          ["campaign_id", "group", "id", "question_id", "redactions", "text"].sort(),
        );
      const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
      expect(
        comments
          .map(({ group, question_id, text }) => ({ group, question_id, text }) as { text: string })
          .sort(byText),
      ).toEqual(
        [
          {
            group: "direct_report",
            question_id: carryOn.id,
            text: "Keep the Friday architecture demos.",
          },
          { group: "other", question_id: start.id, text: "Start delegating budget decisions." },
          { group: "peer", question_id: start.id, text: "Share the quarterly plan earlier." },
        ].sort(byText),
      );
      const stored = JSON.stringify(comments);
      expect(stored).not.toContain("Never finished");
      expect(stored).not.toContain("Interrupts colleagues");
      const responses = await responsesOf(campaignId);
      expect(groupsOf(responses)).not.toContain("manager");
    });

    it("clears every rater's sealed answers, sent or not, and keeps only who completed", async () => {
      const rows = await raterRowsOf(campaignId);
      expect(rows).toHaveLength(raters.length);
      for (const row of rows)
        expect({ sealed_answers: row.sealed_answers, completed: row.completed }).toEqual({
          sealed_answers: null,
          completed: sent.has(row.id),
        });
      const manager = await rater.get(url(pick("manager").token));
      expect(manager.body).toMatchObject({ state: "closed", model: null, answers: null });
    });

    it("dates every response to the closing day in the campaign's time zone", async () => {
      const days = await sql<{ day: string }>(
        "select distinct submitted_on::text as day from feedback_response where campaign_id = $1",
        [campaignId],
      );
      expect(days).toHaveLength(1);
      expect(closingDays).toContain(days[0]?.day);
    });

    // PGlite is PostgreSQL's own code in one process: it numbers each transaction too, so a row's
    // xmin tells there which transaction wrote it just as it does on a server. This runs on both.
    it("writes every response, comment and rater row in one transaction: one xmin for all", async () => {
      // Each submission was a transaction of its own, so their xmins would have told them apart.
      expect(new Set(xminsOfSenders).size).toBe(sent.size);
      const xmins = await sql<{ xmin: string }>(
        `select xmin::text as xmin from feedback_response where campaign_id = $1
         union select xmin::text from feedback_comment where campaign_id = $1
         union select xmin::text from feedback_rater where campaign_id = $1
         union select xmin::text from feedback_campaign where id = $1`,
        [campaignId],
      );
      expect(xmins).toHaveLength(1);
      for (const xmin of xminsOfSenders) expect(xmins[0]?.xmin).not.toBe(xmin);
      expect(await responseCount()).toBe(sent.size);
      expect(await commentCount()).toBe(3);
    });
  });

  describe("after the survey closes", () => {
    it("refuses answers once the coach has closed it, with a page a rater understands", async () => {
      const { campaign, raters: closing } = await freshCampaign();
      const [started, untouched] = closing as [InvitedRater, InvitedRater];
      const [first, second] = itemIdsOf(model) as [string, string];
      await rater.put(url(started.token, "/answers"), { ratings: { [first]: 2 } });
      expect((await raterRow(started.id))?.sealed_answers).toEqual(expect.any(String));
      await moveCampaign(coach, campaign.id, "closed");
      const before = await raterRow(started.id);
      // The draft was never sent: closing dropped it, and it left no response.
      expect(before).toEqual({ sealed_answers: null, completed: false });

      const view = await rater.get(url(untouched.token));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ state: "closed", model: null, answers: null });
      const save = await rater.put(url(started.token, "/answers"), { ratings: { [second]: 5 } });
      expect(save.status).toBe(409);
      expect(save.body.error).toMatchObject({ code: "closed" });
      expect(save.body.error.message).toMatch(/closed/);
      const submit = await rater.post(url(started.token, "/submit"));
      expect(submit.status).toBe(409);
      expect(submit.body.error.code).toBe("closed");
      expect(await raterRow(started.id)).toEqual(before);
      expect(await responseCount(campaign.id)).toBe(0);
      expect(await commentCount(campaign.id)).toBe(0);
    });

    it("refuses answers once the deadline has passed, and the first read closes it", async () => {
      const { campaign, raters: late } = await freshCampaign();
      const [latecomer, punctual] = late as [InvitedRater, InvitedRater];
      const question = model.openQuestions[0]?.id as string;
      await rater.put(url(latecomer.token, "/answers"), {
        ratings: allRatings(model),
        comments: { [question]: "Was going to send this tomorrow." },
      });
      await send(punctual, { ratings: allRatings(model, 3), comments: {} });
      await sql(
        "update feedback_campaign set closes_at = now() - interval '1 minute' where id = $1",
        [campaign.id],
      );
      const before = await raterRow(latecomer.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: false });
      const sentBefore = await raterRow(punctual.id);
      expect((await rater.get(url(latecomer.token))).body.state).toBe("closed");
      const save = await rater.put(url(latecomer.token, "/answers"), { ratings: {} });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("closed");
      const submit = await rater.post(url(latecomer.token, "/submit"));
      expect(submit.status).toBe(409);
      expect(submit.body.error.code).toBe("closed");
      expect(await raterRow(latecomer.id)).toEqual(before);
      expect(await raterRow(punctual.id)).toEqual(sentBefore);
      expect(await responseCount(campaign.id)).toBe(0);

      const read = await coach.agent.get(`/api/feedback-campaigns/${campaign.id}`);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body.status).toBe("closed");
      const responses = await responsesOf(campaign.id);
      expect(groupsOf(responses)).toEqual([punctual.group]);
      expect(responses[0]?.ratings).toEqual(allRatings(model, 3));
      expect(await commentCount(campaign.id)).toBe(0);
      for (const row of await raterRowsOf(campaign.id)) expect(row.sealed_answers).toBeNull();
    });

    it("takes in a submission racing the closing, or refuses it as closed: no sender left out", async () => {
      const { campaign, raters: racing } = await freshCampaign();
      const senders = racing.slice(0, 5);
      for (const sender of senders) {
        const saved = await rater.put(url(sender.token, "/answers"), {
          ratings: allRatings(model),
        });
        expect(saved.status).toBe(200);
      }
      const submit = (sender: InvitedRater) => rater.post(url(sender.token, "/submit"));
      const [early, close, later] = await Promise.all([
        Promise.all(senders.slice(0, 2).map(submit)),
        coach.agent.post(`/api/feedback-campaigns/${campaign.id}/status`, { to: "closed" }),
        Promise.all(senders.slice(2).map(submit)),
      ]);
      expect(close.status, JSON.stringify(close.body)).toBe(200);
      const submissions = [...early, ...later];
      for (const response of submissions) {
        expect([200, 409]).toContain(response.status);
        if (response.status === 409) expect(response.body.error.code).toBe("closed");
      }
      const accepted = senders.filter((_, i) => submissions[i]?.status === 200);
      const rows = await raterRowsOf(campaign.id);
      expect(
        rows
          .filter((row) => row.completed)
          .map((row) => row.id)
          .sort(),
      ).toEqual(accepted.map((sender) => sender.id).sort());
      expect(groupsOf(await responsesOf(campaign.id))).toEqual(groupsOf(accepted));
      for (const row of rows) expect(row.sealed_answers).toBeNull();
    });
  });

  describe("rate limit", () => {
    it("counts each request by address and refuses an address over the limit", async () => {
      const guesser = new Agent(t.current.app, "10.77.0.1");
      const token = pick("other").token;
      expect((await guesser.get(url(token))).status).toBe(200);
      const [row] = await sql<{ count: number }>("select count from rate_limit where key = $1", [
        "feedback-survey:ip:10.77.0.1",
      ]);
      expect(Number(row?.count)).toBe(1);
      await sql("update rate_limit set count = $2 where key = $1", [
        "feedback-survey:ip:10.77.0.1",
        SURVEY_RATE_LIMIT.max,
      ]);
      for (const response of [
        await guesser.get(url(forgedToken())),
        await guesser.get(url(token)),
        await guesser.put(url(token, "/answers"), { ratings: {} }),
        await guesser.post(url(token, "/submit")),
      ]) {
        expect(response.status).toBe(429);
        expect(response.body.error.code).toBe("rate_limited");
      }
      expect((await new Agent(t.current.app, "10.77.0.2").get(url(token))).status).toBe(200);
    });
  });
});

describe("the survey page a private link opens", () => {
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "keel-survey-web-"));
  fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Keel</title>");
  const t = useTestApp("embedded", { webRoot });
  afterAll(() => fs.rmSync(webRoot, { recursive: true, force: true }));

  it("tells the browser to send no Referer, so the token never leaves in one", async () => {
    const page = await t.current.app.inject({ method: "GET", url: `/feedback/${forgedToken()}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Keel</title>");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
  });
});
