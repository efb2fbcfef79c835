import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTableWorld,
  campaignUrl,
  forgedToken,
  freshClosed,
  freshDraft,
  freshInvitedRater,
  freshLateRater,
  freshModel,
  freshNominated,
  freshRater,
  freshRaterToken,
  freshSelfRated,
  surveyUrl,
  type TableWorld,
} from "../support/access-feedback-records";
import {
  agentOf,
  type Case,
  coachesOnly,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  onlyTheCoachesTemplate,
  partiesOnly,
  ROLES,
  type Role,
  sameForEveryone,
} from "../support/access-table";
import { buildWorld, listAllPages, uniqueEmail } from "../support/factories";
import { BUILT_IN_MODEL_ID, daysFromToday } from "../support/feedback-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Each row: what every role gets.
const CASES: Case<TableWorld>[] = [
  {
    name: "GET the competency models on offer",
    call: (a) => a.get("/api/competency-models"),
    expected: coachesOnly(200),
  },
  {
    name: "GET Keel's competency model",
    call: (a) => a.get(`/api/competency-models/${BUILT_IN_MODEL_ID}`),
    expected: coachesOnly(200),
  },
  {
    name: "GET a coach's own competency model",
    call: (a, w) => a.get(`/api/competency-models/${w.feedback.ownModelId}`),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "POST a competency model",
    call: (a) => a.post("/api/competency-models", { copyOf: BUILT_IN_MODEL_ID }),
    expected: coachesOnly(201),
  },
  {
    name: "PATCH a coach's own competency model",
    call: (a, w) =>
      a.patch(`/api/competency-models/${w.feedback.ownModelId}`, { name: "My leadership model" }),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "PATCH Keel's competency model",
    call: (a) => a.patch(`/api/competency-models/${BUILT_IN_MODEL_ID}`, { name: "Mine now" }),
    expected: coachesOnly(403),
  },
  {
    name: "DELETE a coach's own competency model",
    call: async (a, w) => a.delete(`/api/competency-models/${await freshModel(w)}`),
    expected: { ...onlyTheCoachesTemplate, coach: 204 },
  },
  {
    name: "GET the 360 feedback dashboard",
    call: (a) => a.get("/api/feedback-campaigns?limit=10"),
    expected: coachesOnly(200),
  },
  {
    name: "GET an engagement's 360 feedback campaigns",
    call: (a, w) => a.get(`${engagementUrl(w)}/feedback-campaigns`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a 360 feedback campaign",
    call: (a, w) =>
      a.post(`${engagementUrl(w)}/feedback-campaigns`, {
        modelId: BUILT_IN_MODEL_ID,
        deadline: daysFromToday(21),
        timeZone: "Europe/London",
      }),
    expected: { ...partiesOnly, coach: 201, client: 403 },
  },
  {
    name: "GET a 360 feedback campaign",
    call: (a, w) => a.get(campaignUrl(w.feedback.collecting.id)),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PATCH a 360 feedback campaign's deadline",
    call: (a, w) => a.patch(campaignUrl(w.feedback.draftId), { deadline: daysFromToday(14) }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "DELETE a 360 feedback campaign in draft",
    call: async (a, w) => a.delete(campaignUrl(await freshDraft(w))),
    expected: { ...onlyClientAndCoach, coach: 204, client: 403 },
  },
  {
    name: "POST a campaign move that opens nominations",
    call: async (a, w) => a.post(campaignUrl(await freshDraft(w), "/status"), { to: "nominating" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "POST a campaign move that sends the raters for approval",
    call: async (a, w) =>
      a.post(campaignUrl(await freshNominated(w), "/status"), { to: "approval" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a campaign move that releases the report",
    call: async (a, w) => a.post(campaignUrl(await freshClosed(w), "/status"), { to: "released" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "POST a rater while the client nominates",
    call: (a, w) =>
      a.post(campaignUrl(w.feedback.nominating.id, "/raters"), {
        name: "A colleague",
        email: uniqueEmail("nominee"),
        group: "other",
      }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "POST a rater while collecting, who waits for the other party's approval",
    call: (a, w) =>
      a.post(campaignUrl(w.feedback.collecting.id, "/raters"), {
        name: "A late colleague",
        email: uniqueEmail("late-nominee"),
        group: "other",
      }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
  {
    name: "POST the approval of a rater the coach added while collecting",
    call: async (a, w) =>
      a.post(`/api/feedback-raters/${await freshLateRater(w, "coach")}/approve`),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST the decline of a rater the client added while collecting",
    call: async (a, w) =>
      a.post(`/api/feedback-raters/${await freshLateRater(w, "client")}/decline`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "POST a resend of an invited rater's link",
    call: async (a, w) => a.post(`/api/feedback-raters/${await freshInvitedRater(w)}/resend`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "PATCH a rater not yet invited",
    call: (a, w) =>
      a.patch(`/api/feedback-raters/${w.feedback.nominating.raterId}`, { name: "Renamed rater" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "DELETE a rater not yet invited",
    call: async (a, w) => a.delete(`/api/feedback-raters/${await freshRater(w)}`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET the client's self-rating",
    call: (a, w) => a.get(campaignUrl(w.feedback.collecting.id, "/self-rating")),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "PUT self-ratings",
    call: (a, w) =>
      a.put(campaignUrl(w.feedback.collecting.id, "/self-rating"), {
        ratings: { [w.feedback.itemIds[0] ?? ""]: 4 },
      }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST a self-rating submission",
    call: async (a, w) => a.post(campaignUrl(await freshSelfRated(w), "/self-rating/submit")),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "GET the 360 report while answers are collected",
    call: (a, w) => a.get(campaignUrl(w.feedback.collecting.id, "/report")),
    expected: { ...onlyClientAndCoach, coach: 403, client: 403 },
  },
  {
    name: "GET the 360 report once closed, before its release",
    call: (a, w) => a.get(campaignUrl(w.feedback.closed.id, "/report")),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET the 360 report once released",
    call: (a, w) => a.get(campaignUrl(w.feedback.releasedId, "/report")),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET the 360 report's PDF once closed, before its release",
    call: (a, w) => a.get(campaignUrl(w.feedback.closed.id, "/report.pdf")),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET the 360 report's PDF once released",
    call: (a, w) => a.get(campaignUrl(w.feedback.releasedId, "/report.pdf")),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "GET the comments to review",
    call: (a, w) => a.get(campaignUrl(w.feedback.closed.id, "/comments")),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "PUT a comment's redactions",
    call: (a, w) =>
      a.put(`/api/feedback-comments/${w.feedback.closed.commentId}/redactions`, {
        redactions: ["Priya"],
      }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET a rater's survey through their link",
    call: (a, w) => a.get(surveyUrl(w.feedback.collecting.token)),
    expected: sameForEveryone(200),
  },
  {
    name: "GET a survey through a forged link",
    call: (a) => a.get(surveyUrl(forgedToken())),
    expected: sameForEveryone(404),
  },
  {
    name: "PUT a rater's answers through their link",
    call: (a, w) =>
      a.put(surveyUrl(w.feedback.collecting.token, "/answers"), {
        ratings: { [w.feedback.itemIds[0] ?? ""]: 5 },
      }),
    expected: sameForEveryone(200),
  },
  {
    name: "PUT answers through a forged link",
    call: (a, w) =>
      a.put(surveyUrl(forgedToken(), "/answers"), {
        ratings: { [w.feedback.itemIds[0] ?? ""]: 5 },
      }),
    expected: sameForEveryone(404),
  },
  {
    name: "POST a rater's survey submission through their link",
    call: async (a, w) => a.post(surveyUrl(await freshRaterToken(w), "/submit")),
    expected: sameForEveryone(200),
  },
  {
    name: "POST a survey submission through a forged link",
    call: (a) => a.post(surveyUrl(forgedToken(), "/submit")),
    expected: sameForEveryone(404),
  },
];

describe.each(databaseKinds())(
  "access to competency models and 360 feedback on the %s database",
  (kind) => {
    const t = useTestApp(kind);
    let world: TableWorld;

    beforeAll(async () => {
      world = await buildTableWorld(t.current, await buildWorld(t.current));
    });

    itAnswersAsTheTableSays(CASES, () => world);

    it("shows a coach's 360 feedback campaigns on their own dashboard only, the admin's included", async () => {
      const campaignIds = async (role: Role) =>
        (
          await listAllPages<{ id: string }>(
            agentOf(world, role),
            "",
            100,
            "/api/feedback-campaigns",
          )
        ).items.map((c) => c.id);
      const { feedback } = world;
      expect(await campaignIds("coach")).toEqual(
        expect.arrayContaining([
          feedback.draftId,
          feedback.nominating.id,
          feedback.collecting.id,
          feedback.closed.id,
          feedback.releasedId,
        ]),
      );
      for (const role of ["admin", "otherCoach", "outsider"] as const)
        expect(await campaignIds(role), role).toEqual([]);
    });

    it("answers a rater's link the same whoever is signed in: an account gains nothing", async () => {
      const { token } = world.feedback.collecting;
      const asAnonymous = await world.anonymous.get(surveyUrl(token));
      expect(asAnonymous.status).toBe(200);
      const saved = { ratings: { [world.feedback.itemIds[1] ?? ""]: 3 } };
      const savedAnonymously = await world.anonymous.put(surveyUrl(token, "/answers"), saved);
      expect(savedAnonymously.status).toBe(200);
      const survey = await world.anonymous.get(surveyUrl(token));
      for (const role of ROLES) {
        const seen = await agentOf(world, role).get(surveyUrl(token));
        expect({ status: seen.status, body: seen.body }, role).toEqual({
          status: 200,
          body: survey.body,
        });
        const again = await agentOf(world, role).put(surveyUrl(token, "/answers"), saved);
        expect({ status: again.status, body: again.body }, role).toEqual({
          status: 200,
          body: savedAnonymously.body,
        });
        const forged = await agentOf(world, role).get(surveyUrl(forgedToken()));
        expect(forged.status, role).toBe(404);
      }
    });
  },
);
