import { randomUUID } from "node:crypto";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { REDACTED } from "../../src/domain/feedback/redaction";
import type { FeedbackReport } from "../../src/domain/feedback/report-types";
import { rawQuery } from "../../src/server/db/database";
import { selectCampaignWithParties } from "../../src/server/feedback/campaign-access";
import { todayIn } from "../../src/server/feedback/deadlines";
import { computeCampaignReport } from "../../src/server/feedback/report-service";
import type { Agent } from "../support/agent";
import {
  buildWorld,
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  PASSWORD,
  type World,
} from "../support/factories";
import { collectingCampaign, type InvitedRater, moveCampaign } from "../support/feedback-factories";
import type { TestApp } from "../support/test-app";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

interface SurveyModel {
  competencies: { id: string; name: string; items: { id: string }[] }[];
  openQuestions: { id: string; text: string }[];
}

const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((competency) => competency.items.map((item) => item.id));

/** A rater's answers through their private link, then sent. */
async function answer(
  agent: Agent,
  rater: InvitedRater,
  rating: (itemIndex: number) => number | null,
  comments: Record<string, string> = {},
) {
  const survey = `/api/feedback/survey/${rater.token}`;
  const model: SurveyModel = (await agent.get(survey)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id, i) => [id, rating(i)]));
  const saved = await agent.put(`${survey}/answers`, { ratings, comments });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sent = await agent.post(`${survey}/submit`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return model;
}

/** The client rates themselves on every behaviour and submits. */
async function rateSelf(client: Member, campaignId: string, rating: number) {
  const path = `/api/feedback-campaigns/${campaignId}/self-rating`;
  const model: SurveyModel = (await client.agent.get(path)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id) => [id, rating]));
  expect((await client.agent.put(path, { ratings })).status).toBe(200);
  const sent = await client.agent.post(`${path}/submit`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
}

