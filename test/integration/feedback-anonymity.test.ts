import { beforeAll, describe, expect, it } from "vitest";
import type { FeedbackAnswers } from "../../src/domain/feedback/competency-model";
import { rawQuery } from "../../src/server/db/database";
import { sealAnswers } from "../../src/server/feedback/sealing";
import type { Agent } from "../support/agent";
import {
  buildWorld,
  inviteAndAccept,
  listAllPages,
  newAgent,
  openEngagement,
  type World,
} from "../support/factories";
import {
  collectingCampaign,
  type InvitedRater,
  moveCampaign,
  type RatersPerGroup,
} from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

interface SurveyModel {
  competencies: { items: { id: string }[] }[];
  openQuestions: { id: string }[];
}

const surveyUrl = (rater: InvitedRater) => `/api/feedback/survey/${rater.token}`;

/** Every behaviour rated `rating`, and the given comments, as a rater's answers. */
async function answersFor(agent: Agent, rater: InvitedRater, comment: string, rating = 4) {
  const model: SurveyModel = (await agent.get(surveyUrl(rater))).body.model;
  const ratings = Object.fromEntries(
    model.competencies.flatMap((c) => c.items).map((item) => [item.id, rating]),
  );
  const question = model.openQuestions[0]?.id as string;
  return { ratings, comments: comment ? { [question]: comment } : {} } as FeedbackAnswers;
}

