import { beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "../../src/domain/feedback/redaction";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { rawQuery } from "../../src/server/db/database";
import { todayIn } from "../../src/server/feedback/deadlines";
import { inviteAndAccept, newAgent, openEngagement } from "../support/factories";
import { answerSurvey, downloadAs } from "../support/feedback-answers";
import { collectingCampaign, type InvitedRater, moveCampaign } from "../support/feedback-factories";
import {
  closedCampaign,
  commentIdOf,
  commentsUrl,
  PRIYA_COMMENT,
  raterRows,
  redactedPreview,
  redactUrl,
  releasedReport,
  reportParties,
  reportUrl,
  responsesByGroup,
} from "../support/feedback-report-fixtures";
import { pdfText } from "../support/pdf-text";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the 360 report's release on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: Awaited<ReturnType<typeof reportParties>>;
  const rater = () => newAgent(t.current);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);

  beforeAll(async () => {
    world = await reportParties(t.current);
  });

  describe("redacting, releasing, and after release", () => {
    it("removes the redacted words from the preview", async () => {
      const { campaignId } = await closedCampaign(t.current, world);
      const priyaId = await commentIdOf(world.coach, campaignId, "Priya");
      const response = await world.coach.agent.put(redactUrl(priyaId), { redactions: ["priya"] });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        id: priyaId,
        original: PRIYA_COMMENT,
        shown: `${REDACTED} says the plan always comes late.`,
        redactions: ["priya"],
      });
      const preview: FeedbackReport = (await world.coach.agent.get(reportUrl(campaignId))).body;
      const texts = preview.comments.flatMap((s) => s.comments.map((c) => c.text));
      expect(texts).toContain(`${REDACTED} says the plan always comes late.`);
      expect(JSON.stringify(preview)).not.toMatch(/priya/i);
    });

    it("shows the client the report the coach previewed, once released", async () => {
      const { campaignId, preview } = await redactedPreview(t.current, world);
      await moveCampaign(world.coach, campaignId, "released");
      const client = await world.client.agent.get(reportUrl(campaignId));
      expect(client.status).toBe(200);
      expect(client.body).toEqual(preview);
      expect(JSON.stringify(client.body)).not.toMatch(/priya/i);
      const pdf = await downloadAs(t.current, world.client, `${reportUrl(campaignId)}.pdf`);
      expect(pdf.status).toBe(200);
      const text = pdfText(pdf.bytes);
      expect(text).not.toMatch(/priya/i);
      expect(text).not.toContain("Preview");
      expectDifferencesThatAddUp(text, preview);
      expect((await world.client.agent.get(commentsUrl(campaignId))).status).toBe(403);
      expect((await world.sponsor.agent.get(reportUrl(campaignId))).status).toBe(404);
    });

    it("never changes after release: redactions and late answers are refused", async () => {
      const { campaignId, priyaId, preview, ofGroup } = await releasedReport(t.current, world);
      const redaction = await world.coach.agent.put(redactUrl(priyaId), { redactions: [] });
      expect(redaction.status).toBe(409);
      expect(redaction.body.error.message).toMatch(/A released report never changes/);
      const manager = ofGroup("manager")[0] as InvitedRater;
      const late = await rater().put(`/api/feedback/survey/${manager.token}/answers`, {
        ratings: {},
      });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("closed");
      expect((await rater().post(`/api/feedback/survey/${manager.token}/submit`)).status).toBe(409);
      expect((await world.client.agent.get(reportUrl(campaignId))).body).toEqual(preview);
    });

    it("serves the stored copy, never a recomputation", async () => {
      const { campaignId, priyaId, preview } = await releasedReport(t.current, world);
      await sql("update feedback_comment set redactions = '[]'::jsonb where id = $1", [priyaId]);
      await sql(
        `insert into feedback_response (campaign_id, "group", ratings, submitted_on)
         select campaign_id, 'peer', ratings, submitted_on from feedback_response
         where campaign_id = $1 limit 1`,
        [campaignId],
      );
      const [stored] = await sql<{ report: unknown }>(
        "select report from feedback_campaign where id = $1",
        [campaignId],
      );
      for (const member of [world.client, world.coach]) {
        const served = await member.agent.get(reportUrl(campaignId));
        expect(served.body).toEqual(preview);
        expect(served.body).toEqual(stored?.report);
      }
      const comments = (await world.coach.agent.get(commentsUrl(campaignId))).body as {
        group: string;
      }[];
      expect(comments).toHaveLength(3);
    });
  });

  describe("a campaign where no group reaches k, past its deadline", () => {
    it("is closed when read, and withholds every answer and every comment", async () => {
      const client = await inviteAndAccept(t.current, world.coach, "client", "quiet-client");
      const engagement = await openEngagement(world.coach, client);
      const quiet = await collectingCampaign(
        t.current,
        { coach: world.coach, client, engagement },
        { manager: 1, peer: 3, direct_report: 3 },
      );
      const peers = quiet.raters.filter((r) => r.group === "peer");
      const firstQuestion = (await rater().get(`/api/feedback/survey/${peers[0]?.token}`)).body
        .model.openQuestions[0]?.id as string;
      for (const peer of peers.slice(0, 2))
        await answerSurvey(rater(), peer, () => 4, { [firstQuestion]: "Only two of us answered." });
      await sql(
        "update feedback_campaign set closes_at = now() - interval '1 second' where id = $1",
        [quiet.campaign.id],
      );
      const served: FeedbackReport = (await world.coach.agent.get(reportUrl(quiet.campaign.id)))
        .body;
      const [row] = await sql<{ status: string }>(
        "select status from feedback_campaign where id = $1",
        [quiet.campaign.id],
      );
      expect(row?.status).toBe("closed");
      expect(await responsesByGroup(t.current, quiet.campaign.id)).toEqual({ peer: 2 });
      const [day] = await sql<{ day: string }>(
        "select distinct submitted_on::text as day from feedback_response where campaign_id = $1",
        [quiet.campaign.id],
      );
      expect(day?.day).toBe(todayIn("Europe/London"));
      for (const row of await raterRows(t.current, quiet.campaign.id))
        expect(row.sealed_answers).toBeNull();
      expect(served.units).toEqual([]);
      expect(served.responses).toBe(0);
      expect(served.withheldResponses).toBe(2);
      expect(served.items.every((item) => item.others === null)).toBe(true);
      expect(served.competencies.every((c) => c.others === null)).toBe(true);
      expect(served.comments.flatMap((s) => s.comments)).toEqual([]);
      expect(JSON.stringify(served)).not.toContain("Only two of us answered.");
      expect((await world.coach.agent.get(commentsUrl(quiet.campaign.id))).body).toEqual([]);
      const pdf = await downloadAs(t.current, world.coach, `${reportUrl(quiet.campaign.id)}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfText(pdf.bytes)).not.toContain("Only two of us answered.");
    });
  });
});

/** Every "Others 1.8 · Self 4.0 · Self 2.2 higher" in the PDF is the difference of the figures beside it. */
function expectDifferencesThatAddUp(text: string, report: FeedbackReport) {
  const pattern =
    /Others\s+(\d\.\d)\s+·\s+Self\s+(\d\.\d)\s+·\s+(?:(Self|Others)\s+(\d\.\d)\s+higher|Self\s+and\s+others\s+equal)/g;
  const found = [...text.matchAll(pattern)];
  expect(report.blindSpots.length + report.hiddenStrengths.length).toBeGreaterThan(0);
  expect(found).toHaveLength(report.blindSpots.length + report.hiddenStrengths.length);
  for (const [, others, self, higher, size] of found) {
    const difference = Math.round((Number(self) - Number(others)) * 10) / 10;
    const shown = higher === undefined ? 0 : (higher === "Self" ? 1 : -1) * Number(size);
    expect(shown).toBe(difference);
  }
}
