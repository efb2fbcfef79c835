import { describe, expect, it } from "vitest";
import { spokenDate } from "../../src/server/feedback/deadlines";
import { raterToken, raterTokenHash } from "../../src/server/feedback/rater-tokens";
import { uniqueEmail } from "../support/factories";
import { campaignUrl, FULL_LIST, useCampaignWorld } from "../support/feedback-campaign-kit";
import { collectingCampaign, daysFromToday } from "../support/feedback-factories";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())(
  "360 feedback campaigns while answers are collected on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    const { w, mailsTo, campaignRow, ratersRows, jobsOf, markCompleted } = useCampaignWorld(t);

    describe("collecting", () => {
      it("mails each rater a private link with the threshold, and stores only the token's hash", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
        expect(campaign).toMatchObject({ status: "collecting", moves: ["closed"] });
        expect(campaign.raters.every((r: { invited: boolean }) => r.invited)).toBe(true);
        expect((await campaignRow(campaign.id))?.invited_at).not.toBeNull();

        const rows = await ratersRows(campaign.id);
        for (const rater of raters) {
          const mails = await mailsTo(rater.email);
          expect(mails).toHaveLength(1);
          const [mail] = mails;
          expect(mail?.practice_id).toBeNull();
          expect(mail?.subject).toBe(`${w.client.name} asks for your feedback`);
          expect(mail?.text).toContain(`http://keel.test/feedback/${rater.token}`);
          expect(mail?.text).toContain("at least 3 people");
          expect(mail?.text).toContain("about 15 minutes");
          expect(mail?.text).toContain(`by the end of ${spokenDate(campaign.deadline)}`);
          expect(mail?.text).toContain(`${w.client.name} is working on their leadership`);
          expect(mail?.text).toContain("without your name");
          expect(mail?.text).not.toMatch(/manager's ratings are shown/);
          expect(rater.token).toBe(raterToken(t.current.ctx.authSecret, rater.id));

          const row = rows.find((r) => r.id === rater.id);
          expect(row?.token_hash).toBe(raterTokenHash(rater.token));
          expect(JSON.stringify(row)).not.toContain(rater.token);
        }
        const campaignText = JSON.stringify(await campaignRow(campaign.id));
        for (const rater of raters) expect(campaignText).not.toContain(rater.token);
      });

      it("tells the manager their ratings are shown alone, and the others that the manager's are apart", async () => {
        const { raters } = await collectingCampaign(t.current, w, FULL_LIST, {
          managerIdentified: true,
          threshold: 4,
          groupLimits: {
            manager: { min: 1, max: 2 },
            peer: { min: 3, max: 12 },
            direct_report: { min: 3, max: 12 },
            other: { min: 0, max: 8 },
          },
        });
        const manager = raters.find((r) => r.group === "manager");
        const peer = raters.find((r) => r.group === "peer");
        const managerMail = (await lastMailTo(t.current.ctx, manager?.email ?? "")).text;
        const peerMail = (await lastMailTo(t.current.ctx, peer?.email ?? "")).text;
        expect(managerMail).toContain("your ratings are shown on their own");
        expect(managerMail).toContain("at least 4 people");
        expect(peerMail).toContain("The manager's ratings are shown separately");
        expect(peerMail).not.toContain("your ratings are shown on their own");
      });

      it("schedules the close at the deadline's end and reminders at 9:00 three days before and on the day", async () => {
        const deadline = daysFromToday(10);
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST, {
          deadline,
          timeZone: "Europe/Berlin",
        });
        const close = await jobsOf("feedback.close", campaign.id);
        expect(close).toHaveLength(1);
        expect(close[0]?.data).toMatchObject({ deadline, timeZone: "Europe/Berlin" });
        expect(new Date(close[0]?.start_after as Date).toISOString()).toBe(campaign.closesAt);

        const reminders = await jobsOf("feedback.remind", campaign.id);
        expect(reminders.map((r) => r.data.kind)).toEqual(["three-days", "last-day"]);
        const [three, last] = reminders.map((r) => new Date(r.start_after));
        expect(last?.getTime() ?? 0).toBe((three?.getTime() ?? 0) + 3 * 86_400_000);
        // 09:00 in Berlin is 08:00 UTC in winter, 07:00 in summer.
        expect(last?.toISOString()).toMatch(/T0[78]:00:00\.000Z$/);
        expect(last?.toISOString().slice(0, 10)).toBe(deadline);
      });

      it("skips a reminder whose time has passed", async () => {
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST, {
          deadline: daysFromToday(2),
        });
        const reminders = await jobsOf("feedback.remind", campaign.id);
        expect(reminders.map((r) => r.data.kind)).toEqual(["last-day"]);
      });

      it("shows live responses of groups of k or more, and never who answered", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, {
          manager: 1,
          peer: 4,
          direct_report: 3,
          other: 2,
        });
        const answered = raters.filter((r) => r.group === "peer").slice(0, 3);
        await markCompleted([...answered.map((r) => r.id), raters[0]?.id ?? ""]);
        for (const member of [w.coach, w.client]) {
          const view = (await member.agent.get(campaignUrl(campaign.id))).body;
          expect(view.counts).toEqual([
            { group: "manager", nominated: 1 },
            { group: "peer", nominated: 4 },
            { group: "direct_report", nominated: 3 },
            { group: "other", nominated: 2 },
          ]);
          // The manager and the others are fewer than k: counted together, never on their own.
          expect(view.responseCounts).toEqual([
            { id: "peer", label: "Peers", groups: ["peer"], nominated: 4, responses: 3 },
            {
              id: "direct_report",
              label: "Direct reports",
              groups: ["direct_report"],
              nominated: 3,
              responses: 0,
            },
            {
              id: "manager+other",
              label: "Other colleagues",
              groups: ["manager", "other"],
              nominated: 3,
              responses: 1,
            },
          ]);
          for (const rater of view.raters)
            expect(Object.keys(rater).sort()).toEqual([
              "addedAt",
              "addedBy",
              "addedLate",
              "approval",
              "approver",
              "email",
              "group",
              "id",
              "invited",
              "mayDecide",
              "mayResendLink",
              "name",
            ]);
        }
        const listed = (
          await w.client.agent.get(`/api/engagements/${w.engagement.id}/feedback-campaigns`)
        ).body;
        expect(listed.find((c: { id: string }) => c.id === campaign.id).responseCounts[0]).toEqual({
          id: "peer",
          label: "Peers",
          groups: ["peer"],
          nominated: 4,
          responses: 3,
        });
      });

      it("lets the coach add a rater, invited once the client approves, but remove none", async () => {
        const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
        const email = uniqueEmail("late-peer");
        const added = await w.coach.agent.post(campaignUrl(campaign.id, "/raters"), {
          name: "Late Peer",
          email,
          group: "peer",
        });
        expect(added.status, JSON.stringify(added.body)).toBe(201);
        const waiting = added.body.raters.find((r: { email: string }) => r.email === email);
        expect(waiting).toMatchObject({ invited: false, approval: "waiting" });
        expect(await mailsTo(email)).toEqual([]);
        const approved = await w.client.agent.post(`/api/feedback-raters/${waiting.id}/approve`);
        expect(approved.status, JSON.stringify(approved.body)).toBe(200);
        const rater = approved.body.raters.find((r: { email: string }) => r.email === email);
        expect(rater.invited).toBe(true);
        const link = linkIn((await lastMailTo(t.current.ctx, email)).text, "/feedback/");
        const token = link.split("/feedback/")[1] ?? "";
        expect(token).toBe(raterToken(t.current.ctx.authSecret, rater.id));
        const row = (await ratersRows(campaign.id)).find((r) => r.id === rater.id);
        expect(row?.token_hash).toBe(raterTokenHash(token));

        // Refused alike for a rater who answered and one who did not: nothing tells them apart.
        await markCompleted([raters[1]?.id ?? ""]);
        for (const id of [raters[1]?.id, raters[2]?.id]) {
          const response = await w.coach.agent.delete(`/api/feedback-raters/${id}`);
          expect(response.status).toBe(409);
          expect(response.body.error.message).toBe(
            "Raters cannot be removed while feedback is being collected.",
          );
        }
        const invitedChange = await w.coach.agent.patch(`/api/feedback-raters/${raters[2]?.id}`, {
          name: "Renamed",
        });
        expect(invitedChange.status).toBe(409);
        expect(invitedChange.body.error.message).toMatch(/already has their link/);
        expect(await ratersRows(campaign.id)).toHaveLength(raters.length + 1);
      });

      it("moves the deadline while collecting and schedules new jobs; settings stay as invited", async () => {
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST);
        const deadline = daysFromToday(30);
        const moved = await w.coach.agent.patch(campaignUrl(campaign.id), { deadline });
        expect(moved.status, JSON.stringify(moved.body)).toBe(200);
        expect(moved.body.deadline).toBe(deadline);
        expect(new Date(moved.body.closesAt).getTime()).toBeGreaterThan(
          new Date(campaign.closesAt).getTime(),
        );
        const closes = await jobsOf("feedback.close", campaign.id);
        expect(closes.map((j) => j.data.deadline)).toEqual([campaign.deadline, deadline]);

        const past = await w.coach.agent.patch(campaignUrl(campaign.id), {
          deadline: daysFromToday(-2),
        });
        expect(past.status).toBe(400);
        expect(past.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["deadline"]);
        for (const body of [
          { threshold: 5 },
          { managerIdentified: true },
          { groupLimits: campaign.groupLimits },
        ]) {
          const response = await w.coach.agent.patch(campaignUrl(campaign.id), body);
          expect(response.status).toBe(409);
        }
        expect((await w.client.agent.patch(campaignUrl(campaign.id), { deadline })).status).toBe(
          403,
        );
        expect((await w.coach.agent.get(campaignUrl(campaign.id))).body).toMatchObject({
          deadline,
          threshold: 3,
          managerIdentified: false,
          groupLimits: campaign.groupLimits,
        });
        expect((await w.coach.agent.delete(campaignUrl(campaign.id))).status).toBe(409);
      });

      it("lets one of two simultaneous moves win and refuses the other", async () => {
        const { campaign } = await collectingCampaign(t.current, w, FULL_LIST);
        const results = await Promise.all([
          w.coach.agent.post(campaignUrl(campaign.id, "/status"), { to: "closed" }),
          w.coach.agent.post(campaignUrl(campaign.id, "/status"), { to: "closed" }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        expect((await campaignRow(campaign.id))?.status).toBe("closed");
      });
    });
  },
);
