import { beforeAll, describe, expect, it } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import { closeCampaignJob, remindRatersJob } from "../../src/server/feedback/campaign-jobs";
import { spokenDate } from "../../src/server/feedback/deadlines";
import { raterToken, raterTokenHash } from "../../src/server/feedback/rater-tokens";
import {
  buildWorld,
  inviteAndAccept,
  listAllPages,
  type Member,
  openEngagement,
  uniqueEmail,
  type World,
} from "../support/factories";
import {
  collectingCampaign,
  createCampaign,
  daysFromToday,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const FULL_LIST = { manager: 1, peer: 3, direct_report: 3 };

describe.each(databaseKinds())("360 feedback campaigns on the %s database", (kind) => {
  const t = useTestApp(kind);
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(t.current);
  }, 60_000);

  const campaignUrl = (id: string, rest = "") => `/api/feedback-campaigns/${id}${rest}`;
  const query = <T>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  const mailsTo = (to: string) =>
    query<{ subject: string; text: string; practice_id: string | null }>(
      'select subject, text, practice_id from mail where "to" = $1 order by created_at',
      [to],
    );
  const campaignRow = async (id: string) =>
    (
      await query<Record<string, unknown>>("select * from feedback_campaign where id = $1", [id])
    )[0];
  const ratersRows = (campaignId: string) =>
    query<Record<string, unknown>>(
      "select * from feedback_rater where campaign_id = $1 order by created_at, id",
      [campaignId],
    );
  const jobsOf = (name: string, campaignId: string) =>
    query<{ data: Record<string, string>; start_after: Date }>(
      "select data, start_after from pgboss.job where name = $1 and data->>'campaignId' = $2 order by start_after",
      [name, campaignId],
    );
  /** Stands in for a rater's submission, which the survey routes make; only `completed` counts here. */
  const markCompleted = (raterIds: string[]) =>
    query("update feedback_rater set completed = true where id = any($1::uuid[])", [raterIds]);

  async function nominatingCampaign(options: Parameters<typeof createCampaign>[2] = {}) {
    const created = await createCampaign(w.coach, w.engagement.id, options);
    return moveCampaign(w.coach, created.id, "nominating");
  }

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
      expect((row?.model as { competencies: unknown[] } | undefined)?.competencies).toHaveLength(9);

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
          { modelId: "keel-leadership", deadline: daysFromToday(9), timeZone: "UTC", threshold: 4 },
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
      expect((await w.client.agent.patch(campaignUrl(campaign.id), { deadline })).status).toBe(403);
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

  describe("closing and releasing", () => {
    it("closes by the coach, releases a frozen report once, and then changes nothing", async () => {
      const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
      await markCompleted(raters.map((r) => r.id));
      const closed = await moveCampaign(w.coach, campaign.id, "closed");
      expect(closed).toMatchObject({ status: "closed", moves: ["released"], mayReadReport: true });
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
      expect((await w.client.agent.put(url, { ratings: { [items[0] as string]: 4 } })).status).toBe(
        409,
      );
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
      expect(resumed).toMatchObject({ submitted: false, ratings: { [first]: 4, [second]: null } });
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

  describe("the counts lists read", () => {
    const recount = `
      select c.id,
        coalesce((select counts from feedback_rater_counts k where k.campaign_id = c.id), '{}') as kept,
        (select array_agg(
          (select count(*) from feedback_rater r
            where r.campaign_id = c.id and r."group" = g.name and (not answered or r.completed)
              and not (r.added_late and r.token_hash is null))::int
          order by g.position, answered)
         from unnest(enum_range(null::rater_group)) with ordinality as g(name, position)
         cross join (values (false), (true)) as slot(answered)) as counted
      from feedback_campaign c`;
    const mismatches = async () =>
      (await query<{ id: string; kept: number[]; counted: number[] }>(recount)).filter(
        (row) => JSON.stringify(row.kept) !== JSON.stringify(row.counted),
      );

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
      expect(await mismatches()).toEqual([]);
    });

    it("stay equal to a count of the raters after everything this file did to them", async () => {
      const [row] = await query<{ campaigns: number }>(
        "select count(*)::int as campaigns from feedback_campaign",
      );
      expect(row?.campaigns).toBeGreaterThan(20);
      expect(await mismatches()).toEqual([]);
    });
  });
});