/** The PDF's bytes as sent: the agent reads bodies as text, which would garble them. */
async function download(t: TestApp, member: Member, url: string) {
  const signIn = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email: member.email, password: PASSWORD },
    remoteAddress: "10.88.0.1",
  });
  expect(signIn.statusCode).toBe(200);
  const cookie = [signIn.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await t.app.inject({ method: "GET", url, headers: { cookie } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

/**
 * The text a PDF shows: each content stream inflated, the hex strings of its TJ operators decoded
 * (pdfkit writes text with the standard fonts as hex, split where it kerns).
 */
function pdfText(pdf: Buffer): string {
  const text: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf("stream\n", from);
    if (start < 0) break;
    const end = pdf.indexOf("\nendstream", start);
    if (end < 0) break;
    const body = pdf.subarray(start + "stream\n".length, end);
    from = end + "\nendstream".length;
    let content: string;
    try {
      content = inflateSync(body).toString("latin1");
    } catch {
      content = body.toString("latin1");
    }
    for (const [, pieces] of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      text.push(
        [...(pieces ?? "").matchAll(/<([0-9a-f]*)>/g)]
          .map(([, hex]) => Buffer.from(hex ?? "", "hex").toString("latin1"))
          .join(""),
      );
  }
  return text.join("\n");
}

describe.each(databaseKinds())("the 360 report on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;
  let campaignId: string;
  let raters: InvitedRater[];
  let model: SurveyModel;
  const rater = () => newAgent(t.current);

  const reportUrl = (id = campaignId) => `/api/feedback-campaigns/${id}/report`;
  const commentsUrl = (id = campaignId) => `/api/feedback-campaigns/${id}/comments`;
  const redactUrl = (commentId: string) => `/api/feedback-comments/${commentId}/redactions`;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  const ofGroup = (group: string) => raters.filter((r) => r.group === group);
  const commentRows = () =>
    sql<{ id: string; redactions: string[] }>(
      "select id, redactions from feedback_comment where campaign_id = $1 order by id",
      [campaignId],
    );
  const responsesByGroup = async (id = campaignId) =>
    Object.fromEntries(
      (
        await sql<{ group: string; n: string }>(
          `select "group", count(*) as n from feedback_response where campaign_id = $1
           group by "group"`,
          [id],
        )
      ).map((row) => [row.group, Number(row.n)]),
    );
  const raterRows = (id = campaignId) =>
    sql<{ group: string; completed: boolean; sealed_answers: string | null }>(
      `select "group", completed, sealed_answers from feedback_rater where campaign_id = $1`,
      [id],
    );

  beforeAll(async () => {
    world = await buildWorld(t.current);
    const collecting = await collectingCampaign(t.current, world, {
      manager: 1,
      peer: 4,
      direct_report: 3,
      other: 1,
    });
    campaignId = collecting.campaign.id;
    raters = collecting.raters;
    await rateSelf(world.client, campaignId, 5);
    const peers = ofGroup("peer");
    const questions = async () =>
      (await rater().get(`/api/feedback/survey/${peers[0]?.token}`)).body.model
        .openQuestions as SurveyModel["openQuestions"];
    const [start, , carryOn] = await questions();
    for (const [i, peer] of peers.entries())
      model = await answer(
        rater(),
        peer,
        (item) => ((i + item) % 5) + 1,
        i === 0 ? { [start?.id as string]: "Priya says the plan always comes late." } : {},
      );
    for (const [i, report] of ofGroup("direct_report").entries())
      await answer(
        rater(),
        report,
        (item) => (item % 7 === 0 ? null : ((i * 2 + item) % 5) + 1),
        i === 0 ? { [carryOn?.id as string]: "Keep the Friday demos." } : {},
      );
    await answer(rater(), ofGroup("other")[0] as InvitedRater, () => 2, {
      [carryOn?.id as string]: "Keep asking the other teams.",
    });
  });

  describe("before the campaign closes", () => {
    it("has no report or comments to read, even for the coach: every answer is still sealed", async () => {
      const report = await world.coach.agent.get(reportUrl());
      expect(report.status).toBe(403);
      expect(report.body.error.message).toMatch(/once the campaign has closed/);
      const comments = await world.coach.agent.get(commentsUrl());
      expect(comments.status).toBe(409);
      expect(comments.body.error.code).toBe("not_closed");
      // Answers leave the raters' rows only when the campaign closes: there is no response and no
      // comment yet, so none to read or to redact, only sealed answers on the senders' rows.
      expect(await commentRows()).toEqual([]);
      expect(await responsesByGroup()).toEqual({});
      const rows = await raterRows();
      expect(rows.filter((row) => row.completed)).toHaveLength(8);
      for (const row of rows) expect(row.sealed_answers !== null).toBe(row.completed);
      const redaction = await world.coach.agent.put(redactUrl(randomUUID()), {
        redactions: ["Keep"],
      });
      expect(redaction.status).toBe(404);
    });
  });

  describe("once closed, the coach's preview", () => {
    beforeAll(async () => {
      await moveCampaign(world.coach, campaignId, "closed");
    });

    it("has taken every sent answer out of the raters' rows, and left nothing sealed", async () => {
      expect(await responsesByGroup()).toEqual({ peer: 4, direct_report: 3, other: 1 });
      expect(await commentRows()).toHaveLength(3);
      const rows = await raterRows();
      expect(rows).toHaveLength(raters.length);
      for (const row of rows) expect(row.sealed_answers).toBeNull();
    });

    it("is served to the coach only: the client waits for release, everyone else gets a 404", async () => {
      const coach = await world.coach.agent.get(reportUrl());
      expect(coach.status, JSON.stringify(coach.body)).toBe(200);
      expect(coach.headers["cache-control"]).toBe("no-store");
      const client = await world.client.agent.get(reportUrl());
      expect(client.status).toBe(403);
      expect(client.body.error.message).toBe("Your coach has not released the report yet.");
      for (const member of [
        world.otherCoach,
        world.otherClient,
        world.sponsor,
        world.admin,
        world.outsider,
        world.outsiderClient,
      ]) {
        for (const url of [reportUrl(), `${reportUrl()}.pdf`, commentsUrl()])
          expect((await member.agent.get(url)).status, `${member.name} ${url}`).toBe(404);
      }
      for (const url of [reportUrl(), `${reportUrl()}.pdf`, commentsUrl()])
        expect((await world.anonymous.get(url)).status).toBe(401);
      expect((await world.client.agent.get(`${reportUrl()}.pdf`)).status).toBe(403);
      expect((await world.client.agent.get(commentsUrl())).status).toBe(403);
      expect((await world.coach.agent.get(reportUrl("not-a-uuid"))).status).toBe(400);
    });

    it("sends every part of the report, exactly as computed", async () => {
      const served: FeedbackReport = (await world.coach.agent.get(reportUrl())).body;
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
      const served: FeedbackReport = (await world.coach.agent.get(reportUrl())).body;
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
      const response = await world.coach.agent.get(commentsUrl());
      expect(response.status).toBe(200);
      const comments = response.body as { id: string; group: string; original: string }[];
      expect(comments.map((c) => c.id)).toEqual([...comments.map((c) => c.id)].sort());
      const byText = Object.fromEntries(comments.map((c) => [c.original, c]));
      expect(Object.keys(byText).sort()).toEqual(
        [
          "Keep asking the other teams.",
          "Keep the Friday demos.",
          "Priya says the plan always comes late.",
        ].sort(),
      );
      expect(byText["Priya says the plan always comes late."]).toMatchObject({
        group: "peer",
        shown: "Priya says the plan always comes late.",
        redactions: [],
      });
      // A merged unit's comments carry its first group, never the writer's own.
      expect(byText["Keep asking the other teams."]?.group).toBe("manager");
    });

    it("refuses a redaction of words the comment does not hold, or by anyone but the coach", async () => {
      const comments = (await world.coach.agent.get(commentsUrl())).body as {
        id: string;
        original: string;
      }[];
      const priya = comments.find((c) => c.original.startsWith("Priya")) as { id: string };
      const before = await commentRows();
      const wrong = await world.coach.agent.put(redactUrl(priya.id), {
        redactions: ["plan", "Rahul"],
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        "redactions.1",
      ]);
      const empty = await world.coach.agent.put(redactUrl(priya.id), { redactions: [" "] });
      expect(empty.status).toBe(400);
      expect(
        (await world.client.agent.put(redactUrl(priya.id), { redactions: ["Priya"] })).status,
      ).toBe(403);
      for (const member of [world.otherCoach, world.admin, world.outsider, world.sponsor])
        expect(
          (await member.agent.put(redactUrl(priya.id), { redactions: ["Priya"] })).status,
        ).toBe(404);
      expect(
        (await world.anonymous.put(redactUrl(priya.id), { redactions: ["Priya"] })).status,
      ).toBe(401);
      expect(
        (
          await world.coach.agent.put(redactUrl("00000000-0000-4000-8000-000000000000"), {
            redactions: ["Priya"],
          })
        ).status,
      ).toBe(404);
      expect(await commentRows()).toEqual(before);
    });

    it("downloads as a PDF with the charts' words in it", async () => {
      const pdf = await download(t.current, world.coach, `${reportUrl()}.pdf`);
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
      expect(text).toContain("Priya says the plan always comes late.");
    });
  });

  describe("redacting, releasing, and after release", () => {
    let preview: FeedbackReport;
    let priyaId: string;

    beforeAll(async () => {
      const comments = (await world.coach.agent.get(commentsUrl())).body as {
        id: string;
        original: string;
      }[];
      priyaId = (comments.find((c) => c.original.startsWith("Priya")) as { id: string }).id;
    });

    it("removes the redacted words from the preview", async () => {
      const response = await world.coach.agent.put(redactUrl(priyaId), { redactions: ["priya"] });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({
        id: priyaId,
        original: "Priya says the plan always comes late.",
        shown: `${REDACTED} says the plan always comes late.`,
        redactions: ["priya"],
      });
      preview = (await world.coach.agent.get(reportUrl())).body;
      const texts = preview.comments.flatMap((s) => s.comments.map((c) => c.text));
      expect(texts).toContain(`${REDACTED} says the plan always comes late.`);
      expect(JSON.stringify(preview)).not.toMatch(/priya/i);
    });

    it("shows the client the report the coach previewed, once released", async () => {
      await moveCampaign(world.coach, campaignId, "released");
      const client = await world.client.agent.get(reportUrl());
      expect(client.status).toBe(200);
      expect(client.body).toEqual(preview);
      expect(JSON.stringify(client.body)).not.toMatch(/priya/i);
      const pdf = await download(t.current, world.client, `${reportUrl()}.pdf`);
      expect(pdf.status).toBe(200);
      const text = pdfText(pdf.bytes);
      expect(text).not.toMatch(/priya/i);
      expect(text).not.toContain("Preview");
      expect((await world.client.agent.get(commentsUrl())).status).toBe(403);
      expect((await world.sponsor.agent.get(reportUrl())).status).toBe(404);
    });

    it("never changes after release: redactions and late answers are refused", async () => {
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
      expect((await world.client.agent.get(reportUrl())).body).toEqual(preview);
    });

    it("serves the stored copy, never a recomputation", async () => {
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
        const served = await member.agent.get(reportUrl());
        expect(served.body).toEqual(preview);
        expect(served.body).toEqual(stored?.report);
      }
      const comments = (await world.coach.agent.get(commentsUrl())).body as { group: string }[];
      expect(comments).toHaveLength(3);
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
      for (const peer of peers.slice(0, 2))
        await answer(rater(), peer, () => 4, {
          [model.openQuestions[0]?.id as string]: "Only two of us answered.",
        });
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
      expect(await responsesByGroup(quiet.campaign.id)).toEqual({ peer: 2 });
      const [day] = await sql<{ day: string }>(
        "select distinct submitted_on::text as day from feedback_response where campaign_id = $1",
        [quiet.campaign.id],
      );
      expect(day?.day).toBe(todayIn("Europe/London"));
      for (const row of await raterRows(quiet.campaign.id)) expect(row.sealed_answers).toBeNull();
      expect(served.units).toEqual([]);
      expect(served.responses).toBe(0);
      expect(served.withheldResponses).toBe(2);
      expect(served.items.every((item) => item.others === null)).toBe(true);
      expect(served.competencies.every((c) => c.others === null)).toBe(true);
      expect(served.comments.flatMap((s) => s.comments)).toEqual([]);
      expect(JSON.stringify(served)).not.toContain("Only two of us answered.");
      expect((await world.coach.agent.get(commentsUrl(quiet.campaign.id))).body).toEqual([]);
      const pdf = await download(t.current, world.coach, `${reportUrl(quiet.campaign.id)}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfText(pdf.bytes)).not.toContain("Only two of us answered.");
    });
  });
});
