import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { selectCampaignWithParties } from "../../src/server/feedback/campaign-access";
import { computeCampaignReport } from "../../src/server/feedback/report-service";
import { buildWorld, type World } from "../support/factories";
import { downloadAs } from "../support/feedback-answers";
import {
  answeredCampaign,
  closedCampaign,
  commentIdOf,
  commentRows,
  commentsUrl,
  FRIDAY_COMMENT,
  OTHER_TEAMS_COMMENT,
  PRIYA_COMMENT,
  raterRows,
  redactUrl,
  reportUrl,
  responsesByGroup,
} from "../support/feedback-report-fixtures";
import { pdfText } from "../support/pdf-text";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the 360 report's preview on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  describe("before the campaign closes", () => {
    it("has no report or comments to read, even for the coach: every answer is still sealed", async () => {
      const { campaignId } = await answeredCampaign(t.current, world);
      const report = await world.coach.agent.get(reportUrl(campaignId));
      expect(report.status).toBe(403);
      expect(report.body.error.message).toMatch(/once the campaign has closed/);
      const comments = await world.coach.agent.get(commentsUrl(campaignId));
      expect(comments.status).toBe(409);
      expect(comments.body.error.code).toBe("not_closed");
      // Answers leave the raters' rows only when the campaign closes: there is no response and no
      // comment yet, so none to read or to redact, only sealed answers on the senders' rows.
      expect(await commentRows(t.current, campaignId)).toEqual([]);
      expect(await responsesByGroup(t.current, campaignId)).toEqual({});
      const rows = await raterRows(t.current, campaignId);
      expect(rows.filter((row) => row.completed)).toHaveLength(8);
      for (const row of rows) expect(row.sealed_answers !== null).toBe(row.completed);
      const redaction = await world.coach.agent.put(redactUrl(randomUUID()), {
        redactions: ["Keep"],
      });
      expect(redaction.status).toBe(404);
    });
  });

  describe("once closed, the coach's preview", () => {
    // Read only by the tests below, never changed: one campaign serves them all.
    let closed: Awaited<ReturnType<typeof closedCampaign>>;
    beforeAll(async () => {
      closed = await closedCampaign(t.current, world);
    });

    it("has taken every sent answer out of the raters' rows, and left nothing sealed", async () => {
      const { campaignId, raters } = closed;
      expect(await responsesByGroup(t.current, campaignId)).toEqual({
        peer: 4,
        direct_report: 3,
        other: 1,
      });
      expect(await commentRows(t.current, campaignId)).toHaveLength(3);
      const rows = await raterRows(t.current, campaignId);
      expect(rows).toHaveLength(raters.length);
      for (const row of rows) expect(row.sealed_answers).toBeNull();
    });

    it("is served to the coach only: the client waits for release, everyone else gets a 404", async () => {
      const { campaignId } = closed;
      const coach = await world.coach.agent.get(reportUrl(campaignId));
      expect(coach.status, JSON.stringify(coach.body)).toBe(200);
      expect(coach.headers["cache-control"]).toBe("no-store");
      const client = await world.client.agent.get(reportUrl(campaignId));
      expect(client.status).toBe(403);
      expect(client.body.error.message).toBe("Your coach has not released the report yet.");
      const urls = [reportUrl(campaignId), `${reportUrl(campaignId)}.pdf`, commentsUrl(campaignId)];
      for (const member of [
        world.otherCoach,
        world.otherClient,
        world.sponsor,
        world.admin,
        world.outsider,
        world.outsiderClient,
      ]) {
        for (const url of urls)
          expect((await member.agent.get(url)).status, `${member.name} ${url}`).toBe(404);
      }
      for (const url of urls) expect((await world.anonymous.get(url)).status).toBe(401);
      expect((await world.client.agent.get(`${reportUrl(campaignId)}.pdf`)).status).toBe(403);
      expect((await world.client.agent.get(commentsUrl(campaignId))).status).toBe(403);
      expect((await world.coach.agent.get(reportUrl("not-a-uuid"))).status).toBe(400);
    });

    it("sends every part of the report, exactly as computed", async () => {
      const { campaignId, model } = closed;
      const served: FeedbackReport = (await world.coach.agent.get(reportUrl(campaignId))).body;
      const row = await selectCampaignWithParties(t.current.ctx.db, campaignId);
      const computed = await computeCampaignReport(t.current.ctx.db, row?.campaign as never);
      expect(served).toEqual(JSON.parse(JSON.stringify(computed)));
      expect(Object.keys(served).sort()).toEqual(
        [
          "modelName",
          "threshold",
          "managerIdentified",
          "scale",
          "selfRated",
          "units",
          "responses",
          "withheldResponses",
          "competencies",
          "items",
          "strengths",
          "developmentAreas",
          "blindSpots",
          "hiddenStrengths",
          "extremesByUnit",
          "comments",
          "rules",
          "lateRaters",
        ].sort(),
      );
      expect(served.selfRated).toBe(true);
      expect(served.responses).toBe(8);
      const item = served.items.find((i) => i.others !== null);
      expect(Object.keys(item?.others ?? {}).sort()).toEqual(
        ["distribution", "mean", "n", "notObserved", "sd"].sort(),
      );
      expect(item?.others?.distribution).toHaveLength(5);
      expect(Object.keys(item?.byUnit ?? {}).sort()).toEqual(served.units.map((u) => u.id).sort());
      expect(served.competencies[0]?.self).toBe(5);
      expect(served.competencies.every((c) => c.others !== null)).toBe(true);
      expect(served.strengths.length).toBeGreaterThan(0);
      expect(served.developmentAreas.length).toBeGreaterThan(0);
      expect(served.blindSpots.length).toBeGreaterThan(0);
      expect(served.extremesByUnit.map((e) => e.unitId)).toEqual(served.units.map((u) => u.id));
      expect(Object.values(served.rules).every((rule) => rule.length > 20)).toBe(true);
      expect(served.comments.map((section) => section.questionId)).toEqual(
        model.openQuestions.map((question) => question.id),
      );
    });

    it("merges a group below k into a shown one and shows no figure of it alone", async () => {
      const { campaignId } = closed;
      const served: FeedbackReport = (await world.coach.agent.get(reportUrl(campaignId))).body;
      expect(served.units.map((unit) => [unit.id, unit.responses])).toEqual([
        ["peer", 4],
        ["manager+direct_report+other", 4],
      ]);
      expect(served.withheldResponses).toBe(0);
      const unitIds = new Set(served.units.map((unit) => unit.id));
      for (const item of served.items) {
        for (const id of Object.keys(item.byUnit)) expect(unitIds.has(id)).toBe(true);
        for (const cell of Object.values(item.byUnit))
          if (cell) expect(cell.n).toBeGreaterThanOrEqual(3);
      }
      // The manager sent nothing, but had a link: named in the unit all the same (009).
      const merged = served.units.find((unit) => unit.id === "manager+direct_report+other");
      const labels = served.comments.flatMap((s) => s.comments.map((c) => c.unit));
      expect(labels).toContain(merged?.label);
      expect(labels).not.toContain("Others");
    });

    it("lists the comments of shown groups for review, never naming a merged-in group", async () => {
      const { campaignId } = closed;
      const response = await world.coach.agent.get(commentsUrl(campaignId));
      expect(response.status).toBe(200);
      const comments = response.body as { id: string; group: string; original: string }[];
      expect(comments.map((c) => c.id)).toEqual([...comments.map((c) => c.id)].sort());
      const byText = Object.fromEntries(comments.map((c) => [c.original, c]));
      expect(Object.keys(byText).sort()).toEqual(
        [OTHER_TEAMS_COMMENT, FRIDAY_COMMENT, PRIYA_COMMENT].sort(),
      );
      expect(byText[PRIYA_COMMENT]).toMatchObject({
        group: "peer",
        shown: PRIYA_COMMENT,
        redactions: [],
      });
      // A merged unit's comments carry its first group, never the writer's own.
      expect(byText[OTHER_TEAMS_COMMENT]?.group).toBe("manager");
    });

    it("refuses a redaction of words the comment does not hold, or by anyone but the coach", async () => {
      const { campaignId } = await closedCampaign(t.current, world);
      const priyaId = await commentIdOf(world.coach, campaignId, "Priya");
      const before = await commentRows(t.current, campaignId);
      const wrong = await world.coach.agent.put(redactUrl(priyaId), {
        redactions: ["plan", "Rahul"],
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        "redactions.1",
      ]);
      const empty = await world.coach.agent.put(redactUrl(priyaId), { redactions: [" "] });
      expect(empty.status).toBe(400);
      expect(
        (await world.client.agent.put(redactUrl(priyaId), { redactions: ["Priya"] })).status,
      ).toBe(403);
      for (const member of [world.otherCoach, world.admin, world.outsider, world.sponsor])
        expect((await member.agent.put(redactUrl(priyaId), { redactions: ["Priya"] })).status).toBe(
          404,
        );
      expect(
        (await world.anonymous.put(redactUrl(priyaId), { redactions: ["Priya"] })).status,
      ).toBe(401);
      expect(
        (
          await world.coach.agent.put(redactUrl("00000000-0000-4000-8000-000000000000"), {
            redactions: ["Priya"],
          })
        ).status,
      ).toBe(404);
      expect(await commentRows(t.current, campaignId)).toEqual(before);
    });

    it("downloads as a PDF with the charts' words in it", async () => {
      const { campaignId, model } = closed;
      const pdf = await downloadAs(t.current, world.coach, `${reportUrl(campaignId)}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.headers["cache-control"]).toBe("no-store");
      expect(pdf.headers["content-disposition"]).toMatch(
        /^attachment; filename="360-report-client-client\.pdf"$/,
      );
      expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(pdf.bytes);
      expect(text).toContain(world.client.name);
      expect(text).toContain("Preview: not yet released");
      for (const competency of model.competencies) expect(text).toContain(competency.name);
      expect(text).toContain(PRIYA_COMMENT);
    });
  });

  it("documents its routes in the API description", async () => {
    const response = await t.current.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const path of [
      "/api/feedback-campaigns/{id}/report",
      "/api/feedback-campaigns/{id}/report.pdf",
      "/api/feedback-campaigns/{id}/comments",
      "/api/feedback-comments/{id}/redactions",
      "/api/feedback/survey/{token}",
      "/api/feedback/survey/{token}/answers",
      "/api/feedback/survey/{token}/submit",
    ])
      expect(paths).toContain(path);
  });
});
