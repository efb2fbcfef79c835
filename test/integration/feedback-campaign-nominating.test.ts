import { describe, expect, it } from "vitest";
import { type Member, uniqueEmail } from "../support/factories";
import { campaignUrl, FULL_LIST, useCampaignWorld } from "../support/feedback-campaign-kit";
import {
  createCampaign,
  daysFromToday,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())(
  "360 feedback campaigns while raters are nominated on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    const { w, query, mailsTo, campaignRow, ratersRows, jobsOf, nominatingCampaign } =
      useCampaignWorld(t);

    describe("nominating and approving", () => {
      it("mails the client when nominations open and the coach when the list is sent", async () => {
        const created = await createCampaign(w.coach, w.engagement.id);
        const before = (await mailsTo(w.client.email)).length;
        await moveCampaign(w.coach, created.id, "nominating");
        const mails = await mailsTo(w.client.email);
        expect(mails).toHaveLength(before + 1);
        expect(linkIn(mails.at(-1)?.text ?? "", "/feedback-campaigns/")).toBe(
          `http://keel.test/feedback-campaigns/${created.id}`,
        );

        const raters = ratersOf(FULL_LIST);
        const view = await nominate(w.client, created.id, raters);
        expect(view.raters.map((r: { email: string }) => r.email)).toEqual(
          raters.map((r) => r.email),
        );
        expect(view.raters.every((r: { invited: boolean }) => !r.invited)).toBe(true);
        expect(view.nominationProblems).toEqual([]);
        expect(view.counts.slice(0, 3).map((c: { nominated: number }) => c.nominated)).toEqual([
          1, 3, 3,
        ]);
        expect(view).toMatchObject({ moves: ["approval"], mayEditRaters: true, maySelfRate: true });

        const coachMails = (await mailsTo(w.coach.email)).length;
        const sent = await moveCampaign(w.client, created.id, "approval");
        expect(sent).toMatchObject({ status: "approval", moves: [], mayEditRaters: false });
        const toCoach = await mailsTo(w.coach.email);
        expect(toCoach).toHaveLength(coachMails + 1);
        expect(toCoach.at(-1)?.text).toContain("7 raters");

        // Sent back to the client, who is told.
        await moveCampaign(w.coach, created.id, "nominating");
        expect((await mailsTo(w.client.email)).at(-1)?.subject).toMatch(
          /sent your list of raters back/,
        );
      });

      it("refuses to send a list that breaks the limits, naming each group, and leaves it nominating", async () => {
        const campaign = await nominatingCampaign();
        await nominate(w.client, campaign.id, ratersOf({ peer: 2, direct_report: 3 }));
        const response = await w.client.agent.post(campaignUrl(campaign.id, "/status"), {
          to: "approval",
        });
        expect(response.status).toBe(400);
        expect(response.body.error.fields).toEqual([
          { path: "raters.manager", message: "Nominate a manager (none so far)" },
          { path: "raters.peer", message: "Nominate at least 3 peers (2 so far)" },
        ]);
        expect((await campaignRow(campaign.id))?.status).toBe("nominating");
      });

      it("refuses a rater twice, the client as a rater, and a group over its maximum", async () => {
        const campaign = await nominatingCampaign();
        const url = campaignUrl(campaign.id, "/raters");
        const email = uniqueEmail("twice");
        await nominate(w.client, campaign.id, [{ name: "Pat", email, group: "peer" }]);
        const twice = await w.client.agent.post(url, {
          name: "Pat again",
          email: email.toUpperCase(),
          group: "other",
        });
        expect(twice.status).toBe(400);
        expect(twice.body.error.fields[0].message).toContain(email);

        const self = await w.client.agent.post(url, {
          name: "Me",
          email: w.client.email,
          group: "peer",
        });
        expect(self.status).toBe(400);
        expect(self.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["email"]);

        await nominate(w.client, campaign.id, ratersOf({ manager: 2 }));
        const third = await w.client.agent.post(url, {
          name: "Third boss",
          email: uniqueEmail("boss"),
          group: "manager",
        });
        expect(third.status).toBe(400);
        expect(third.body.error.fields).toEqual([{ path: "group", message: "At most 2 managers" }]);

        for (const [body, path] of [
          [{ name: "", email: uniqueEmail("x"), group: "peer" }, "name"],
          [{ name: "X", email: "not-an-address", group: "peer" }, "email"],
          [{ name: "X", email: uniqueEmail("x"), group: "friend" }, "group"],
        ] as const) {
          const response = await w.client.agent.post(url, body);
          expect(response.status).toBe(400);
          expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
        }
        expect(await ratersRows(campaign.id)).toHaveLength(3);
      });

      it("lets the client change and remove raters only while nominating, and the coach until invitations", async () => {
        const campaign = await nominatingCampaign();
        const view = await nominate(w.client, campaign.id, ratersOf({ peer: 2 }));
        const [first, second] = view.raters;
        const changed = await w.client.agent.patch(`/api/feedback-raters/${first.id}`, {
          name: "Sam Peer",
          group: "direct_report",
        });
        expect(changed.status, JSON.stringify(changed.body)).toBe(200);
        expect(changed.body.raters[0]).toMatchObject({ name: "Sam Peer", group: "direct_report" });
        const duplicate = await w.client.agent.patch(`/api/feedback-raters/${first.id}`, {
          email: second.email,
        });
        expect(duplicate.status).toBe(400);
        const removed = await w.client.agent.delete(`/api/feedback-raters/${second.id}`);
        expect(removed.status).toBe(200);
        expect(removed.body.raters).toHaveLength(1);

        await nominate(w.client, campaign.id, ratersOf({ manager: 1, peer: 3, direct_report: 2 }));
        await moveCampaign(w.client, campaign.id, "approval");
        const late = await w.client.agent.patch(`/api/feedback-raters/${first.id}`, { name: "X" });
        expect(late.status).toBe(409);
        const lateAdd = await w.client.agent.post(campaignUrl(campaign.id, "/raters"), {
          name: "Late",
          email: uniqueEmail("late"),
          group: "other",
        });
        expect(lateAdd.status).toBe(409);
        expect((await w.client.agent.delete(`/api/feedback-raters/${first.id}`)).status).toBe(409);
        const nothing = await w.coach.agent.patch(`/api/feedback-raters/${first.id}`, {});
        expect(nothing.status).toBe(200);
        expect((await w.coach.agent.patch(campaignUrl(campaign.id), {})).status).toBe(200);
        const byCoach = await w.coach.agent.patch(`/api/feedback-raters/${first.id}`, {
          name: "Sam Report",
        });
        expect(byCoach.status).toBe(200);
        expect(byCoach.body.raters[0].name).toBe("Sam Report");
      });

      it("refuses an approval once the deadline has come, changing nothing", async () => {
        const campaign = await nominatingCampaign({ timeZone: "UTC" });
        const view = await nominate(w.client, campaign.id, ratersOf(FULL_LIST));
        await moveCampaign(w.client, campaign.id, "approval");
        await query("update feedback_campaign set deadline = $1 where id = $2", [
          new Date().toISOString().slice(0, 10),
          campaign.id,
        ]);
        const response = await w.coach.agent.post(campaignUrl(campaign.id, "/status"), {
          to: "collecting",
        });
        expect(response.status).toBe(409);
        expect(response.body.error.message).toMatch(/move the deadline first/);
        expect(await campaignRow(campaign.id)).toMatchObject({
          status: "approval",
          invited_at: null,
        });
        expect((await ratersRows(campaign.id)).every((r) => r.token_hash === null)).toBe(true);
        for (const rater of view.raters) expect(await mailsTo(rater.email)).toEqual([]);

        const moved = await w.coach.agent.patch(campaignUrl(campaign.id), {
          deadline: daysFromToday(7),
        });
        expect(moved.status, JSON.stringify(moved.body)).toBe(200);
        expect((await moveCampaign(w.coach, campaign.id, "collecting")).status).toBe("collecting");
      });

      it("refuses an approval when the limits changed under the list, inviting nobody", async () => {
        const campaign = await nominatingCampaign();
        const view = await nominate(w.client, campaign.id, ratersOf(FULL_LIST));
        await moveCampaign(w.client, campaign.id, "approval");
        const stricter = await w.coach.agent.patch(campaignUrl(campaign.id), {
          groupLimits: { ...campaign.groupLimits, peer: { min: 4, max: 12 } },
        });
        expect(stricter.status, JSON.stringify(stricter.body)).toBe(200);
        expect(stricter.body.nominationProblems).toEqual([
          { path: "raters.peer", message: "Nominate at least 4 peers (3 so far)" },
        ]);
        const response = await w.coach.agent.post(campaignUrl(campaign.id, "/status"), {
          to: "collecting",
        });
        expect(response.status).toBe(400);
        expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
          "raters.peer",
        ]);
        expect(await campaignRow(campaign.id)).toMatchObject({
          status: "approval",
          invited_at: null,
        });
        expect((await ratersRows(campaign.id)).every((r) => r.token_hash === null)).toBe(true);
        for (const rater of view.raters) expect(await mailsTo(rater.email)).toEqual([]);
        expect(await jobsOf("feedback.close", campaign.id)).toEqual([]);
      });

      it("refuses moves a role never makes with 403, and moves out of turn with 409", async () => {
        const campaign = await createCampaign(w.coach, w.engagement.id);
        const move = (member: Member, to: string) =>
          member.agent.post(campaignUrl(campaign.id, "/status"), { to });
        expect((await move(w.client, "nominating")).status).toBe(403);
        expect((await move(w.client, "collecting")).status).toBe(403);
        expect((await move(w.coach, "collecting")).status).toBe(409);
        expect((await move(w.coach, "released")).status).toBe(409);
        expect((await move(w.coach, "draft")).status).toBe(403);
        expect((await move(w.client, "approval")).status).toBe(409);
        const bad = await move(w.coach, "launched");
        expect(bad.status).toBe(400);
        expect(bad.body.error.fields[0].path).toBe("to");
        expect((await campaignRow(campaign.id))?.status).toBe("draft");
      });
    });

    describe("the client's self-rating", () => {
      it("saves, resumes and submits once; the coach never reads it here", async () => {
        const campaign = await createCampaign(w.coach, w.engagement.id);
        const url = campaignUrl(campaign.id, "/self-rating");
        const draft = await w.client.agent.get(url);
        expect(draft.status).toBe(200);
        const items: string[] = draft.body.model.competencies.flatMap(
          (c: { items: { id: string }[] }) => c.items.map((i) => i.id),
        );
        expect(items).toHaveLength(45);
        expect(
          (await w.client.agent.put(url, { ratings: { [items[0] as string]: 4 } })).status,
        ).toBe(409);
        await moveCampaign(w.coach, campaign.id, "nominating");

        expect((await w.coach.agent.get(url)).status).toBe(403);
        expect((await w.coach.agent.put(url, { ratings: {} })).status).toBe(403);
        expect((await w.coach.agent.post(`${url}/submit`)).status).toBe(403);

        const [first = "", second = "", ...rest] = items;
        const saved = await w.client.agent.put(url, { ratings: { [first]: 4, [second]: null } });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
        expect(saved.body).toEqual({ answered: 2, total: 45 });

        for (const [body, path] of [
          [{ ratings: { [first]: 6 } }, `ratings.${first}`],
          [{ ratings: { [first]: 0 } }, `ratings.${first}`],
          [{ ratings: { "no-such-item": 3 } }, "ratings.no-such-item"],
          [{ ratings: { [first]: 2 }, comments: { start: "Listen more" } }, "comments"],
        ] as const) {
          const response = await w.client.agent.put(url, body);
          expect(response.status, JSON.stringify(body)).toBe(400);
          expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
        }
        const resumed = (await w.client.agent.get(url)).body;
        expect(resumed).toMatchObject({
          submitted: false,
          ratings: { [first]: 4, [second]: null },
        });
        expect(Object.keys(resumed.ratings)).toHaveLength(2);

        const early = await w.client.agent.post(`${url}/submit`);
        expect(early.status).toBe(400);
        expect(early.body.error.fields).toHaveLength(43);
        await w.client.agent.put(url, {
          ratings: Object.fromEntries(rest.map((id, i) => [id, ((i % 5) + 1) as number])),
        });
        const submitted = await w.client.agent.post(`${url}/submit`);
        expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
        expect(submitted.body).toMatchObject({ submitted: true, status: "nominating" });
        expect((await w.client.agent.post(`${url}/submit`)).status).toBe(409);
        expect((await w.client.agent.put(url, { ratings: { [first]: 1 } })).status).toBe(409);
        expect((await campaignRow(campaign.id))?.self_ratings).toMatchObject({ [first]: 4 });
        expect((await w.coach.agent.get(campaignUrl(campaign.id))).body.selfRated).toBe(true);
      });
    });
  },
);
