import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actionPlanVersion, sessionCommitment, sessionTheme } from "../../src/server/db/schema";
import type { Response } from "../support/agent";
import { buildWorld, type Member, type World } from "../support/factories";
import { samplePlan, writeGoal } from "../support/goal-factories";
import { cancelledSession, pastSession, upcomingSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// What a session leaves behind: themes from the practice's list (which coach and client extend)
// on the session and its reflection, commitments with owners and due dates, and plan versions
// saved from the session; bad input a clear 4xx with nothing half-saved.

const themesUrl = "/api/practice/themes";
const pageUrl = (id: string) => `/api/sessions/${id}`;

const expectStatus = (response: Response, status: number) =>
  expect(response.status, JSON.stringify(response.body)).toBe(status);

function fieldsOf(response: Response): string[] {
  return (
    (response.body as { error: { fields?: { path: string }[] } }).error.fields?.map(
      (field) => field.path,
    ) ?? []
  );
}

async function themes(member: Member): Promise<{ id: string; label: string }[]> {
  const response = await member.agent.get(themesUrl);
  expectStatus(response, 200);
  return response.body;
}

async function page(member: Member, id: string) {
  const response = await member.agent.get(pageUrl(id));
  expectStatus(response, 200);
  return response.body;
}

const dayOf = (date: Date, days = 0) =>
  new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseKinds())(
  "a session's themes, commitments and plan changes on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let w: World;

    beforeAll(async () => {
      w = await buildWorld(t.current);
    });

    describe("themes", () => {
      it("starts the practice's list with Keel's defaults, the same for coach and client", async () => {
        const coachList = await themes(w.coach);
        expect(coachList.map((theme) => theme.label)).toEqual(
          expect.arrayContaining(["Delegation", "Feedback", "Strategic thinking", "Career"]),
        );
        expect(await themes(w.client)).toEqual(coachList);
        const again = await themes(w.admin);
        expect(again.length).toBe(coachList.length);
      });

      it("adds a theme once, whatever its case and spacing, and refuses an empty or long one", async () => {
        const added = await w.client.agent.post(themesUrl, { label: "  Managing   up " });
        expectStatus(added, 201);
        expect(added.body.label).toBe("Managing up");
        const again = await w.coach.agent.post(themesUrl, { label: "MANAGING UP" });
        expectStatus(again, 200);
        expect(again.body.id).toBe(added.body.id);
        expectStatus(await w.coach.agent.post(themesUrl, { label: "   " }), 400);
        expectStatus(await w.coach.agent.post(themesUrl, { label: "x".repeat(61) }), 400);
        const labels = (await themes(w.coach)).map((theme) => theme.label.toLowerCase());
        expect(labels.filter((label) => label === "managing up")).toHaveLength(1);
      });

      it("keeps each practice's list its own", async () => {
        const added = await w.outsider.agent.post(themesUrl, { label: "Board relations" });
        expectStatus(added, 201);
        const ours = (await themes(w.coach)).map((theme) => theme.label);
        expect(ours).not.toContain("Board relations");
        expectStatus(await w.sponsor.agent.get(themesUrl), 403);
      });

      it("tags the session and its reflection, and shows them on the page", async () => {
        const { id } = await pastSession(t.current, w);
        const list = await themes(w.coach);
        const [delegation, feedback, listening] = list.filter((theme) =>
          ["Delegation", "Feedback", "Listening"].includes(theme.label),
        );
        if (!delegation || !feedback || !listening) throw new Error("defaults missing");
        const tagged = await w.coach.agent.put(`${pageUrl(id)}/themes`, {
          session: [delegation.id, feedback.id, delegation.id],
        });
        expectStatus(tagged, 200);
        expect(tagged.body.session.map((t: { label: string }) => t.label)).toEqual([
          "Delegation",
          "Feedback",
        ]);
        const reflected = await w.client.agent.put(`${pageUrl(id)}/themes`, {
          reflection: [listening.id],
        });
        expectStatus(reflected, 200);
        expect(reflected.body.session).toHaveLength(2);
        const shown = await page(w.client, id);
        expect(shown.themes.reflection).toEqual([listening]);
        expect(shown.mayWork.tagThemes).toBe(true);

        const replaced = await w.client.agent.put(`${pageUrl(id)}/themes`, {
          session: [feedback.id],
          reflection: [],
        });
        expect(replaced.body).toEqual({ session: [feedback], reflection: [] });
      });

      it("refuses a theme of another practice, naming it, and changes nothing", async () => {
        const { id } = await pastSession(t.current, w);
        const [ours] = await themes(w.coach);
        const [theirs] = await themes(w.outsider);
        if (!ours || !theirs) throw new Error("no themes");
        expectStatus(await w.coach.agent.put(`${pageUrl(id)}/themes`, { session: [ours.id] }), 200);
        const refused = await w.coach.agent.put(`${pageUrl(id)}/themes`, {
          session: [ours.id],
          reflection: [theirs.id],
        });
        expectStatus(refused, 400);
        expect(fieldsOf(refused)).toEqual(["reflection.0"]);
        const rows = await t.current.handle.db
          .select()
          .from(sessionTheme)
          .where(eq(sessionTheme.sessionId, id));
        expect(rows.map((row) => row.themeId)).toEqual([ours.id]);
        expectStatus(await w.coach.agent.put(`${pageUrl(id)}/themes`, {}), 400);
      });

      it("refuses tags on a cancelled session", async () => {
        const { id } = await cancelledSession(t.current, w);
        const [ours] = await themes(w.coach);
        const refused = await w.coach.agent.put(`${pageUrl(id)}/themes`, { session: [ours?.id] });
        expectStatus(refused, 409);
      });
    });

    describe("commitments", () => {
      it("records a commitment with its owner and due date, shown on the page, and marks it", async () => {
        const session = await pastSession(t.current, w);
        const added = await w.coach.agent.post(`${pageUrl(session.id)}/commitments`, {
          text: "Hand the budget review to Priya",
          ownerId: w.client.id,
          dueOn: dayOf(session.startsAt, 7),
        });
        expectStatus(added, 201);
        expect(added.body).toMatchObject({
          sessionId: session.id,
          owner: { id: w.client.id },
          createdBy: { id: w.coach.id },
          status: "open",
          markedAt: null,
          comments: [],
        });
        const shown = await page(w.client, session.id);
        expect(shown.commitments).toEqual([added.body]);

        const url = `/api/session-commitments/${added.body.id}`;
        const partly = await w.client.agent.patch(url, {
          status: "partly_done",
          note: "Handed over half of it",
        });
        expectStatus(partly, 200);
        expect(partly.body).toMatchObject({
          status: "partly_done",
          note: "Handed over half of it",
          markedBy: { id: w.client.id },
        });
        expect(partly.body.markedAt).not.toBeNull();
        const edited = await w.coach.agent.patch(url, {
          text: "Hand the whole budget review to Priya",
          ownerId: w.coach.id,
        });
        expect(edited.body).toMatchObject({
          status: "partly_done",
          text: "Hand the whole budget review to Priya",
          owner: { id: w.coach.id },
        });
        // The owner is now the coach: the client may reopen it but not mark it.
        expectStatus(await w.client.agent.patch(url, { status: "done" }), 403);
        const reopened = await w.client.agent.patch(url, { status: "open" });
        expect(reopened.body).toMatchObject({ status: "open", note: null, markedAt: null });
        const done = await w.coach.agent.patch(url, { status: "done" });
        expect(done.body).toMatchObject({
          status: "done",
          note: null,
          markedBy: { id: w.coach.id },
        });
        expectStatus(await w.coach.agent.patch(url, { status: "finished" }), 400);
        expectStatus(await w.coach.agent.patch(url, { note: "without a status" }), 400);
      });

      it("refuses an owner who is not a party and a date before the session, saving nothing", async () => {
        const session = await upcomingSession(t.current, w);
        const url = `${pageUrl(session.id)}/commitments`;
        const refused = await w.client.agent.post(url, {
          text: "Ask the sponsor",
          ownerId: w.sponsor.id,
          dueOn: dayOf(session.startsAt, -1),
        });
        expectStatus(refused, 400);
        expect(fieldsOf(refused).sort()).toEqual(["dueOn", "ownerId"]);
        const sameDay = await w.client.agent.post(url, {
          text: "Ask the sponsor",
          ownerId: w.client.id,
          dueOn: dayOf(session.startsAt),
        });
        expectStatus(sameDay, 201);
        const patched = await w.client.agent.patch(`/api/session-commitments/${sameDay.body.id}`, {
          text: "Changed",
          dueOn: "2001-01-01",
        });
        expectStatus(patched, 400);
        const rows = await t.current.handle.db
          .select()
          .from(sessionCommitment)
          .where(eq(sessionCommitment.sessionId, session.id));
        expect(rows.map((row) => row.text)).toEqual(["Ask the sponsor"]);
        expectStatus(
          await w.client.agent.patch(`/api/session-commitments/${sameDay.body.id}`, {}),
          400,
        );
        expectStatus(
          await w.client.agent.post(url, { text: "", ownerId: w.client.id, dueOn: "x" }),
          400,
        );
      });

      it("lets the author or the coach remove one, not the client another's", async () => {
        const session = await pastSession(t.current, w);
        const url = `${pageUrl(session.id)}/commitments`;
        const body = {
          text: "Book the offsite",
          ownerId: w.coach.id,
          dueOn: dayOf(session.startsAt, 3),
        };
        const byCoach = await w.coach.agent.post(url, body);
        const byClient = await w.client.agent.post(url, body);
        expectStatus(
          await w.client.agent.delete(`/api/session-commitments/${byCoach.body.id}`),
          403,
        );
        expectStatus(
          await w.client.agent.delete(`/api/session-commitments/${byClient.body.id}`),
          204,
        );
        expectStatus(
          await w.coach.agent.delete(`/api/session-commitments/${byCoach.body.id}`),
          204,
        );
        expect((await page(w.coach, session.id)).commitments).toEqual([]);
      });
    });

    describe("plan adjustments", () => {
      it("saves a plan version linked to the session, listed on the session page", async () => {
        const session = await pastSession(t.current, w);
        const goal = await writeGoal(w.coach, w.engagement.id);
        const shown = await page(w.coach, session.id);
        expect(shown.openGoals.map((g: { id: string }) => g.id)).toContain(goal.id);
        expect(shown.mayWork.adjustPlan).toBe(true);

        const saved = await w.client.agent.put(`/api/goals/${goal.id}/plan`, {
          baseVersion: 0,
          plan: samplePlan(),
          reason: "Agreed in the session",
          sessionId: session.id,
        });
        expectStatus(saved, 200);
        expect(saved.body.saved.source).toBe("session");
        const [row] = await t.current.handle.db
          .select()
          .from(actionPlanVersion)
          .where(eq(actionPlanVersion.goalId, goal.id));
        expect(row?.sessionId).toBe(session.id);

        const after = await page(w.coach, session.id);
        expect(after.planChanges).toEqual([
          expect.objectContaining({
            goalId: goal.id,
            goalStatement: goal.statement,
            version: 1,
            reason: "Agreed in the session",
            changedBy: { id: w.client.id, name: expect.any(String) },
          }),
        ]);
      });

      it("refuses a session of another engagement, a cancelled or unknown one, and saves no version", async () => {
        const goal = await writeGoal(w.coach, w.engagement.id);
        const elsewhere = await pastSession(t.current, {
          engagement: w.otherEngagement,
          coach: w.otherCoach,
        });
        const cancelled = await cancelledSession(t.current, w);
        for (const sessionId of [elsewhere.id, cancelled.id, crypto.randomUUID()]) {
          const refused = await w.coach.agent.put(`/api/goals/${goal.id}/plan`, {
            baseVersion: 0,
            plan: samplePlan(),
            sessionId,
          });
          expectStatus(refused, 400);
          expect(fieldsOf(refused)).toEqual(["sessionId"]);
        }
        const rows = await t.current.handle.db
          .select()
          .from(actionPlanVersion)
          .where(eq(actionPlanVersion.goalId, goal.id));
        expect(rows).toEqual([]);
      });
    });
  },
);
