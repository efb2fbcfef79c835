import { beforeAll, describe, expect, it } from "vitest";
import type { ChangeReport } from "../../src/contract/change-report";
import type { InstrumentDefinition } from "../../src/domain/assessment/instrument";
import type { CompetencyModel } from "../../src/domain/feedback/competency-model";
import { itemIds } from "../../src/domain/feedback/model-rules";
import { buildReport } from "../../src/domain/feedback/report";
import type { FeedbackReport, RaterResponse } from "../../src/domain/feedback/report-types";
import { rawQuery } from "../../src/server/db/database";
import { assignAssessment, inviteAndAccept, type Member } from "../support/factories";
import { BUILT_IN_MODEL_ID, daysFromToday } from "../support/feedback-factories";
import { releasedReport, reportParties } from "../support/feedback-report-fixtures";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The change report over the real database: a released baseline 360, its repeat with the same
// raters, and the same questionnaire submitted twice.

describe.each(databaseKinds())("the change report on the %s database", (kind) => {
  const t = useTestApp(kind);
  let parties: Awaited<ReturnType<typeof reportParties>>;
  let baselineId: string;
  let repeatId: string;
  const campaignsUrl = () => `/api/engagements/${parties.engagement.id}/feedback-campaigns`;
  const reportUrl = () => `/api/engagements/${parties.engagement.id}/change-report`;
  const setStage = (stage: string) =>
    rawQuery(t.current.handle, "update engagement set stage = $2 where id = $1", [
      parties.engagement.id,
      stage,
    ]);
  const repeatBody = (extra: Record<string, unknown> = {}) => ({
    modelId: BUILT_IN_MODEL_ID,
    deadline: daysFromToday(21),
    timeZone: "Europe/London",
    repeatOf: baselineId,
    copyRaters: true,
    groupLimits: {
      manager: { min: 0, max: 2 },
      peer: { min: 0, max: 8 },
      direct_report: { min: 0, max: 8 },
      other: { min: 0, max: 8 },
    },
    ...extra,
  });

  beforeAll(async () => {
    parties = await reportParties(t.current);
    baselineId = (await releasedReport(t.current, parties)).campaignId;
  });

  it("has no 360 change before a repeat is released", async () => {
    const response = await parties.client.agent.get(reportUrl());
    expect(response.status).toBe(200);
    expect(response.body.feedback).toBeNull();
    expect(response.body.feedbackMissing).toMatch(/No repeat/);
  });

  it("refuses a repeat before the sessions are under way, naming the field", async () => {
    await setStage("planning");
    const response = await parties.coach.agent.post(campaignsUrl(), repeatBody());
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path: "repeatOf" })]);
  });

  it("refuses a repeat on a closed engagement, and saves nothing", async () => {
    await setStage("closed");
    const response = await parties.coach.agent.post(campaignsUrl(), repeatBody());
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("engagement_closed");
    const rows = await rawQuery(
      t.current.handle,
      "select id from feedback_campaign where engagement_id = $1",
      [parties.engagement.id],
    );
    expect(rows).toHaveLength(1);
  });

  it("refuses copying raters without a baseline, and a repeat of another model", async () => {
    await setStage("review");
    const noBaseline = await parties.coach.agent.post(
      campaignsUrl(),
      repeatBody({ repeatOf: undefined }),
    );
    expect(noBaseline.status).toBe(400);
    expect(noBaseline.body.error.fields).toEqual([expect.objectContaining({ path: "copyRaters" })]);
    const otherModel = await parties.coach.agent.post(
      campaignsUrl(),
      repeatBody({ modelId: "some-other-model" }),
    );
    expect(otherModel.status).toBe(400);
    expect(otherModel.body.error.fields).toEqual([expect.objectContaining({ path: "modelId" })]);
  });

  it("answers hostile repeat bodies with a 400 naming the field, and saves nothing", async () => {
    const before = await rawQuery(t.current.handle, "select id from feedback_campaign");
    for (const [body, path] of [
      [repeatBody({ repeatOf: "'; drop table feedback_campaign; --" }), "repeatOf"],
      [repeatBody({ repeatOf: { $ne: null } }), "repeatOf"],
      [repeatBody({ copyRaters: "yes" }), "copyRaters"],
      [repeatBody({ repeatOf: "\u0000".repeat(5000) }), "repeatOf"],
    ] as const) {
      const response = await parties.coach.agent.post(campaignsUrl(), body);
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ path })]);
    }
    expect(await rawQuery(t.current.handle, "select id from feedback_campaign")).toHaveLength(
      before.length,
    );
  });

  it("refuses a repeat of a 360 that is not released", async () => {
    const draft = await parties.coach.agent.post(campaignsUrl(), {
      modelId: BUILT_IN_MODEL_ID,
      deadline: daysFromToday(21),
      timeZone: "Europe/London",
    });
    expect(draft.status).toBe(201);
    const response = await parties.coach.agent.post(
      campaignsUrl(),
      repeatBody({ repeatOf: draft.body.id }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path: "repeatOf" })]);
    await parties.coach.agent.delete(`/api/feedback-campaigns/${draft.body.id}`);
  });

  it("refuses the whole copy when a baseline rater is now a party of the engagement", async () => {
    // The sponsor's address is on the baseline's list (put there behind the rules' back): the
    // copy checks every rater again and creates nothing.
    await rawQuery(
      t.current.handle,
      `insert into feedback_rater (campaign_id, name, email, mailbox, "group", nominated_by)
       values ($1, 'Sponsor', $2, $2, 'peer', $3)`,
      [baselineId, parties.sponsor.email, parties.coach.id],
    );
    const before = await rawQuery(t.current.handle, "select id from feedback_campaign");
    const response = await parties.coach.agent.post(campaignsUrl(), repeatBody());
    expect(response.status).toBe(400);
    expect(await rawQuery(t.current.handle, "select id from feedback_campaign")).toHaveLength(
      before.length,
    );
    await rawQuery(t.current.handle, "delete from feedback_rater where email = $1", [
      parties.sponsor.email,
    ]);
  });

  it("repeats the 360 with the baseline's raters and model", async () => {
    const response = await parties.coach.agent.post(campaignsUrl(), repeatBody());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    repeatId = response.body.id;
    const emails = (id: string) =>
      rawQuery<{ email: string; group: string }>(
        t.current.handle,
        `select email, "group" from feedback_rater where campaign_id = $1 order by email`,
        [id],
      );
    expect(await emails(repeatId)).toEqual(await emails(baselineId));
    const [row] = await rawQuery<{ repeat_of: string; same_model: boolean }>(
      t.current.handle,
      `select r.repeat_of, r.model::text = b.model::text as same_model
       from feedback_campaign r join feedback_campaign b on b.id = r.repeat_of where r.id = $1`,
      [repeatId],
    );
    expect(row).toEqual({ repeat_of: baselineId, same_model: true });
  });

  it("compares the two frozen reports and two questionnaire responses", async () => {
    await releaseWithEveryoneRating(5);
    await submitTwice(parties.coach, parties.client);
    const response = await parties.client.agent.get(reportUrl());
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const report = response.body as ChangeReport;
    const baseline = await frozenReport(baselineId);

    expect(report.feedback?.sameRaters).toBe(true);
    expect(report.feedback?.baseline.campaignId).toBe(baselineId);
    expect(report.feedback?.repeat.campaignId).toBe(repeatId);
    const first = report.feedback?.competencies[0];
    const peers = first?.rows.find((r) => r.id === "peer");
    const before = baseline.competencies.find((c) => c.id === first?.competencyId);
    expect(peers?.baseline).toBe(before?.byUnit.peer);
    expect(peers?.now).toBe(5);
    expect(peers?.caveat).toBeNull();
    expect(peers?.reliabilitySource).toMatch(/stretched to 4 raters/);
    expect(first?.rows.at(-1)?.id).toBe("others");
    // No unit hidden in the baseline appears: every row's unit is shown in both reports.
    for (const row of first?.rows ?? [])
      if (row.id !== "others") expect(baseline.units.map((u) => u.id)).toContain(row.id);

    // IPIP 50: every scale 4, then 5. One person in the practice: SD 1 by the range rule.
    // Extraversion, alpha .87: S_diff = √2·√.13 = 0.5099, RCI = 1.961: reliably higher.
    // Agreeableness, alpha .82: S_diff = √2·√.18 = 0.6, RCI = 1.667: no reliable change.
    const [ipip] = report.personality;
    expect(ipip?.instrumentId).toBe("ipip-bffm-50");
    const extraversion = ipip?.scales.find((s) => s.id === "extraversion");
    const agreeableness = ipip?.scales.find((s) => s.id === "agreeableness");
    expect(extraversion).toMatchObject({ baseline: 4, now: 5, sd: 1, reliability: 0.87 });
    expect(extraversion?.sdSource).toMatch(/\(1\)/);
    expect(extraversion?.change?.rci).toBeCloseTo(1.9612, 4);
    expect(extraversion?.change?.verdict).toBe("reliably_higher");
    expect(agreeableness?.change?.rci).toBeCloseTo(1.6667, 4);
    expect(agreeableness?.change?.verdict).toBe("no_reliable_change");
    expect(agreeableness?.change?.words).toMatch(/^No reliable change/);

    expect((await parties.coach.agent.get(reportUrl())).body).toEqual(report);
  });

  it("warns that different raters make a weaker comparison", async () => {
    await rawQuery(
      t.current.handle,
      "delete from feedback_rater where campaign_id = $1 and \"group\" = 'other'",
      [repeatId],
    );
    const report = (await parties.coach.agent.get(reportUrl())).body as ChangeReport;
    expect(report.feedback?.sameRaters).toBe(false);
    expect(report.feedback?.competencies[0]?.rows[0]?.caveat).toBe(
      "Different raters make a weaker comparison.",
    );
  });

  it("refuses the sponsor and people of another engagement, and a bad id", async () => {
    expect((await parties.sponsor.agent.get(reportUrl())).status).toBe(403);
    const stranger = await inviteAndAccept(t.current, parties.coach, "client", "stranger");
    expect((await stranger.agent.get(reportUrl())).status).toBe(404);
    const hostile = await parties.coach.agent.get(
      `/api/engagements/${encodeURIComponent("1' or '1'='1")}/change-report`,
    );
    expect(hostile.status).toBe(400);
  });

  /** The IPIP 50 twice: `plus` to plus-keyed statements and `minus` to the others, then 5 and 1. */
  async function submitTwice(coach: Member, client: Member) {
    const ipip50 = t.current.ctx.instruments.newest("ipip-bffm-50")
      ?.definition as InstrumentDefinition;
    for (const [plus, minus] of [
      [4, 2],
      [5, 1],
    ] as const) {
      const assigned = await assignAssessment(coach, parties.engagement.id, "ipip-bffm-50");
      const answers = Object.fromEntries(
        ipip50.items.map((item) => [item.id, item.keyed === "+" ? plus : minus]),
      );
      const saved = await client.agent.put(`/api/assessments/${assigned.id}/answers`, { answers });
      expect(saved.status).toBe(200);
      const submitted = await client.agent.post(`/api/assessments/${assigned.id}/submit`);
      expect(submitted.status).toBe(200);
    }
  }

  async function frozenReport(id: string): Promise<FeedbackReport> {
    const [row] = await rawQuery<{ report: FeedbackReport }>(
      t.current.handle,
      "select report from feedback_campaign where id = $1",
      [id],
    );
    return row?.report as FeedbackReport;
  }

  /** Releases the repeat with a report frozen as closing would: every rater rated every item. */
  async function releaseWithEveryoneRating(value: 5) {
    const [row] = await rawQuery<{ model: CompetencyModel; threshold: number }>(
      t.current.handle,
      "select model, threshold from feedback_campaign where id = $1",
      [repeatId],
    );
    const model = row?.model as CompetencyModel;
    const ratings = Object.fromEntries(itemIds(model).map((id) => [id, value]));
    const groups = { manager: 1, peer: 4, direct_report: 3, other: 1 } as const;
    const responses: RaterResponse[] = Object.entries(groups).flatMap(([group, n]) =>
      Array.from({ length: n }, () => ({ group: group as RaterResponse["group"], ratings })),
    );
    const report = buildReport({
      model,
      threshold: row?.threshold ?? 3,
      managerIdentified: false,
      self: null,
      responses,
      comments: [],
    });
    await rawQuery(
      t.current.handle,
      `update feedback_campaign set status = 'released', closed_at = now(), released_at = now(),
       report = $2::json where id = $1`,
      [repeatId, JSON.stringify(report)],
    );
  }
});
