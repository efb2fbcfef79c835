import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "../../src/server/feedback/deadlines";
import { raterTokenHash } from "../../src/server/feedback/rater-tokens";
import { itemIdsOf } from "../support/feedback-answers";
import { type InvitedRater, moveCampaign } from "../support/feedback-factories";
import {
  allRatings,
  groupsOf,
  type Ratings,
  surveyUrl as url,
  useSurveyCampaign,
} from "../support/feedback-survey-kit";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the raters' survey as it closes on the %s database", (kind) => {
  const t = useTestApp(kind);
  const {
    kit,
    sql,
    raterRow,
    raterRowsOf,
    responsesOf,
    responseCount,
    commentCount,
    pick,
    send,
    freshCampaign,
  } = useSurveyCampaign(t);

  describe("when the coach closes it", () => {
    const sent = new Map<string, { group: string; ratings: Ratings }>();
    let xminsOfSenders: string[];
    let closingDays: string[];

    beforeAll(async () => {
      const [start, stop, carryOn] = kit.model.openQuestions as [
        { id: string },
        { id: string },
        { id: string },
      ];
      // Drafts never sent, and a peer's answers sent before the others.
      const [first] = itemIdsOf(kit.model) as [string];
      await kit.rater.put(url(pick("manager").token, "/answers"), {
        ratings: { [first]: 3 },
        comments: { [start.id]: "Never finished, never stored." },
      });
      await kit.rater.put(url(pick("peer", 2).token, "/answers"), {
        ratings: { [first]: 4 },
        comments: { [start.id]: "Interrupts colleagues during standups." },
      });
      await send(pick("peer", 3), {
        ratings: allRatings(kit.model),
        comments: { [start.id]: "  Share the quarterly plan earlier.  ", [stop.id]: "" },
      });
      const report = pick("direct_report");
      const other = pick("other");
      await send(report, {
        ratings: allRatings(kit.model, 1),
        comments: { [carryOn.id]: "Keep the Friday architecture demos." },
      });
      await send(other, {
        ratings: allRatings(kit.model, 2),
        comments: { [start.id]: "Start delegating budget decisions." },
      });
      sent.set(pick("peer", 3).id, { group: "peer", ratings: allRatings(kit.model) });
      sent.set(report.id, { group: "direct_report", ratings: allRatings(kit.model, 1) });
      sent.set(other.id, { group: "other", ratings: allRatings(kit.model, 2) });
      xminsOfSenders = (
        await sql<{ xmin: string }>(
          "select xmin::text as xmin from feedback_rater where campaign_id = $1 and completed",
          [kit.campaignId],
        )
      ).map((row) => row.xmin);
      closingDays = [todayIn("Europe/London")];
      await moveCampaign(kit.coach, kit.campaignId, "closed");
      closingDays.push(todayIn("Europe/London"));
    });

    it("makes each sent survey one response of its group, with nothing that leads to the rater", async () => {
      const responses = await sql<Record<string, unknown>>(
        "select * from feedback_response where campaign_id = $1",
        [kit.campaignId],
      );
      for (const response of responses)
        expect(Object.keys(response).sort()).toEqual(
          ["campaign_id", "group", "id", "ratings", "submitted_on"].sort(),
        );
      const completed = (await raterRowsOf(kit.campaignId)).filter((row) => row.completed);
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
        kit.campaignId,
      ]);
      const stored = JSON.stringify([responses, comments]);
      for (const invited of kit.raters)
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
      const [start, , carryOn] = kit.model.openQuestions as [
        { id: string },
        unknown,
        { id: string },
      ];
      const comments = await sql<Record<string, unknown>>(
        "select * from feedback_comment where campaign_id = $1",
        [kit.campaignId],
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
      const responses = await responsesOf(kit.campaignId);
      expect(groupsOf(responses)).not.toContain("manager");
    });

    it("clears every rater's sealed answers, sent or not, and keeps only who completed", async () => {
      const rows = await raterRowsOf(kit.campaignId);
      expect(rows).toHaveLength(kit.raters.length);
      for (const row of rows)
        expect({ sealed_answers: row.sealed_answers, completed: row.completed }).toEqual({
          sealed_answers: null,
          completed: sent.has(row.id),
        });
      const manager = await kit.rater.get(url(pick("manager").token));
      expect(manager.body).toMatchObject({ state: "closed", model: null, answers: null });
    });

    it("dates every response to the closing day in the campaign's time zone", async () => {
      const days = await sql<{ day: string }>(
        "select distinct submitted_on::text as day from feedback_response where campaign_id = $1",
        [kit.campaignId],
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
        [kit.campaignId],
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
      const [first, second] = itemIdsOf(kit.model) as [string, string];
      await kit.rater.put(url(started.token, "/answers"), { ratings: { [first]: 2 } });
      expect((await raterRow(started.id))?.sealed_answers).toEqual(expect.any(String));
      await moveCampaign(kit.coach, campaign.id, "closed");
      const before = await raterRow(started.id);
      // The draft was never sent: closing dropped it, and it left no response.
      expect(before).toEqual({ sealed_answers: null, completed: false });

      const view = await kit.rater.get(url(untouched.token));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ state: "closed", model: null, answers: null });
      const save = await kit.rater.put(url(started.token, "/answers"), {
        ratings: { [second]: 5 },
      });
      expect(save.status).toBe(409);
      expect(save.body.error).toMatchObject({ code: "closed" });
      expect(save.body.error.message).toMatch(/closed/);
      const submit = await kit.rater.post(url(started.token, "/submit"));
      expect(submit.status).toBe(409);
      expect(submit.body.error.code).toBe("closed");
      expect(await raterRow(started.id)).toEqual(before);
      expect(await responseCount(campaign.id)).toBe(0);
      expect(await commentCount(campaign.id)).toBe(0);
    });

    it("refuses answers once the deadline has passed, and the first read closes it", async () => {
      const { campaign, raters: late } = await freshCampaign();
      const [latecomer, punctual] = late as [InvitedRater, InvitedRater];
      const question = kit.model.openQuestions[0]?.id as string;
      await kit.rater.put(url(latecomer.token, "/answers"), {
        ratings: allRatings(kit.model),
        comments: { [question]: "Was going to send this tomorrow." },
      });
      await send(punctual, { ratings: allRatings(kit.model, 3), comments: {} });
      await sql(
        "update feedback_campaign set closes_at = now() - interval '1 minute' where id = $1",
        [campaign.id],
      );
      const before = await raterRow(latecomer.id);
      expect(before).toEqual({ sealed_answers: expect.any(String), completed: false });
      const sentBefore = await raterRow(punctual.id);
      expect((await kit.rater.get(url(latecomer.token))).body.state).toBe("closed");
      const save = await kit.rater.put(url(latecomer.token, "/answers"), { ratings: {} });
      expect(save.status).toBe(409);
      expect(save.body.error.code).toBe("closed");
      const submit = await kit.rater.post(url(latecomer.token, "/submit"));
      expect(submit.status).toBe(409);
      expect(submit.body.error.code).toBe("closed");
      expect(await raterRow(latecomer.id)).toEqual(before);
      expect(await raterRow(punctual.id)).toEqual(sentBefore);
      expect(await responseCount(campaign.id)).toBe(0);

      const read = await kit.coach.agent.get(`/api/feedback-campaigns/${campaign.id}`);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body.status).toBe("closed");
      const responses = await responsesOf(campaign.id);
      expect(groupsOf(responses)).toEqual([punctual.group]);
      expect(responses[0]?.ratings).toEqual(allRatings(kit.model, 3));
      expect(await commentCount(campaign.id)).toBe(0);
      for (const row of await raterRowsOf(campaign.id)) expect(row.sealed_answers).toBeNull();
    });

    it("takes in a submission racing the closing, or refuses it as closed: no sender left out", async () => {
      const { campaign, raters: racing } = await freshCampaign();
      const senders = racing.slice(0, 5);
      for (const sender of senders) {
        const saved = await kit.rater.put(url(sender.token, "/answers"), {
          ratings: allRatings(kit.model),
        });
        expect(saved.status).toBe(200);
      }
      const submit = (sender: InvitedRater) => kit.rater.post(url(sender.token, "/submit"));
      const [early, close, later] = await Promise.all([
        Promise.all(senders.slice(0, 2).map(submit)),
        kit.coach.agent.post(`/api/feedback-campaigns/${campaign.id}/status`, { to: "closed" }),
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
});
