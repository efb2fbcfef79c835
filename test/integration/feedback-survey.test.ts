import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import { raterTokenHash } from "../../src/server/feedback/rater-tokens";
import { SURVEY_RATE_LIMIT } from "../../src/server/feedback/survey-routes";
import { dayIn } from "../../src/server/feedback/survey-service";
import { Agent } from "../support/agent";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { collectingCampaign, type InvitedRater, moveCampaign } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

interface SurveyModel {
  competencies: { id: string; items: { id: string }[] }[];
  openQuestions: { id: string }[];
}

const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((competency) => competency.items.map((item) => item.id));

/** Every item rated, cycling through the scale, one "not observed". */
function allRatings(model: SurveyModel): Record<string, number | null> {
  return Object.fromEntries(itemIdsOf(model).map((id, i) => [id, i === 0 ? null : (i % 5) + 1]));
}

const forgedToken = () => randomBytes(32).toString("base64url");

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
      await sql<{ draft: unknown; completed: boolean }>(
        "select draft, completed from feedback_rater where id = $1",
        [id],
      )
    )[0];
  const responseCount = async (campaign = campaignId) =>
    Number(
      (
        await sql<{ n: string }>(
          "select count(*) as n from feedback_response where campaign_id = $1",
          [campaign],
        )
      )[0]?.n,
    );
  const pick = (group: string, index = 0) =>
    raters.filter((r) => r.group === group)[index] as InvitedRater;

  /** A campaign of its own for tests that close or expire it. */
  async function freshCampaign(perGroup = { manager: 1, peer: 3, direct_report: 3 }) {
    const other = await inviteAndAccept(t.current, coach, "client", "other-client");
    const engagement = await openEngagement(coach, other);
    return collectingCampaign(t.current, { coach, client: other, engagement }, perGroup);
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

    it("refuses an answer off the scale, naming the field, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const [first, second] = itemIdsOf(model) as [string, string];
      await rater.put(url(peer.token, "/answers"), { ratings: { [first]: 3 } });
      const before = await raterRow(peer.id);
      for (const value of [6, 0, 2.5, "4", -1]) {
        const response = await rater.put(url(peer.token, "/answers"), {
          ratings: { [second]: 2, [first]: value },
        });
        expect(response.status, String(value)).toBe(400);
        expect(response.body.error.fields.map((f: { path: string }) => f.path)).toContain(
          `ratings.${first}`,
        );
      }
      expect(await raterRow(peer.id)).toEqual(before);
    });

    it("refuses unknown behaviours and questions, naming each, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const before = await raterRow(peer.id);
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
      const response = await rater.put(url(pick("peer", 2).token, "/answers"), {
        ratings: {},
        raterId: "x",
      });
      expect(response.status).toBe(400);
    });
  });

  describe("submitting", () => {
    it("refuses a survey with behaviours left, listing each, and stores nothing", async () => {
      const manager = pick("manager");
      const ids = itemIdsOf(model);
      const [first] = ids as [string];
      await rater.put(url(manager.token, "/answers"), { ratings: { [first]: 3 } });
      const before = await responseCount();
      const response = await rater.post(url(manager.token, "/submit"));
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
        ids.slice(1).map((id) => `ratings.${id}`),
      );
      expect(await responseCount()).toBe(before);
      expect((await raterRow(manager.id))?.completed).toBe(false);
    });

    it("stores the answers with no link to the rater, and the link shows a thank-you", async () => {
      const peer = pick("peer", 3);
      const ratings = allRatings(model);
      const [start, stop] = model.openQuestions as [{ id: string }, { id: string }];
      await rater.put(url(peer.token, "/answers"), {
        ratings,
        comments: { [start.id]: "  Share the plan earlier.  ", [stop.id]: "" },
      });
      const before = await responseCount();
      const response = await rater.post(url(peer.token, "/submit"));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ state: "submitted", model: null, answers: null });
      expect(await responseCount()).toBe(before + 1);

      const responses = await sql<Record<string, unknown>>(
        "select * from feedback_response where campaign_id = $1",
        [campaignId],
      );
      const stored = responses.find((row) => isDeepStrictEqual(row.ratings, ratings));
      expect(stored).toBeDefined();
      expect(Object.keys(stored ?? {}).sort()).toEqual(
        ["campaign_id", "group", "id", "ratings", "submitted_on"].sort(),
      );
      expect(stored?.group).toBe("peer");
      const [day] = await sql<{ day: string }>(
        "select submitted_on::text as day from feedback_response where id = $1",
        [stored?.id],
      );
      expect(day?.day).toBe(dayIn("Europe/London"));
      expect(stored?.id).not.toBe(peer.id);

      const comments = await sql<Record<string, unknown>>(
        "select * from feedback_comment where campaign_id = $1",
        [campaignId],
      );
      expect(comments).toHaveLength(1);
      expect(Object.keys(comments[0] ?? {}).sort()).toEqual(
        ["campaign_id", "group", "id", "question_id", "redactions", "text"].sort(),
      );
      expect(comments[0]).toMatchObject({
        group: "peer",
        question_id: start.id,
        text: "Share the plan earlier.",
      });

      const row = await raterRow(peer.id);
      expect(row).toEqual({ draft: null, completed: true });
      const leaked = JSON.stringify([stored, comments]);
      for (const trace of [peer.id, peer.email, peer.name, peer.token, raterTokenHash(peer.token)])
        expect(leaked).not.toContain(trace);

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
      const before = await responseCount();
      const again = await rater.post(url(peer.token, "/submit"));
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_submitted");
      const [first] = itemIdsOf(model) as [string];
      const save = await rater.put(url(peer.token, "/answers"), { ratings: { [first]: 1 } });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("already_submitted");
      expect(await responseCount()).toBe(before);
      expect(await raterRow(peer.id)).toEqual({ draft: null, completed: true });
    });

    it("lets only one of two submissions at once through", async () => {
      const report = pick("direct_report");
      await rater.put(url(report.token, "/answers"), { ratings: allRatings(model) });
      const before = await responseCount();
      const results = await Promise.all([
        rater.post(url(report.token, "/submit")),
        rater.post(url(report.token, "/submit")),
        rater.put(url(report.token, "/answers"), {
          ratings: { [itemIdsOf(model)[1] as string]: 1 },
        }),
      ]);
      const statuses = results
        .slice(0, 2)
        .map((r) => r.status)
        .sort();
      expect(statuses).toEqual([200, 409]);
      expect([200, 409]).toContain(results[2]?.status);
      expect(await responseCount()).toBe(before + 1);
      expect(await raterRow(report.id)).toEqual({ draft: null, completed: true });
    });
  });

  describe("after the survey closes", () => {
    it("refuses answers once the coach has closed it, with a page a rater understands", async () => {
      const { campaign, raters: closing } = await freshCampaign();
      const [started, untouched] = closing as [InvitedRater, InvitedRater];
      const [first, second] = itemIdsOf(model) as [string, string];
      await rater.put(url(started.token, "/answers"), { ratings: { [first]: 2 } });
      await moveCampaign(coach, campaign.id, "closed");
      const before = await raterRow(started.id);

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
    });

    it("refuses answers once the deadline has passed, before anything closes the campaign", async () => {
      const { campaign, raters: late } = await freshCampaign();
      const latecomer = late[0] as InvitedRater;
      await rater.put(url(latecomer.token, "/answers"), { ratings: allRatings(model) });
      await sql(
        "update feedback_campaign set closes_at = now() - interval '1 minute' where id = $1",
        [campaign.id],
      );
      const before = await raterRow(latecomer.id);
      expect((await rater.get(url(latecomer.token))).body.state).toBe("closed");
      const save = await rater.put(url(latecomer.token, "/answers"), { ratings: {} });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("closed");
      const submit = await rater.post(url(latecomer.token, "/submit"));
      expect(submit.status).toBe(409);
      expect(submit.body.error.code).toBe("closed");
      expect(await raterRow(latecomer.id)).toEqual(before);
      expect(await responseCount(campaign.id)).toBe(0);
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
