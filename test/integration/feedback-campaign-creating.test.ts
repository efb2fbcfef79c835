import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, openEngagement, uniqueEmail, type World } from "../support/factories";
import { campaignKit, campaignUrl, expectRaterCountsKept } from "../support/feedback-campaign-kit";
import { createCampaign, daysFromToday, nominate, ratersOf } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())(
  "360 feedback campaigns being created on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let w: World;
    const { campaignRow, ratersRows, nominatingCampaign } = campaignKit(t, () => w);

    beforeAll(async () => {
      w = await buildWorld(t.current);
    }, 60_000);

    // Whatever the tests did to raters, the counts the lists read still add up.
    afterAll(async () => {
      await expectRaterCountsKept(t.current);
    });

    describe("creating", () => {
      it("starts a draft on a copy of Keel's model, with the practice's threshold and default limits", async () => {
        const deadline = daysFromToday(20);
        const view = await createCampaign(w.coach, w.engagement.id, {
          deadline,
          timeZone: "America/New_York",
        });
        expect(view).toMatchObject({
          engagementId: w.engagement.id,
          status: "draft",
          modelId: "keel-leadership",
          modelVersion: 1,
          itemCount: 45,
          threshold: 3,
          practiceThreshold: 3,
          managerIdentified: false,
          groupLimits: {
            manager: { min: 1, max: 2 },
            peer: { min: 3, max: 12 },
            direct_report: { min: 3, max: 12 },
            other: { min: 0, max: 8 },
          },
          deadline,
          timeZone: "America/New_York",
          raters: [],
          selfRated: false,
          releasedAt: null,
          client: { id: w.client.id, name: w.client.name },
          coach: { id: w.coach.id, name: w.coach.name },
          moves: ["nominating"],
          mayEditRaters: true,
          maySelfRate: false,
          mayReadReport: false,
        });
        // The end of the deadline day in New York: 23:59:59.999 there, 04:59:59.999 or 03:59 UTC.
        const closesAt = new Date(view.closesAt);
        expect(closesAt.toISOString().slice(0, 10) > deadline).toBe(true);
        expect(closesAt.toISOString()).toMatch(/T0[34]:59:59\.999Z$/);
        expect(view.counts).toEqual([
          { group: "manager", nominated: 0 },
          { group: "peer", nominated: 0 },
          { group: "direct_report", nominated: 0 },
          { group: "other", nominated: 0 },
        ]);
        expect(view.responseCounts).toEqual([]);
        expect(view.nominationProblems.map((p: { path: string }) => p.path)).toEqual([
          "raters.manager",
          "raters.peer",
          "raters.direct_report",
        ]);
        const row = await campaignRow(view.id);
        expect(row).toMatchObject({ model_source: "built-in", model_id: "keel-leadership" });
        expect(row?.model).toMatchObject({ competencies: expect.any(Array) });
        expect((row?.model as { competencies: unknown[] } | undefined)?.competencies).toHaveLength(
          9,
        );

        const asClient = (await w.client.agent.get(campaignUrl(view.id))).body;
        expect(asClient).toMatchObject({ moves: [], mayEditRaters: false, maySelfRate: false });
      });

      it("refuses bad settings, naming each field, and saves nothing", async () => {
        const listed = async () =>
          (await w.coach.agent.get(`/api/engagements/${w.engagement.id}/feedback-campaigns`)).body
            .length;
        const before = await listed();
        const post = (body: object) =>
          w.coach.agent.post(`/api/engagements/${w.engagement.id}/feedback-campaigns`, {
            modelId: "keel-leadership",
            deadline: daysFromToday(10),
            timeZone: "Europe/London",
            ...body,
          });
        const paths = (response: { body: { error: { fields: { path: string }[] } } }) =>
          response.body.error.fields.map((f) => f.path).sort();

        const many = await post({
          deadline: daysFromToday(-1),
          groupLimits: {
            manager: { min: 1, max: 2 },
            peer: { min: 5, max: 4 },
            direct_report: { min: 3, max: 31 },
            other: { min: 0, max: 8 },
          },
        });
        expect(many.status).toBe(400);
        expect(paths(many)).toEqual([
          "deadline",
          "groupLimits.direct_report.max",
          "groupLimits.peer.min",
        ]);

        const today = await post({
          deadline: new Date().toISOString().slice(0, 10),
          timeZone: "UTC",
        });
        expect(today.status).toBe(400);
        expect(paths(today)).toEqual(["deadline"]);

        for (const [body, path] of [
          [{ threshold: 2 }, "threshold"],
          [{ timeZone: "Mars/Olympus" }, "timeZone"],
          [{ deadline: "next friday" }, "deadline"],
          [{ modelId: "no-such-model" }, "modelId"],
          [{ managerIdentified: "yes" }, "managerIdentified"],
          [{ extra: 1 }, ""],
        ] as const) {
          const response = await post(body);
          expect(response.status, JSON.stringify(body)).toBe(400);
          expect(paths(response)).toEqual([path]);
        }
        expect(await listed()).toBe(before);
      });

      it("lets only the engagement's coach start one, and not in a closed engagement", async () => {
        const url = `/api/engagements/${w.engagement.id}/feedback-campaigns`;
        const body = { modelId: "keel-leadership", deadline: daysFromToday(9), timeZone: "UTC" };
        expect((await w.client.agent.post(url, body)).status).toBe(403);
        expect((await w.sponsor.agent.post(url, body)).status).toBe(403);
        expect((await w.admin.agent.post(url, body)).status).toBe(403);
        expect((await w.otherCoach.agent.post(url, body)).status).toBe(404);
        expect((await w.otherClient.agent.post(url, body)).status).toBe(404);
        expect((await w.outsider.agent.post(url, body)).status).toBe(404);
        expect((await w.anonymous.post(url, body)).status).toBe(401);

        const closing = await openEngagement(w.coach, w.client);
        const closed = await w.coach.agent.post(`/api/engagements/${closing.id}/stage`, {
          to: "closed",
        });
        expect(closed.status, JSON.stringify(closed.body)).toBe(200);
        const refused = await w.coach.agent.post(
          `/api/engagements/${closing.id}/feedback-campaigns`,
          body,
        );
        expect(refused.status).toBe(409);
        expect(
          (await w.coach.agent.get(`/api/engagements/${closing.id}/feedback-campaigns`)).body,
        ).toEqual([]);
      });
    });

    describe("the practice's threshold", () => {
      it("is the admin's to raise, never below 3, and campaigns may not go under it", async () => {
        expect((await w.coach.agent.get("/api/practice")).body.feedbackThreshold).toBe(3);
        const low = await w.admin.agent.patch("/api/practice", { feedbackThreshold: 2 });
        expect(low.status).toBe(400);
        expect(low.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
          "feedbackThreshold",
        ]);
        expect((await w.admin.agent.patch("/api/practice", {})).status).toBe(400);
        expect((await w.coach.agent.patch("/api/practice", { feedbackThreshold: 5 })).status).toBe(
          403,
        );
        expect((await w.client.agent.patch("/api/practice", { feedbackThreshold: 5 })).status).toBe(
          403,
        );
        expect((await w.coach.agent.get("/api/practice")).body.feedbackThreshold).toBe(3);

        const draft = await createCampaign(w.coach, w.engagement.id, { threshold: 4 });
        try {
          const raised = await w.admin.agent.patch("/api/practice", { feedbackThreshold: 5 });
          expect(raised.status, JSON.stringify(raised.body)).toBe(200);
          expect(raised.body).toMatchObject({ feedbackThreshold: 5 });
          expect((await w.admin.agent.get("/api/practice")).body.name).toBe(raised.body.name);

          const byDefault = await createCampaign(w.coach, w.engagement.id);
          expect(byDefault).toMatchObject({ threshold: 5, practiceThreshold: 5 });
          const lower = await w.coach.agent.post(
            `/api/engagements/${w.engagement.id}/feedback-campaigns`,
            {
              modelId: "keel-leadership",
              deadline: daysFromToday(9),
              timeZone: "UTC",
              threshold: 4,
            },
          );
          expect(lower.status).toBe(400);
          expect(lower.body.error.fields).toEqual([
            { path: "threshold", message: expect.stringContaining("at least 5") },
          ]);
          const patched = await w.coach.agent.patch(campaignUrl(draft.id), { threshold: 4 });
          expect(patched.status).toBe(400);
          expect((await campaignRow(draft.id))?.threshold).toBe(4);
          const higher = await w.coach.agent.patch(campaignUrl(draft.id), { threshold: 6 });
          expect(higher.body).toMatchObject({ threshold: 6, practiceThreshold: 5 });
        } finally {
          await w.admin.agent.patch("/api/practice", { feedbackThreshold: 3 });
        }
      });
    });

    describe("who may do what", () => {
      let ids: { campaign: string; rater: string };

      beforeAll(async () => {
        const campaign = await nominatingCampaign();
        const view = await nominate(w.client, campaign.id, ratersOf({ peer: 1 }));
        ids = { campaign: campaign.id, rater: view.raters[0].id };
      });

      const routes = () => {
        const c = campaignUrl(ids.campaign);
        const r = `/api/feedback-raters/${ids.rater}`;
        const rater = { name: "Someone", email: uniqueEmail("someone"), group: "peer" };
        return [
          ["GET", c, undefined],
          ["PATCH", c, { deadline: daysFromToday(12) }],
          ["DELETE", c, undefined],
          ["POST", `${c}/status`, { to: "approval" }],
          ["POST", `${c}/raters`, rater],
          ["PATCH", r, { name: "Changed" }],
          ["DELETE", r, undefined],
          ["GET", `${c}/self-rating`, undefined],
          ["PUT", `${c}/self-rating`, { ratings: {} }],
          ["POST", `${c}/self-rating/submit`, undefined],
        ] as const;
      };

      it("hides a campaign and its raters from everyone but its client and coach", async () => {
        for (const member of [
          w.sponsor,
          w.admin,
          w.otherCoach,
          w.otherClient,
          w.outsider,
          w.outsiderClient,
        ]) {
          for (const [method, url, body] of routes()) {
            const response = await member.agent.request(method, url, body);
            expect(response.status, `${method} ${url}`).toBe(404);
          }
        }
        for (const [method, url, body] of routes()) {
          const response = await w.anonymous.request(method, url, body);
          expect(response.status, `${method} ${url}`).toBe(401);
        }
        expect(await campaignRow(ids.campaign)).toMatchObject({ status: "nominating" });
        expect(await ratersRows(ids.campaign)).toHaveLength(1);
      });

      it("lists an engagement's campaigns for its client and coach only", async () => {
        const url = `/api/engagements/${w.engagement.id}/feedback-campaigns`;
        const coach = await w.coach.agent.get(url);
        expect(coach.status).toBe(200);
        expect(coach.body.some((c: { id: string }) => c.id === ids.campaign)).toBe(true);
        expect((await w.client.agent.get(url)).status).toBe(200);
        expect((await w.sponsor.agent.get(url)).status).toBe(403);
        expect((await w.admin.agent.get(url)).status).toBe(403);
        expect((await w.otherCoach.agent.get(url)).status).toBe(404);
        expect((await w.outsider.agent.get(url)).status).toBe(404);
        expect((await w.anonymous.get(url)).status).toBe(401);
        expect((await w.coach.agent.get("/api/engagements/nope/feedback-campaigns")).status).toBe(
          400,
        );
      });

      it("refuses malformed ids with a 400 and unknown ones with a 404", async () => {
        expect((await w.coach.agent.get(campaignUrl("nope"))).status).toBe(400);
        const unknown = "00000000-0000-4000-8000-000000000000";
        expect((await w.coach.agent.get(campaignUrl(unknown))).status).toBe(404);
        expect((await w.coach.agent.patch(`/api/feedback-raters/${unknown}`, {})).status).toBe(404);
        expect((await w.coach.agent.delete(`/api/feedback-raters/${unknown}`)).status).toBe(404);
      });
    });
  },
);