async function answer(agent: Agent, rater: InvitedRater, comment = "", rating = 4) {
  const answers = await answersFor(agent, rater, comment, rating);
  const saved = await agent.put(`${surveyUrl(rater)}/answers`, answers);
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sent = await agent.post(`${surveyUrl(rater)}/submit`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
}

describe.each(databaseKinds())("360 anonymity on the %s database", (kind) => {
  const t = useTestApp(kind);
  let w: World;
  const rater = () => newAgent(t.current);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);

  beforeAll(async () => {
    w = await buildWorld(t.current);
  }, 60_000);

  /** A campaign collecting in an engagement of its own, so lists show it alone. */
  async function freshCampaign(label: string, perGroup: RatersPerGroup) {
    const client = await inviteAndAccept(t.current, w.coach, "client", label);
    const engagement = await openEngagement(w.coach, client);
    const collecting = await collectingCampaign(
      t.current,
      { coach: w.coach, client, engagement },
      perGroup,
    );
    return { ...collecting, client, engagement };
  }

  /** Puts a sealed answer sheet on a rater's row as sent, as no route would. */
  async function plantSent(raterId: string, sealed: string) {
    await sql("update feedback_rater set sealed_answers = $2, completed = true where id = $1", [
      raterId,
      sealed,
    ]);
  }

  const campaignRow = async (id: string) =>
    (
      await sql<{ status: string; answers_left_out: number }>(
        "select status, answers_left_out from feedback_campaign where id = $1",
        [id],
      )
    )[0];
  const storedComments = async (id: string) =>
    (
      await sql<{ text: string }>("select text from feedback_comment where campaign_id = $1", [id])
    ).map((row) => row.text);
  const storedResponses = async (id: string) =>
    (
      await sql<{ n: number }>(
        "select count(*)::int as n from feedback_response where campaign_id = $1",
        [id],
      )
    )[0]?.n;

  describe("closing with one rater's answers unreadable", () => {
    it("closes, leaves those answers out, tells the coach, and builds the report from the others", async () => {
      const { campaign, raters, client } = await freshCampaign("unreadable-client", { peer: 5 });
      const [p1, p2, p3, withNul, otherSecret] = raters as InvitedRater[];
      await answer(rater(), p1 as InvitedRater, "Shares the plan early.");
      await answer(rater(), p2 as InvitedRater, "Listens before deciding.");
      await answer(rater(), p3 as InvitedRater);
      const nul = await answersFor(rater(), withNul as InvitedRater, "Hidden\u0000text");
      await plantSent(
        (withNul as InvitedRater).id,
        sealAnswers(t.current.ctx.authSecret, (withNul as InvitedRater).id, nul),
      );
      const fine = await answersFor(rater(), otherSecret as InvitedRater, "Sealed elsewhere.");
      await plantSent(
        (otherSecret as InvitedRater).id,
        sealAnswers("another-secret-long-enough", (otherSecret as InvitedRater).id, fine),
      );

      const closed = await w.coach.agent.post(`/api/feedback-campaigns/${campaign.id}/status`, {
        to: "closed",
      });
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect(closed.body.status).toBe("closed");
      expect(closed.body.answersLeftOut).toBe(2);
      expect(await campaignRow(campaign.id)).toEqual({ status: "closed", answers_left_out: 2 });
      expect(await storedResponses(campaign.id)).toBe(3);
      expect((await storedComments(campaign.id)).sort()).toEqual([
        "Listens before deciding.",
        "Shares the plan early.",
      ]);
      const sealedLeft = await sql(
        "select id from feedback_rater where campaign_id = $1 and sealed_answers is not null",
        [campaign.id],
      );
      expect(sealedLeft).toEqual([]);

      const report = await w.coach.agent.get(`/api/feedback-campaigns/${campaign.id}/report`);
      expect(report.status).toBe(200);
      expect(report.body.responses).toBe(3);
      expect(JSON.stringify(report.body)).not.toContain("Hidden");
      expect(JSON.stringify(report.body)).not.toContain("Sealed elsewhere.");
      expect((await client.agent.get(`/api/feedback-campaigns/${campaign.id}`)).status).toBe(200);
    });

    it("closes when read past its deadline, for the coach and the client alike", async () => {
      const { campaign, raters, client } = await freshCampaign("deadline-client", {
        peer: 3,
        direct_report: 3,
      });
      for (const peer of raters.filter((r) => r.group === "peer")) await answer(rater(), peer);
      const bad = raters.find((r) => r.group === "direct_report") as InvitedRater;
      const answers = await answersFor(rater(), bad, "Lone \uD800 surrogate");
      await plantSent(bad.id, sealAnswers(t.current.ctx.authSecret, bad.id, answers));
      await sql(
        "update feedback_campaign set closes_at = now() - interval '1 second' where id = $1",
        [campaign.id],
      );

      const read = await client.agent.get(`/api/feedback-campaigns/${campaign.id}`);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body.status).toBe("closed");
      const coachView = await w.coach.agent.get(`/api/feedback-campaigns/${campaign.id}`);
      expect(coachView.status).toBe(200);
      expect(coachView.body.answersLeftOut).toBe(1);
      expect(await storedResponses(campaign.id)).toBe(3);
      const report = await w.coach.agent.get(`/api/feedback-campaigns/${campaign.id}/report`);
      expect(report.status).toBe(200);
      expect(report.body.responses).toBe(3);
    });
  });

  describe("sealed answers", () => {
    it("all have one length, whatever the comments' lengths", async () => {
      const { campaign, raters } = await freshCampaign("lengths-client", { peer: 4 });
      const comments = [
        "",
        "Yes.",
        "A longer comment about meetings. ".repeat(20),
        "x".repeat(4900),
      ];
      for (const [i, peer] of raters.entries()) {
        const answers = await answersFor(rater(), peer, comments[i] as string);
        const saved = await rater().put(`${surveyUrl(peer)}/answers`, answers);
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      }
      const lengths = await sql<{ length: number }>(
        "select distinct length(sealed_answers) as length from feedback_rater where campaign_id = $1",
        [campaign.id],
      );
      expect(lengths).toHaveLength(1);
    });

    it("leave no dead version of a rater's row behind once the campaign closes", async () => {
      const { campaign, raters } = await freshCampaign("vacuum-client", { peer: 3 });
      for (const peer of raters) {
        await rater().put(`${surveyUrl(peer)}/answers`, await answersFor(rater(), peer, "Draft."));
        await answer(rater(), peer, "Sent.");
      }
      await moveCampaign(w.coach, campaign.id, "closed");
      const [stats] = await sql<{ vacuum_count: number }>(
        "select vacuum_count::int as vacuum_count from pg_stat_user_tables where relname = 'feedback_rater'",
      );
      if (kind === "server") {
        await sql("create extension if not exists pgstattuple");
        const [heap] = await sql<{ dead: number }>(
          "select dead_tuple_count::int as dead from pgstattuple('feedback_rater')",
        );
        const [toast] = await sql<{ dead: number }>(
          `select (pgstattuple(reltoastrelid::regclass)).dead_tuple_count::int as dead
           from pg_class where relname = 'feedback_rater'`,
        );
        expect({ heap: heap?.dead, toast: toast?.dead }).toEqual({ heap: 0, toast: 0 });
      } else {
        expect(stats?.vacuum_count).toBeGreaterThan(0);
      }
    });
  });

  describe("counts of who answered", () => {
    /** What every route shows of a campaign's answers so far: the view, both lists, both parties. */
    async function countsShown(campaignId: string, client: { agent: Agent }, engagementId: string) {
      const pick = (body: { counts: unknown; responseCounts: unknown }) => ({
        counts: body.counts,
        responseCounts: body.responseCounts,
      });
      const dashboard = await listAllPages<{
        id: string;
        counts: unknown;
        responseCounts: unknown;
      }>(w.coach.agent, "", 100, "/api/feedback-campaigns");
      const listed = async (agent: Agent) =>
        (await agent.get(`/api/engagements/${engagementId}/feedback-campaigns`)).body[0];
      return {
        coachView: pick((await w.coach.agent.get(`/api/feedback-campaigns/${campaignId}`)).body),
        clientView: pick((await client.agent.get(`/api/feedback-campaigns/${campaignId}`)).body),
        coachList: pick(await listed(w.coach.agent)),
        clientList: pick(await listed(client.agent)),
        dashboard: pick(dashboard.items.find((row) => row.id === campaignId) as never),
      };
    }

    it("never say whether a lone manager answered: the same as if a peer had", async () => {
      const perGroup = { manager: 1, peer: 3, direct_report: 3 };
      const managerAnswered = await freshCampaign("manager-answered", perGroup);
      const peerAnswered = await freshCampaign("peer-answered", perGroup);
      await answer(
        rater(),
        managerAnswered.raters.find((r) => r.group === "manager") as InvitedRater,
      );
      await answer(rater(), peerAnswered.raters.find((r) => r.group === "peer") as InvitedRater);
      const one = await countsShown(
        managerAnswered.campaign.id,
        managerAnswered.client,
        managerAnswered.engagement.id,
      );
      const other = await countsShown(
        peerAnswered.campaign.id,
        peerAnswered.client,
        peerAnswered.engagement.id,
      );
      expect(one).toEqual(other);
      expect(JSON.stringify(one)).not.toMatch(/"manager","nominated":1,"responses"/);
      expect(one.coachView.responseCounts).toEqual([
        {
          id: "manager+peer",
          label: "Peers and other colleagues",
          groups: ["manager", "peer"],
          nominated: 4,
          responses: 1,
        },
        {
          id: "direct_report",
          label: "Direct reports",
          groups: ["direct_report"],
          nominated: 3,
          responses: 0,
        },
      ]);
    });
  });

  describe("the report's units", () => {
    it("name a lone manager's group the same whether or not they answered", async () => {
      const perGroup = { manager: 1, peer: 3, direct_report: 3 };
      const unitsOf = async (label: string, managerAnswers: boolean) => {
        const made = await freshCampaign(label, perGroup);
        for (const invited of made.raters)
          if (managerAnswers || invited.group !== "manager") await answer(rater(), invited);
        await moveCampaign(w.coach, made.campaign.id, "closed");
        const preview = await w.coach.agent.get(
          `/api/feedback-campaigns/${made.campaign.id}/report`,
        );
        expect(preview.status, JSON.stringify(preview.body)).toBe(200);
        return (preview.body.units as { groups: string[] }[]).map((unit) => unit.groups);
      };
      const answered = await unitsOf("report-manager-answered", true);
      const silent = await unitsOf("report-manager-silent", false);
      expect(silent).toEqual(answered);
      expect(silent).toEqual([["manager", "peer"], ["direct_report"]]);
    });
  });
});
