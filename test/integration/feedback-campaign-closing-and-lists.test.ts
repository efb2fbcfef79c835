import { describe, expect, it } from "vitest";
import { closeCampaignJob, remindRatersJob } from "../../src/server/feedback/campaign-jobs";
import {
  inviteAndAccept,
  listAllPages,
  type Member,
  openEngagement,
  uniqueEmail,
} from "../support/factories";
import {
  campaignUrl,
  FULL_LIST,
  raterCountMismatches,
  useCampaignWorld,
} from "../support/feedback-campaign-kit";
import {
  collectingCampaign,
  createCampaign,
  daysFromToday,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())(
  "360 feedback campaigns closing, their jobs, and the lists of them on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    const { w, query, mailsTo, campaignRow, ratersRows, markCompleted, nominatingCampaign } =
      useCampaignWorld(t);

    describe("closing and releasing", () => {
      it("closes by the coach, releases a frozen report once, and then changes nothing", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
        await markCompleted(raters.map((r) => r.id));
        const closed = await moveCampaign(w.coach, campaign.id, "closed");
        expect(closed).toMatchObject({
          status: "closed",
          moves: ["released"],
          mayReadReport: true,
        });
        expect((await campaignRow(campaign.id))?.closed_at).not.toBeNull();
        const asClient = (await w.client.agent.get(campaignUrl(campaign.id))).body;
        expect(asClient).toMatchObject({ mayReadReport: false, maySelfRate: false, moves: [] });

        const before = (await mailsTo(w.client.email)).length;
        const released = await moveCampaign(w.coach, campaign.id, "released");
        expect(released.status).toBe("released");
        expect(released.releasedAt).not.toBeNull();
        const row = await campaignRow(campaign.id);
        expect(row?.report).toMatchObject({ modelName: campaign.modelName, threshold: 3 });
        const mails = await mailsTo(w.client.email);
        expect(mails).toHaveLength(before + 1);
        expect(mails.at(-1)?.text).toContain(
          `http://keel.test/feedback-campaigns/${campaign.id}/report`,
        );
        expect((await w.client.agent.get(campaignUrl(campaign.id))).body.mayReadReport).toBe(true);

        const again = await w.coach.agent.post(campaignUrl(campaign.id, "/status"), {
          to: "released",
        });
        expect(again.status).toBe(409);
        const deadline = await w.coach.agent.patch(campaignUrl(campaign.id), {
          deadline: daysFromToday(5),
        });
        expect(deadline.status).toBe(409);
        const add = await w.coach.agent.post(campaignUrl(campaign.id, "/raters"), {
          name: "Too late",
          email: uniqueEmail("too-late"),
          group: "peer",
        });
        expect(add.status).toBe(409);
        expect((await w.coach.agent.delete(campaignUrl(campaign.id))).status).toBe(409);
        expect((await campaignRow(campaign.id))?.report).toEqual(row?.report);
      });

      it("closes a campaign read after its deadline has passed", async () => {
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST);
        await query(
          "update feedback_campaign set closes_at = now() - interval '1 minute' where id = $1",
          [campaign.id],
        );
        const read = await w.client.agent.get(campaignUrl(campaign.id));
        expect(read.body.status).toBe("closed");
        expect((await campaignRow(campaign.id))?.closed_at).not.toBeNull();
      });

      it("deletes a campaign before invitations, not after", async () => {
        const draft = await createCampaign(w.coach, w.engagement.id);
        expect((await w.client.agent.delete(campaignUrl(draft.id))).status).toBe(403);
        expect((await w.coach.agent.delete(campaignUrl(draft.id))).status).toBe(204);
        expect((await w.coach.agent.get(campaignUrl(draft.id))).status).toBe(404);
        expect(await campaignRow(draft.id)).toBeUndefined();
      });
    });

    describe("jobs", () => {
      const deps = () => ({
        db: t.current.ctx.db,
        mailer: t.current.ctx.mailer,
        config: t.current.ctx.config,
        authSecret: t.current.ctx.authSecret,
        log: t.current.ctx.log,
      });

      it("reminds only raters who have not answered, with the same link, for the current deadline", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
        const [done, ...waiting] = raters;
        await markCompleted([done?.id ?? ""]);
        const remind = remindRatersJob(deps());

        await remind({ campaignId: campaign.id, deadline: daysFromToday(40), kind: "last-day" });
        for (const rater of raters) expect(await mailsTo(rater.email)).toHaveLength(1);

        await remind({
          campaignId: campaign.id,
          deadline: campaign.deadline,
          timeZone: campaign.timeZone,
          kind: "three-days",
        });
        expect(await mailsTo(done?.email ?? "")).toHaveLength(1);
        for (const rater of waiting) {
          const mails = await mailsTo(rater.email);
          expect(mails).toHaveLength(2);
          expect(mails[1]?.subject).toMatch(/^Reminder/);
          expect(mails[1]?.text).toContain("Three days are left");
          expect(mails[1]?.text).toContain(rater.url);
        }
        const rows = await ratersRows(campaign.id);
        expect(rows.map((r) => [r.id, r.reminders_sent])).toEqual(
          raters.map((r) => [r.id, r === done ? 0 : 1]),
        );

        await moveCampaign(w.coach, campaign.id, "closed");
        await remind({ campaignId: campaign.id, deadline: campaign.deadline, kind: "last-day" });
        for (const rater of waiting) expect(await mailsTo(rater.email)).toHaveLength(2);
      });

      it("closes at the deadline it was scheduled for, and not before it or for an old one", async () => {
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST);
        const close = closeCampaignJob(deps());
        const job = {
          campaignId: campaign.id,
          deadline: campaign.deadline,
          timeZone: campaign.timeZone,
        };
        await close(job);
        expect((await campaignRow(campaign.id))?.status).toBe("collecting");

        await query(
          "update feedback_campaign set closes_at = now() - interval '1 second' where id = $1",
          [campaign.id],
        );
        await close({ ...job, deadline: daysFromToday(2) });
        expect((await campaignRow(campaign.id))?.status).toBe("collecting");
        await close(job);
        expect(await campaignRow(campaign.id)).toMatchObject({ status: "closed" });
        expect((await campaignRow(campaign.id))?.closed_at).not.toBeNull();
      });
    });

    describe("the coach's dashboard", () => {
      it("pages every campaign the coach runs, newest first, with counts, for coaches only", async () => {
        const coach = await inviteAndAccept(t.current, w.admin, "coach", "dashboard-coach");
        const clients = [
          await inviteAndAccept(t.current, coach, "client", "dash-client-1"),
          await inviteAndAccept(t.current, coach, "client", "dash-client-2"),
        ];
        const engagements = [
          await openEngagement(coach, clients[0] as Member),
          await openEngagement(coach, clients[1] as Member),
        ];
        const created: string[] = [];
        for (let i = 0; i < 5; i += 1)
          created.push((await createCampaign(coach, engagements[i % 2]?.id ?? "")).id);
        const world = {
          coach,
          client: clients[0] as Member,
          engagement: engagements[0] as { id: string },
        };
        const collecting = await collectingCampaign(t.current, world, FULL_LIST);
        created.push(collecting.campaign.id);
        await markCompleted(collecting.raters.filter((r) => r.group === "peer").map((r) => r.id));

        const { pages, items } = await listAllPages<any>(
          coach.agent,
          "",
          2,
          "/api/feedback-campaigns",
        );
        expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
        expect(items.map((c) => c.id)).toEqual([...created].reverse());
        expect(items[0]).toMatchObject({
          status: "collecting",
          engagementTitle: expect.stringContaining(clients[0]?.name ?? ""),
          client: { id: clients[0]?.id, name: clients[0]?.name },
          modelName: collecting.campaign.modelName,
          counts: [
            { group: "manager", nominated: 1 },
            { group: "peer", nominated: 3 },
            { group: "direct_report", nominated: 3 },
            { group: "other", nominated: 0 },
          ],
          responseCounts: [
            expect.objectContaining({ id: "manager+peer", nominated: 4, responses: 3 }),
            expect.objectContaining({ id: "direct_report", nominated: 3, responses: 0 }),
          ],
        });

        // Campaigns created in the same instant still page without repeats or gaps, by id.
        await query(
          "update feedback_campaign set created_at = '2026-11-20T10:00:00.123456Z' where id = any($1::uuid[])",
          [created.slice(0, 4)],
        );
        const tied = await listAllPages<{ id: string }>(
          coach.agent,
          "",
          3,
          "/api/feedback-campaigns",
        );
        expect(tied.items.map((c) => c.id)).toEqual([
          ...created.slice(4).reverse(),
          ...created.slice(0, 4).sort().reverse(),
        ]);

        const onlyCollecting = await coach.agent.get("/api/feedback-campaigns?status=collecting");
        expect(onlyCollecting.body.items.map((c: { id: string }) => c.id)).toEqual([
          collecting.campaign.id,
        ]);
        // Another coach's campaigns, and the admin's view, never mix in.
        const mine = await w.coach.agent.get("/api/feedback-campaigns?limit=100");
        expect(mine.body.items.some((c: { id: string }) => created.includes(c.id))).toBe(false);
        const admin = await w.admin.agent.get("/api/feedback-campaigns");
        expect(admin.status).toBe(200);
        expect(admin.body.items).toEqual([]);

        expect((await w.client.agent.get("/api/feedback-campaigns")).status).toBe(403);
        expect((await w.sponsor.agent.get("/api/feedback-campaigns")).status).toBe(403);
        expect((await w.anonymous.get("/api/feedback-campaigns")).status).toBe(401);
        const badCursor = await coach.agent.get("/api/feedback-campaigns?cursor=nonsense");
        expect(badCursor.status).toBe(400);
        expect(badCursor.body.error.fields[0].path).toBe("cursor");
        expect((await coach.agent.get("/api/feedback-campaigns?limit=0")).status).toBe(400);
      });
    });

    describe("the counts lists read", () => {
      it("stay equal to a count of the raters when raters answer at the same moment", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, {
          manager: 1,
          peer: 5,
          direct_report: 5,
          other: 3,
        });
        await Promise.all(raters.map((rater) => markCompleted([rater.id])));
        const listed = await listAllPages<{ id: string; responseCounts: { responses: number }[] }>(
          w.coach.agent,
          "",
          100,
          "/api/feedback-campaigns",
        );
        const counts = listed.items.find((c) => c.id === campaign.id)?.responseCounts;
        expect(counts?.map((c) => c.responses)).toEqual([5, 5, 1 + 3]);
        expect(await raterCountMismatches(t.current)).toEqual([]);
      });

      it("stay equal to a count of the raters after every kind of change to them", async () => {
        for (let i = 0; i < 18; i += 1) await createCampaign(w.coach, w.engagement.id);
        // Nominated, changed and removed while nominating.
        const nominating = await nominatingCampaign();
        const listed = await nominate(w.client, nominating.id, ratersOf({ peer: 2, other: 1 }));
        const [changed, removed] = listed.raters as { id: string }[];
        const patched = await w.client.agent.patch(`/api/feedback-raters/${changed?.id}`, {
          group: "direct_report",
        });
        expect(patched.status, JSON.stringify(patched.body)).toBe(200);
        const deleted = await w.client.agent.delete(`/api/feedback-raters/${removed?.id}`);
        expect(deleted.status, JSON.stringify(deleted.body)).toBeLessThan(300);
        // Answered, added late, approved and declined while collecting.
        const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
        await markCompleted(raters.slice(0, 2).map((r) => r.id));
        const late = await nominate(w.coach, campaign.id, ratersOf({ peer: 1 }));
        const approved = await w.client.agent.post(
          `/api/feedback-raters/${late.raters.at(-1).id}/approve`,
        );
        expect(approved.status, JSON.stringify(approved.body)).toBe(200);
        const other = await nominate(w.client, campaign.id, ratersOf({ other: 1 }));
        const declined = await w.coach.agent.post(
          `/api/feedback-raters/${other.raters.at(-1).id}/decline`,
        );
        expect(declined.status, JSON.stringify(declined.body)).toBe(200);
        // And closed.
        const closing = await collectingCampaign(t.current, w, FULL_LIST);
        await markCompleted(closing.raters.map((r) => r.id));
        await moveCampaign(w.coach, closing.campaign.id, "closed");

        const [row] = await query<{ campaigns: number }>(
          "select count(*)::int as campaigns from feedback_campaign",
        );
        expect(row?.campaigns).toBeGreaterThan(20);
        expect(await raterCountMismatches(t.current)).toEqual([]);
      });
    });
  },
);
