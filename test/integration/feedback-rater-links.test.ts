import { afterEach, describe, expect, it } from "vitest";
import { campaignUrl, FULL_LIST, useCampaignWorld } from "../support/feedback-campaign-kit";
import {
  collectingCampaign,
  createCampaign,
  limitsAdmitting,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { lastMailTo, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A rater's link goes out exactly once, with the move that gives it (approval of the list, or of
// a rater added late): the mail is recorded in the same transaction, so a failure anywhere in it
// leaves nobody mailed and nothing moved. The coach can mail a rater the same link again, never
// seeing it, and the answer never says whether the rater has answered.

const resendUrl = (raterId: string) => `/api/feedback-raters/${raterId}/resend`;

describe.each(databaseKinds())("rater links on the %s database", (kind) => {
  const t = useTestApp(kind);
  const { w, query, mailsTo, campaignRow, ratersRows, jobsOf, markCompleted } = useCampaignWorld(t);

  /** Makes every mail recorded to `email` fail, as a crash midway would: a real error of the database. */
  async function failMailTo(email: string) {
    await query(`
      create or replace function test_fail_mail() returns trigger language plpgsql as $$
      begin
        if new."to" = '${email.replaceAll("'", "''")}' then raise exception 'mail refused for the test'; end if;
        return new;
      end $$`);
    await query(
      "create trigger test_fail_mail before insert on mail for each row execute function test_fail_mail()",
    );
  }
  afterEach(async () => {
    await query("drop trigger if exists test_fail_mail on mail");
  });

  async function campaignInApproval(perGroup = FULL_LIST) {
    const created = await createCampaign(w.coach, w.engagement.id, {
      groupLimits: limitsAdmitting(perGroup),
    });
    await moveCampaign(w.coach, created.id, "nominating");
    const raters = ratersOf(perGroup);
    await nominate(w.client, created.id, raters);
    await moveCampaign(w.client, created.id, "approval");
    return { id: created.id as string, raters };
  }

  const mailCounts = async (emails: string[]) =>
    Promise.all(emails.map(async (email) => (await mailsTo(email)).length));

  describe("invitations", () => {
    it("mails no rater and moves nothing when the approval fails after some raters were mailed", async () => {
      const { id, raters } = await campaignInApproval();
      const emails = raters.map((r) => r.email);
      await failMailTo(emails.at(-1) ?? "");

      const failed = await w.coach.agent.post(campaignUrl(id, "/status"), { to: "collecting" });
      expect(failed.status).toBe(500);
      expect(await mailCounts(emails)).toEqual(emails.map(() => 0));
      expect(await campaignRow(id)).toMatchObject({ status: "approval", invited_at: null });
      expect((await ratersRows(id)).map((r) => r.token_hash)).toEqual(emails.map(() => null));
      expect(await jobsOf("feedback.close", id)).toEqual([]);
      expect(await jobsOf("feedback.remind", id)).toEqual([]);

      await query("drop trigger test_fail_mail on mail");
      const approved = await moveCampaign(w.coach, id, "collecting");
      expect(approved.status).toBe("collecting");
      expect(await mailCounts(emails)).toEqual(emails.map(() => 1));
      expect(await jobsOf("feedback.close", id)).toHaveLength(1);
      expect(await jobsOf("feedback.remind", id)).toHaveLength(2);
    });

    it("invites each rater exactly once when the coach approves twice at once", async () => {
      const { id, raters } = await campaignInApproval();
      const approve = () => w.coach.agent.post(campaignUrl(id, "/status"), { to: "collecting" });
      const answers = await Promise.all([approve(), approve()]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(await mailCounts(raters.map((r) => r.email))).toEqual(raters.map(() => 1));
      expect(await jobsOf("feedback.close", id)).toHaveLength(1);
    });

    it("mails a rater added late nothing when their approval fails, and once when it succeeds", async () => {
      const { campaign } = await collectingCampaign(t.current, w, FULL_LIST);
      const [late] = ratersOf({ other: 1 });
      if (!late) throw new Error("no rater");
      const view = await nominate(w.coach, campaign.id, [late]);
      const raterId = view.raters.at(-1).id;
      await failMailTo(late.email);

      const failed = await w.client.agent.post(`/api/feedback-raters/${raterId}/approve`);
      expect(failed.status).toBe(500);
      expect(await mailsTo(late.email)).toEqual([]);
      const waiting = (await w.client.agent.get(campaignUrl(campaign.id))).body.raters.at(-1);
      expect(waiting).toMatchObject({ invited: false, approval: "waiting", mayDecide: true });

      await query("drop trigger test_fail_mail on mail");
      const approve = () => w.client.agent.post(`/api/feedback-raters/${raterId}/approve`);
      const answers = await Promise.all([approve(), approve()]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(await mailsTo(late.email)).toHaveLength(1);
    });
  });

  describe("sending a rater's link again", () => {
    it("mails the coach's rater the same link, with no trace of it in the answer or the outbox", async () => {
      const { raters } = await collectingCampaign(t.current, w, FULL_LIST);
      const [rater] = raters;
      if (!rater) throw new Error("no rater");
      const sent = await w.coach.agent.post(resendUrl(rater.id));
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body).toEqual({ mailDelivery: "held" });
      expect(JSON.stringify(sent)).not.toContain(rater.token);

      const mails = await mailsTo(rater.email);
      expect(mails).toHaveLength(2);
      const again = mails[1];
      expect(again?.subject).toBe(`Your link to give ${w.client.name} feedback`);
      expect(again?.text).toContain("Here is your link again");
      expect(again?.text).toContain(rater.url);
      expect(again?.practice_id).toBeNull();
      const outbox = await w.admin.agent.get("/api/outbox?limit=100");
      expect(JSON.stringify(outbox.body)).not.toContain(rater.token);
    });

    it("answers the same whether or not the rater has answered, and offers it for every invited rater", async () => {
      const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
      const [answered, silent] = raters;
      if (!answered || !silent) throw new Error("no raters");
      await markCompleted([answered.id]);

      const view = (await w.coach.agent.get(campaignUrl(campaign.id))).body;
      expect(view.raters.map((r: { mayResendLink: boolean }) => r.mayResendLink)).toEqual(
        raters.map(() => true),
      );
      const clientView = (await w.client.agent.get(campaignUrl(campaign.id))).body;
      expect(clientView.raters.some((r: { mayResendLink: boolean }) => r.mayResendLink)).toBe(
        false,
      );

      const [toAnswered, toSilent] = await Promise.all(
        [answered, silent].map((r) => w.coach.agent.post(resendUrl(r.id))),
      );
      expect(toAnswered?.status).toBe(200);
      expect(toSilent?.status).toBe(200);
      expect(toAnswered?.body).toEqual(toSilent?.body);
      expect(await mailCounts([answered.email, silent.email])).toEqual([2, 2]);
      const [againAnswered, againSilent] = await Promise.all(
        [answered, silent].map((r) => w.coach.agent.post(resendUrl(r.id))),
      );
      expect(againAnswered?.status).toBe(429);
      expect(againSilent?.status).toBe(429);
    });

    it("sends one rater's link again at most once in 10 minutes, saying when it can go again", async () => {
      const { raters } = await collectingCampaign(t.current, w, FULL_LIST);
      const [first, second] = raters;
      if (!first || !second) throw new Error("no raters");
      const answers = await Promise.all([
        w.coach.agent.post(resendUrl(first.id)),
        w.coach.agent.post(resendUrl(first.id)),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
      const refused = answers.find((a) => a.status === 429);
      expect(refused?.body.error.code).toBe("rate_limited");
      expect(refused?.body.error.message).toMatch(
        new RegExp(
          `^You asked for ${first.name}'s link to go out again less than 10 minutes ago. You can ask again in (10|9) minutes\\.$`,
        ),
      );
      expect(Number(refused?.headers["retry-after"])).toBeGreaterThan(540);
      expect(await mailsTo(first.email)).toHaveLength(2);
      expect((await w.coach.agent.post(resendUrl(second.id))).status).toBe(200);

      await query("update rate_limit set reset_at = now() - interval '1 second' where key = $1", [
        `rater-link:${first.id}`,
      ]);
      expect((await w.coach.agent.post(resendUrl(first.id))).status).toBe(200);
      expect(await mailsTo(first.email)).toHaveLength(3);
    });

    it("refuses raters without a link, a closed campaign and the client, mailing nobody", async () => {
      const { id, raters: listed } = await campaignInApproval();
      const before = (await w.coach.agent.get(campaignUrl(id))).body.raters[0];
      const notYet = await w.coach.agent.post(resendUrl(before.id));
      expect(notYet.status).toBe(409);
      expect(notYet.body.error.code).toBe("rater_not_invited");
      expect(await mailsTo(listed[0]?.email ?? "")).toEqual([]);

      const { campaign, raters } = await collectingCampaign(t.current, w, FULL_LIST);
      const [late] = ratersOf({ other: 1 });
      if (!late) throw new Error("no rater");
      const waiting = (await nominate(w.coach, campaign.id, [late])).raters.at(-1);
      expect(waiting.mayResendLink).toBe(false);
      const notApproved = await w.coach.agent.post(resendUrl(waiting.id));
      expect(notApproved.status).toBe(409);
      expect(notApproved.body.error.code).toBe("rater_waiting");
      expect(await mailsTo(late.email)).toEqual([]);

      const rater = raters[0];
      if (!rater) throw new Error("no rater");
      const byClient = await w.client.agent.post(resendUrl(rater.id));
      expect(byClient.status).toBe(403);
      expect(byClient.body.error.message).toContain("ask your coach");

      await moveCampaign(w.coach, campaign.id, "closed");
      const closed = await w.coach.agent.post(resendUrl(rater.id));
      expect(closed.status).toBe(409);
      expect(closed.body.error.code).toBe("campaign_closed");
      expect(await mailsTo(rater.email)).toHaveLength(1);
      expect((await lastMailTo(t.current.ctx, rater.email)).subject).not.toContain("Your link");
    });

    it("answers 400 to an id that is not one, and 404 to a rater of nobody's", async () => {
      expect((await w.coach.agent.post(resendUrl("not-a-uuid"))).status).toBe(400);
      const unknown = await w.coach.agent.post(resendUrl("00000000-0000-4000-8000-000000000000"));
      expect(unknown.status).toBe(404);
    });
  });
});
