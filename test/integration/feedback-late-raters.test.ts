import { beforeAll, describe, expect, it } from "vitest";
import { rawQuery } from "../../src/server/db/database";
import type { Agent } from "../support/agent";
import { buildWorld, newAgent, PASSWORD, uniqueEmail, type World } from "../support/factories";
import { answerAll } from "../support/feedback-answers";
import {
  collectingCampaign,
  createCampaign,
  type InvitedRater,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { pdfText } from "../support/pdf-text";
import { lastMailTo, linkIn, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Sock-puppet raters: one party adding raters of their own (a second address, a +alias) to pool
// with a lone manager and recover the manager's answers by subtraction. Keel refuses the
// addresses of the engagement's people under any spelling, one mailbox twice, and, once answers
// come in, gives a rater added by one party no link until the other party approves.

const FULL_LIST = { manager: 1, peer: 3, direct_report: 3 };
const OTHERS_ALLOWED = {
  manager: { min: 1, max: 2 },
  peer: { min: 3, max: 12 },
  direct_report: { min: 3, max: 12 },
  other: { min: 0, max: 2 },
};

/** "ann-1a2b@example.com" as "ann-1a2b+tag@EXAMPLE.com". */
const aliasOf = (email: string, tag: string) => {
  const [local, domain] = email.split("@");
  return `${local}+${tag}@${domain?.toUpperCase()}`;
};

describe.each(databaseKinds())("raters added to pool with others on the %s database", (kind) => {
  const t = useTestApp(kind);
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(t.current);
  }, 60_000);

  const ratersUrl = (id: string) => `/api/feedback-campaigns/${id}/raters`;
  const raterUrl = (id: string, rest = "") => `/api/feedback-raters/${id}${rest}`;
  const query = <T>(text: string, params: unknown[] = []) =>
    rawQuery<T>(t.current.handle, text, params);
  const raterRows = (campaignId: string) =>
    query<{ email: string; token_hash: string | null; added_late: boolean }>(
      "select email, token_hash, added_late from feedback_rater where campaign_id = $1",
      [campaignId],
    );
  const mailsTo = (to: string) =>
    query<{ subject: string; text: string }>(
      'select subject, text from mail where "to" = $1 order by created_at',
      [to],
    );
  const fieldsOf = (body: { error: { fields?: { path: string; message: string }[] } }) =>
    body.error.fields ?? [];

  async function everyoneAnswered(rating: (rater: InvitedRater) => number) {
    const collecting = await collectingCampaign(t.current, w, FULL_LIST, {
      groupLimits: OTHERS_ALLOWED,
    });
    for (const rater of collecting.raters)
      await answerAll(newAgent(t.current), rater.token, rating(rater));
    return collecting;
  }

  async function nominatingCampaign() {
    const created = await createCampaign(w.coach, w.engagement.id, { groupLimits: OTHERS_ALLOWED });
    return moveCampaign(w.coach, created.id, "nominating");
  }

  describe("the attack of the issue", () => {
    it("refuses the coach's own mailbox, and gives the coach's other raters no link until the client approves", async () => {
      const { campaign } = await everyoneAnswered((rater) => (rater.group === "manager" ? 2 : 4));
      for (const email of [w.coach.email, aliasOf(w.coach.email, "puppet")]) {
        const refused = await w.coach.agent.post(ratersUrl(campaign.id), {
          name: "Puppet",
          email,
          group: "other",
        });
        expect(refused.status, email).toBe(400);
        expect(fieldsOf(refused.body)).toEqual([
          {
            path: "email",
            message: expect.stringMatching(
              /^This is (the coach's own address|the same mailbox as the coach's address)/,
            ),
          },
        ]);
      }

      const puppets = [uniqueEmail("puppet-one"), uniqueEmail("puppet-two")];
      for (const email of puppets) {
        const added = await w.coach.agent.post(ratersUrl(campaign.id), {
          name: `Puppet ${email}`,
          email,
          group: "other",
        });
        expect(added.status, JSON.stringify(added.body)).toBe(201);
        const puppet = added.body.raters.find((r: { email: string }) => r.email === email);
        expect(puppet).toMatchObject({
          invited: false,
          addedLate: true,
          approval: "waiting",
          addedBy: { role: "coach", name: w.coach.name },
          approver: { role: "client", name: w.client.name },
          mayDecide: false,
        });
        expect(await mailsTo(email)).toEqual([]);
        expect((await lastMailTo(t.current.ctx, w.client.email)).subject).toBe(
          `${w.coach.name} added a rater who needs your approval`,
        );
      }
      // Not invited, so not counted: the live counts stay as they were.
      const seen = (await w.client.agent.get(`/api/feedback-campaigns/${campaign.id}`)).body;
      expect(seen.counts.find((c: { group: string }) => c.group === "other").nominated).toBe(0);
      expect(
        seen.raters.filter((r: { approval: string; mayDecide: boolean }) => r.mayDecide),
      ).toHaveLength(2);
      expect(
        (await raterRows(campaign.id)).filter((r) => r.added_late).map((r) => r.token_hash),
      ).toEqual([null, null]);

      await moveCampaign(w.coach, campaign.id, "closed");
      const closed = (await w.coach.agent.get(`/api/feedback-campaigns/${campaign.id}`)).body;
      expect(
        closed.raters.filter((r: { approval: string }) => r.approval === "lapsed"),
      ).toHaveLength(2);
      const report = (await w.coach.agent.get(`/api/feedback-campaigns/${campaign.id}/report`))
        .body;
      expect(report.responses + report.withheldResponses).toBe(7);
      expect(report.units.some((u: { groups: string[] }) => u.groups.includes("other"))).toBe(
        false,
      );
      expect(report.lateRaters).toEqual({
        count: 0,
        approved: 0,
        note: "No raters were added after answers started to come in.",
      });
    });

    it("refuses the client's own mailbox and the coach's, and says so in the report when a late rater is approved", async () => {
      const { campaign } = await everyoneAnswered(() => 3);
      for (const [email, why] of [
        [aliasOf(w.client.email, "x"), "This is the same mailbox as the client's address"],
        [w.client.email.toUpperCase(), "This is the client's own address"],
        [w.coach.email, "This is the coach's own address"],
        [w.sponsor.email, "This is the sponsor's own address"],
      ] as const) {
        const refused = await w.client.agent.post(ratersUrl(campaign.id), {
          name: "Me again",
          email,
          group: "other",
        });
        expect(refused.status, email).toBe(400);
        expect(fieldsOf(refused.body)[0]?.path).toBe("email");
        expect(fieldsOf(refused.body)[0]?.message, email).toMatch(new RegExp(`^${why}`));
      }

      const email = uniqueEmail("late-colleague");
      const added = await w.client.agent.post(ratersUrl(campaign.id), {
        name: "Late Colleague",
        email,
        group: "peer",
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const late = added.body.raters.find((r: { email: string }) => r.email === email);
      expect(late).toMatchObject({ approval: "waiting", approver: { role: "coach" } });
      expect((await lastMailTo(t.current.ctx, w.coach.email)).text).toContain(email);
      expect(await mailsTo(email)).toEqual([]);

      const approved = await w.coach.agent.post(raterUrl(late.id, "/approve"));
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(approved.body.raters.find((r: { id: string }) => r.id === late.id)).toMatchObject({
        invited: true,
        approval: "approved",
        approver: { role: "coach", name: w.coach.name },
      });
      const link = linkIn((await lastMailTo(t.current.ctx, email)).text, "/feedback/");
      await answerAll(newAgent(t.current), link.split("/feedback/")[1] ?? "", 5);

      await moveCampaign(w.coach, campaign.id, "closed");
      await moveCampaign(w.coach, campaign.id, "released");
      const report = (await w.client.agent.get(`/api/feedback-campaigns/${campaign.id}/report`))
        .body;
      expect(report.responses + report.withheldResponses).toBe(8);
      const signIn = await t.current.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: w.client.email, password: PASSWORD },
        remoteAddress: "10.89.0.1",
      });
      const cookie = [signIn.headers["set-cookie"] ?? []]
        .flat()
        .map((c) => c.split(";")[0])
        .join("; ");
      const pdf = await t.current.app.inject({
        method: "GET",
        url: `/api/feedback-campaigns/${campaign.id}/report.pdf`,
        headers: { cookie },
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdfText(pdf.rawPayload).replace(/\s+/g, " ")).toContain(
        "1 rater was added after answers started to come in; the rater was approved by the other party.",
      );
      expect(report.lateRaters).toEqual({
        count: 1,
        approved: 1,
        note: "1 rater was added after answers started to come in; the rater was approved by the other party.",
      });
    });
  });

  describe("one mailbox, one rater", () => {
    it("refuses an address of a mailbox already on the list, however it is written", async () => {
      const campaign = await nominatingCampaign();
      const local = `ann.lee.${Date.now()}`;
      const listed = await nominate(w.client, campaign.id, [
        { name: "Ann Lee", email: `${local}@gmail.com`, group: "peer" },
        { name: "Bo Chan", email: uniqueEmail("bo"), group: "peer" },
      ]);
      for (const email of [
        `${local.replaceAll(".", "")}@googlemail.com`,
        `${local}+360@Gmail.com`,
        ` ${local.toUpperCase()}@gmail.com`.trim(),
      ]) {
        const twice = await w.client.agent.post(ratersUrl(campaign.id), {
          name: "Ann again",
          email,
          group: "other",
        });
        expect(twice.status, email).toBe(400);
        expect(fieldsOf(twice.body)).toEqual([
          {
            path: "email",
            message: `This is the same mailbox as Ann Lee (${local}@gmail.com), already on the list: one person answers once`,
          },
        ]);
      }
      const bo = listed.raters[1];
      const changed = await w.client.agent.patch(raterUrl(bo.id), {
        email: `${local}@googlemail.com`,
      });
      expect(changed.status).toBe(400);
      expect(fieldsOf(changed.body)[0]?.message).toMatch(/same mailbox as Ann Lee/);
      const selfChange = await w.client.agent.patch(raterUrl(listed.raters[0].id), {
        email: `${local}+work@gmail.com`,
      });
      expect(selfChange.status).toBe(200);
      expect(await raterRows(campaign.id)).toHaveLength(2);
    });

    it("lets only one of two addresses of a mailbox in when they are added at the same moment", async () => {
      const campaign = await nominatingCampaign();
      const email = uniqueEmail("racer");
      const responses = await Promise.all(
        [email, aliasOf(email, "a"), aliasOf(email, "b")].map((address) =>
          w.client.agent.post(ratersUrl(campaign.id), {
            name: "Racer",
            email: address,
            group: "peer",
          }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 400, 400]);
      expect(await raterRows(campaign.id)).toHaveLength(1);
    });

    it("keeps one mailbox per list in the database itself", async () => {
      const campaign = await nominatingCampaign();
      await nominate(w.client, campaign.id, [
        { name: "Pat", email: uniqueEmail("pat"), group: "peer" },
      ]);
      const [row] = await query<{ mailbox: string }>(
        "select mailbox from feedback_rater where campaign_id = $1",
        [campaign.id],
      );
      await expect(
        query(
          `insert into feedback_rater (campaign_id, name, email, mailbox, "group", nominated_by)
           values ($1, 'Pat twice', 'x@example.com', $2, 'peer', $3)`,
          [campaign.id, row?.mailbox, w.client.id],
        ),
      ).rejects.toThrow(/feedback_rater_mailbox_unique/);
    });
  });

  describe("approving a rater added late", () => {
    it("is the other party's alone: the adder gets a 403, anyone else a 404", async () => {
      const { campaign } = await collectingCampaign(t.current, w, FULL_LIST, {
        groupLimits: OTHERS_ALLOWED,
      });
      const addAs = async (agent: Agent, label: string) => {
        const email = uniqueEmail(label);
        const added = await agent.post(ratersUrl(campaign.id), {
          name: label,
          email,
          group: "other",
        });
        expect(added.status, JSON.stringify(added.body)).toBe(201);
        return added.body.raters.find((r: { email: string }) => r.email === email).id as string;
      };
      const byCoach = await addAs(w.coach.agent, "by-coach");
      const byClient = await addAs(w.client.agent, "by-client");
      const full = await w.coach.agent.post(ratersUrl(campaign.id), {
        name: "Third",
        email: uniqueEmail("third"),
        group: "other",
      });
      expect(full.status).toBe(400);
      expect(fieldsOf(full.body)).toEqual([{ path: "group", message: "At most 2 others" }]);

      for (const action of ["/approve", "/decline"]) {
        for (const member of [w.sponsor, w.admin, w.otherCoach, w.otherClient, w.outsider]) {
          expect((await member.agent.post(raterUrl(byCoach, action))).status).toBe(404);
          expect((await member.agent.post(raterUrl(byClient, action))).status).toBe(404);
        }
        expect((await w.anonymous.post(raterUrl(byCoach, action))).status).toBe(401);
        const ownByCoach = await w.coach.agent.post(raterUrl(byCoach, action));
        expect(ownByCoach.status).toBe(403);
        expect(ownByCoach.body.error.message).toBe(
          "You added this rater; the client approves or declines them.",
        );
        expect((await w.client.agent.post(raterUrl(byClient, action))).status).toBe(403);
      }
      const changeWaiting = await w.coach.agent.patch(raterUrl(byCoach), { name: "Renamed" });
      expect(changeWaiting.status).toBe(409);
      expect((await raterRows(campaign.id)).filter((r) => r.token_hash === null)).toHaveLength(2);

      const declined = await w.coach.agent.post(raterUrl(byClient, "/decline"));
      expect(declined.status).toBe(200);
      expect(declined.body.raters.some((r: { id: string }) => r.id === byClient)).toBe(false);
      const approved = await w.client.agent.post(raterUrl(byCoach, "/approve"));
      expect(approved.status).toBe(200);
      expect((await w.client.agent.post(raterUrl(byCoach, "/approve"))).status).toBe(409);
      expect((await w.client.agent.post(raterUrl(byCoach, "/decline"))).status).toBe(409);
      // An invited rater stays, for the one who added them too.
      expect((await w.coach.agent.delete(raterUrl(byCoach))).status).toBe(409);

      const withdrawn = await addAs(w.client.agent, "withdrawn");
      expect((await w.client.agent.delete(raterUrl(withdrawn))).status).toBe(200);
      expect(await raterRows(campaign.id)).toHaveLength(8);
    });

    it("is refused once the campaign has closed: the waiting rater is never invited", async () => {
      const { campaign } = await collectingCampaign(t.current, w, FULL_LIST, {
        groupLimits: OTHERS_ALLOWED,
      });
      const email = uniqueEmail("too-late");
      const added = await w.coach.agent.post(ratersUrl(campaign.id), {
        name: "Too Late",
        email,
        group: "other",
      });
      const rater = added.body.raters.find((r: { email: string }) => r.email === email);
      await moveCampaign(w.coach, campaign.id, "closed");
      expect((await w.client.agent.post(raterUrl(rater.id, "/approve"))).status).toBe(409);
      expect(await mailsTo(email)).toEqual([]);
      expect((await raterRows(campaign.id)).find((r) => r.email === email)?.token_hash).toBeNull();
    });
  });

  it("documents approving and declining in the API description", async () => {
    const response = await t.current.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining([
        "/api/feedback-raters/{id}/approve",
        "/api/feedback-raters/{id}/decline",
      ]),
    );
  });

  it("keeps nominating as it was: no approval before invitations go out", async () => {
    const campaign = await nominatingCampaign();
    const view = await nominate(w.client, campaign.id, ratersOf({ peer: 1 }));
    expect(view.raters[0]).toMatchObject({
      addedLate: false,
      approval: "none",
      approver: null,
      addedBy: { role: "client", name: w.client.name },
    });
  });
});
