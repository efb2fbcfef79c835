import { beforeAll, describe } from "vitest";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  onlyTheCoachesTemplate,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, QUICK_TEMPLATE, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

/** A new development profile entry, written by the world's coach. */
async function freshEntry(w: World): Promise<string> {
  const created = await w.coach.agent.post(`${engagementUrl(w)}/development-profile/entries`, {
    kind: "development_area",
    title: "Delegating earlier",
  });
  return created.body.id;
}

/** An open IPIP-NEO-120 for the world's client, in place of any still open. */
async function freshAssessment(w: World): Promise<string> {
  const open = await w.coach.agent.get(`${engagementUrl(w)}/assessments`);
  for (const a of open.body as { id: string; status: string; instrument: { id: string } }[]) {
    if (
      a.instrument.id === "ipip-neo-120" &&
      (a.status === "assigned" || a.status === "in_progress")
    )
      await w.coach.agent.post(`/api/assessments/${a.id}/withdraw`);
  }
  const assigned = await w.coach.agent.post(`${engagementUrl(w)}/assessments`, {
    instrumentId: "ipip-neo-120",
  });
  return assigned.body.id;
}

/** An open exercise from the coach's own template, in place of any still open. */
async function freshExercise(w: World): Promise<string> {
  const listed = await w.coach.agent.get(`${engagementUrl(w)}/exercises`);
  for (const e of listed.body as { id: string; status: string; template: { id: string } }[]) {
    if (e.template.id === w.coachTemplate.id && (e.status === "assigned" || e.status === "draft"))
      await w.coach.agent.post(`/api/exercises/${e.id}/withdraw`);
  }
  const assigned = await w.coach.agent.post(`${engagementUrl(w)}/exercises`, {
    templateId: w.coachTemplate.id,
  });
  return assigned.body.id;
}

/** A new template of the coach's own, to delete. */
async function freshTemplate(w: World): Promise<string> {
  return (await w.coach.agent.post("/api/exercise-templates", QUICK_TEMPLATE)).body.id;
}

// Each row: what every role gets.
const CASES: Case[] = [
  {
    name: "GET the questionnaires on offer",
    call: (a) => a.get("/api/instruments"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET an engagement's questionnaires",
    call: (a, w) => a.get(`${engagementUrl(w)}/assessments`),
    expected: {
      coach: 200,
      admin: 403,
      client: 200,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST a questionnaire assignment",
    call: (a, w) => a.post(`${engagementUrl(w)}/assessments`, { instrumentId: "ipip-bffm-50" }),
    expected: {
      coach: 201,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET a questionnaire with its answers",
    call: (a, w) => a.get(`/api/assessments/${w.assessment.id}`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT answers",
    call: (a, w) => a.put(`/api/assessments/${w.assessment.id}/answers`, { answers: { N1_1: 3 } }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "GET a questionnaire's results",
    call: (a, w) => a.get(`/api/assessments/${w.submittedAssessment.id}/results`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "POST a submission",
    call: async (a, w) => a.post(`/api/assessments/${await freshAssessment(w)}/submit`),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST a withdrawal",
    call: async (a, w) => a.post(`/api/assessments/${await freshAssessment(w)}/withdraw`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
  {
    name: "GET the development profile",
    call: (a, w) => a.get(`${engagementUrl(w)}/development-profile`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a development profile entry",
    call: (a, w) =>
      a.post(`${engagementUrl(w)}/development-profile/entries`, {
        kind: "strength",
        title: "Calm under pressure",
      }),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    // No evidence in this world, so no suggestion exists: the parties reach the 400.
    name: "POST a development profile suggestion set aside",
    call: (a, w) =>
      a.post(`${engagementUrl(w)}/development-profile/dismissals`, { proposalKey: "none" }),
    expected: { ...partiesOnly, coach: 400, client: 400 },
  },
  {
    name: "DELETE a set-aside suggestion (bring it back)",
    call: (a, w) => a.delete(`${engagementUrl(w)}/development-profile/dismissals/none`),
    expected: { ...partiesOnly, coach: 204, client: 204 },
  },
  {
    name: "PATCH a development profile entry",
    call: async (a, w) =>
      a.patch(`/api/development-entries/${await freshEntry(w)}`, { title: "Renamed entry" }),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "DELETE a development profile entry",
    call: async (a, w) => a.delete(`/api/development-entries/${await freshEntry(w)}`),
    expected: { ...onlyClientAndCoach, coach: 204, client: 204 },
  },
  {
    name: "GET the exercise templates on offer",
    call: (a) => a.get("/api/exercise-templates"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a built-in exercise template",
    call: (a) => a.get("/api/exercise-templates/leadership-wheel"),
    expected: {
      coach: 200,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 200,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a coach's own exercise template",
    call: (a, w) => a.get(`/api/exercise-templates/${w.coachTemplate.id}`),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "POST an exercise template",
    call: (a) => a.post("/api/exercise-templates", QUICK_TEMPLATE),
    expected: {
      coach: 201,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 201,
      otherClient: 403,
      outsider: 201,
      anonymous: 401,
    },
  },
  {
    name: "PATCH a coach's own exercise template",
    call: (a, w) => a.patch(`/api/exercise-templates/${w.coachTemplate.id}`, { title: "One word" }),
    expected: onlyTheCoachesTemplate,
  },
  {
    name: "PATCH a built-in exercise template",
    call: (a) => a.patch("/api/exercise-templates/best-self", { title: "Mine now" }),
    expected: {
      coach: 403,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 403,
      anonymous: 401,
    },
  },
  {
    name: "DELETE a coach's own exercise template",
    call: async (a, w) => a.delete(`/api/exercise-templates/${await freshTemplate(w)}`),
    expected: { ...onlyTheCoachesTemplate, coach: 204 },
  },
  {
    name: "GET an engagement's exercises",
    call: (a, w) => a.get(`${engagementUrl(w)}/exercises`),
    expected: {
      coach: 200,
      admin: 403,
      client: 200,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST an exercise assignment",
    call: (a, w) => a.post(`${engagementUrl(w)}/exercises`, { templateId: "best-self" }),
    expected: {
      coach: 201,
      admin: 403,
      client: 403,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET an exercise with its answers",
    call: (a, w) => a.get(`/api/exercises/${w.submittedExercise.id}`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 200 },
  },
  {
    name: "PUT an exercise draft",
    call: (a, w) => a.put(`/api/exercises/${w.exercise.id}/answers`, { answers: { vision: 6 } }),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST an exercise submission",
    call: async (a, w) => a.post(`/api/exercises/${await freshExercise(w)}/submit`),
    expected: { ...onlyClientAndCoach, coach: 403, client: 200 },
  },
  {
    name: "POST an exercise withdrawal",
    call: async (a, w) => a.post(`/api/exercises/${await freshExercise(w)}/withdraw`),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
];

describe.each(databaseKinds())("access to the client's work on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
