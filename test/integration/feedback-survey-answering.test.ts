import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { todayIn } from "../../src/server/feedback/deadlines";
import { raterTokenHash } from "../../src/server/feedback/rater-tokens";
import { SURVEY_RATE_LIMIT } from "../../src/server/feedback/survey-routes";
import { Agent } from "../support/agent";
import { itemIdsOf } from "../support/feedback-answers";
import { type InvitedRater, moveCampaign } from "../support/feedback-factories";
import {
  type Answers,
  allRatings,
  expectUnreadable,
  forgedToken,
  groupsOf,
  surveyUrl as url,
  useSurveyCampaign,
} from "../support/feedback-survey-kit";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the raters' survey while it is open on the %s database", (kind) => {
  const t = useTestApp(kind);
  const {
    kit,
    sql,
    raterRow,
    responsesOf,
    unseal,
    responseCount,
    commentCount,
    pick,
    send,
    freshCampaign,
  } = useSurveyCampaign(t);

  describe("opening the link", () => {
    it("shows the survey with the model, the promise's facts and an empty draft", async () => {
      const response = await kit.rater.get(url(pick("peer").token));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        state: "open",
        clientName: kit.client.name,
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
        const response = await kit.rater.get(url(token));
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
          await kit.rater.get(url(token)),
          await kit.rater.put(url(token, "/answers"), { ratings: {} }),
          await kit.rater.post(url(token, "/submit")),
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
      const [first, second, third] = itemIdsOf(kit.model) as [string, string, string];
      const question = kit.model.openQuestions[0]?.id as string;
      const saved = await kit.rater.put(url(peer.token, "/answers"), {
        ratings: { [first]: 4 },
        comments: { [question]: "Runs calm meetings." },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body).toEqual({ answered: 1, total: itemIdsOf(kit.model).length });
      expect(saved.headers["cache-control"]).toBe("no-store");
      const again = await kit.rater.put(url(peer.token, "/answers"), {
        ratings: { [second]: null, [first]: 5 },
      });
      expect(again.body.answered).toBe(2);
      const resumed = await kit.rater.get(url(peer.token));
      expect(resumed.body.answers).toEqual({
        ratings: { [first]: 5, [second]: null },
        comments: { [question]: "Runs calm meetings." },
      });
      await kit.rater.put(url(peer.token, "/answers"), {
        ratings: { [third]: 1 },
        comments: { [question]: "  " },
      });
      expect((await kit.rater.get(url(peer.token))).body.answers).toEqual({
        ratings: { [first]: 5, [second]: null, [third]: 1 },
        comments: {},
      });
    });

    it("keeps the draft sealed on the rater's row, readable nowhere, with nothing in the response tables", async () => {
      const peer = pick("peer", 2);
      const [first, second] = itemIdsOf(kit.model) as [string, string];
      const question = kit.model.openQuestions[0]?.id as string;
      const draft = {
        ratings: { [first]: 4, [second]: null },
        comments: { [question]: "Interrupts colleagues during standups." },
      };
      expect((await kit.rater.put(url(peer.token, "/answers"), draft)).status).toBe(200);
      const row = await raterRow(peer.id);
      expect(row?.completed).toBe(false);
      expectUnreadable(row?.sealed_answers, draft);
      expect(unseal(peer.id, row?.sealed_answers)).toEqual(draft);
      expect(() => unseal(pick("peer", 1).id, row?.sealed_answers)).toThrow();
      expect(await responseCount()).toBe(0);
      expect(await commentCount()).toBe(0);

      // The same answers saved again are sealed afresh: a reader cannot even tell they are the same.
      expect((await kit.rater.put(url(peer.token, "/answers"), draft)).status).toBe(200);
      const resealed = (await raterRow(peer.id))?.sealed_answers;
      expect(resealed).not.toBe(row?.sealed_answers);
      expectUnreadable(resealed, draft);
      expect(unseal(peer.id, resealed)).toEqual(draft);
    });

    it("refuses an answer off the scale, naming the field, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const [first, second] = itemIdsOf(kit.model) as [string, string];
      await kit.rater.put(url(peer.token, "/answers"), { ratings: { [first]: 3 } });
      const before = await raterRow(peer.id);
      expect(before?.sealed_answers).toEqual(expect.any(String));
      for (const value of [6, 0, 2.5, "4", -1]) {
        const response = await kit.rater.put(url(peer.token, "/answers"), {
          ratings: { [second]: 2, [first]: value },
        });
        expect(response.status, String(value)).toBe(400);
        expect(response.body.error.fields.map((f: { path: string }) => f.path)).toContain(
          `ratings.${first}`,
        );
      }
      // Every save seals afresh, so byte for byte the same means nothing was written.
      expect(await raterRow(peer.id)).toEqual(before);
      expect((await kit.rater.get(url(peer.token))).body.answers.ratings[first]).toBe(3);
    });

    it("refuses unknown behaviours and questions, naming each, and saves nothing", async () => {
      const peer = pick("peer", 2);
      const [first] = itemIdsOf(kit.model) as [string];
      await kit.rater.put(url(peer.token, "/answers"), { ratings: { [first]: 3 } });
      const before = await raterRow(peer.id);
      expect(before?.sealed_answers).toEqual(expect.any(String));
      const response = await kit.rater.put(url(peer.token, "/answers"), {
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
      const response = await kit.rater.put(url(peer.token, "/answers"), {
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
      const ids = itemIdsOf(kit.model);
      const [first] = ids as [string];
      const question = kit.model.openQuestions[0]?.id as string;
      await kit.rater.put(url(manager.token, "/answers"), {
        ratings: { [first]: 3 },
        comments: { [question]: "Never finished, never stored." },
      });
      const before = await raterRow(manager.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: false });
      const response = await kit.rater.post(url(manager.token, "/submit"));
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
      const ratings = allRatings(kit.model);
      const [start, stop] = kit.model.openQuestions as [{ id: string }, { id: string }];
      await kit.rater.put(url(peer.token, "/answers"), {
        ratings,
        comments: { [start.id]: "  Share the quarterly plan earlier.  ", [stop.id]: "" },
      });
      const draft: Answers = (await kit.rater.get(url(peer.token))).body.answers;
      const response = await kit.rater.post(url(peer.token, "/submit"));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ state: "submitted", model: null, answers: null });

      const row = await raterRow(peer.id);
      expect(row?.completed).toBe(true);
      expectUnreadable(row?.sealed_answers, draft);
      expect(unseal(peer.id, row?.sealed_answers)).toEqual(draft);
      expect(await responseCount()).toBe(0);
      expect(await commentCount()).toBe(0);

      const later = await kit.rater.get(url(peer.token));
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
      const peer = pick("direct_report", 1);
      await send(peer, { ratings: allRatings(kit.model), comments: {} });
      const before = await raterRow(peer.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: true });
      const again = await kit.rater.post(url(peer.token, "/submit"));
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_submitted");
      const [first] = itemIdsOf(kit.model) as [string];
      const save = await kit.rater.put(url(peer.token, "/answers"), { ratings: { [first]: 1 } });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("already_submitted");
      expect(await raterRow(peer.id)).toEqual(before);
      expect(await responseCount()).toBe(0);
    });

    it("lets only one of two submissions at once through, and closing takes in that one", async () => {
      const timeZone = "Pacific/Kiritimati";
      const { campaign, raters: racing } = await freshCampaign(undefined, { timeZone });
      const report = racing.find((r) => r.group === "direct_report") as InvitedRater;
      const second = itemIdsOf(kit.model)[1] as string;
      const ratings = allRatings(kit.model);
      await kit.rater.put(url(report.token, "/answers"), { ratings });
      const [one, other, save] = await Promise.all([
        kit.rater.post(url(report.token, "/submit")),
        kit.rater.post(url(report.token, "/submit")),
        kit.rater.put(url(report.token, "/answers"), { ratings: { [second]: 1 } }),
      ]);
      expect([one?.status, other?.status].sort()).toEqual([200, 409]);
      expect([one, other].find((r) => r?.status === 409)?.body.error.code).toBe(
        "already_submitted",
      );
      expect([200, 409]).toContain(save?.status);
      expect((await raterRow(report.id))?.completed).toBe(true);
      expect(await responseCount(campaign.id)).toBe(0);

      const days = [todayIn(timeZone)];
      await moveCampaign(kit.coach, campaign.id, "closed");
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
