import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { GroupLimits } from "../../src/domain/feedback/rater-groups";
import type { Agent } from "../support/agent";
import {
  buildWorld,
  listAllPages,
  newAgent,
  PASSWORD,
  QUICK_TEMPLATE,
  uniqueEmail,
  type World,
} from "../support/factories";
import {
  BUILT_IN_MODEL_ID,
  collectingCampaign,
  createCampaign,
  daysFromToday,
  limitsAdmitting,
  moveCampaign,
  nominate,
  ratersOf,
} from "../support/feedback-factories";
import { lastMailTo, linkIn, type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";
import { totpNow } from "../support/two-factor";

type Role =
  | "coach"
  | "otherCoach"
  | "admin"
  | "client"
  | "otherClient"
  | "sponsor"
  | "outsider"
  | "anonymous";
const ROLES: Role[] = [
  "coach",
  "otherCoach",
  "admin",
  "client",
  "otherClient",
  "sponsor",
  "outsider",
  "anonymous",
];

const agentOf = (world: World, role: Role): Agent =>
  role === "anonymous" ? world.anonymous : world[role].agent;

/** The world, with the 360 feedback records the table's rows act on. */
type TableWorld = World & { feedback: FeedbackRecords };

interface Case {
  name: string;
  call: (agent: Agent, world: TableWorld) => Promise<{ status: number }>;
  expected: Record<Role, number>;
}

const engagementUrl = (w: World) => `/api/engagements/${w.engagement.id}`;

// A client's questionnaires exist only for the client and their coach: everyone else gets 404.
const onlyClientAndCoach = {
  admin: 404,
  sponsor: 404,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

// The engagement's other parties know it exists but may not read the client's profile.
const partiesOnly = {
  admin: 403,
  sponsor: 403,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
};

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

// A coach's own templates are theirs alone: other coaches, the admin included, get 404; members
// who are not coaches get 403 (no role of theirs has templates).
const onlyTheCoachesTemplate = {
  coach: 200,
  admin: 404,
  otherCoach: 404,
  outsider: 404,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
};

// 360 feedback. A campaign, its raters, the self-rating, the report and its comments are the
// client's and their coach's only, like the client's other work; the survey behind a rater's
// private link needs no account, and whoever is signed in changes nothing about it.

/** Limits loose enough that the rows may add raters to one campaign again and again. */
const ROOMY_LIMITS: GroupLimits = {
  manager: { min: 0, max: 2 },
  peer: { min: 0, max: 30 },
  direct_report: { min: 0, max: 30 },
  other: { min: 0, max: 30 },
};

interface SurveyModel {
  competencies: { items: { id: string }[] }[];
  openQuestions: { id: string }[];
}

const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((c) => c.items.map((i) => i.id));

/** A token of the right shape that Keel never sent. */
const forgedToken = () => randomBytes(32).toString("base64url");

interface FeedbackRecords {
  /** For the fresh records that need a rater's mailed link. */
  app: TestApp;
  /** The coach's own competency model, a copy of Keel's. */
  ownModelId: string;
  /** The behaviours of Keel's model, which every campaign here uses. */
  itemIds: string[];
  /** A campaign still in draft. */
  draftId: string;
  /** A campaign whose client is nominating, with one rater not invited yet. */
  nominating: { id: string; raterId: string };
  /** A campaign collecting answers, with a rater's token who has not answered yet. */
  collecting: { id: string; token: string };
  /** A closed campaign, not yet released: three peers answered, one with a comment. */
  closed: { id: string; commentId: string };
  /** A campaign whose report was released to the client. */
  releasedId: string;
}

/** Rates every behaviour and sends the survey through a rater's private link. */
async function answerSurvey(t: TestApp, token: string, comment?: string) {
  const rater = newAgent(t);
  const url = `/api/feedback/survey/${token}`;
  const model: SurveyModel = (await rater.get(url)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id) => [id, 4]));
  const question = model.openQuestions[0]?.id;
  const comments = comment && question ? { [question]: comment } : {};
  expect((await rater.put(`${url}/answers`, { ratings, comments })).status).toBe(200);
  expect((await rater.post(`${url}/submit`)).status).toBe(200);
}

/** A closed campaign of three peers who answered, the first one with a comment. */
async function closedCampaign(t: TestApp, w: World, comment = "Priya says the plans are clear.") {
  const { campaign, raters } = await collectingCampaign(t, w, { peer: 3 });
  for (const [i, rater] of raters.entries())
    await answerSurvey(t, rater.token, i === 0 ? comment : undefined);
  await moveCampaign(w.coach, campaign.id, "closed");
  return campaign.id as string;
}

async function buildFeedbackRecords(t: TestApp, w: World): Promise<FeedbackRecords> {
  const copied = await w.coach.agent.post("/api/competency-models", { copyOf: BUILT_IN_MODEL_ID });
  expect(copied.status, JSON.stringify(copied.body)).toBe(201);
  const model: SurveyModel = (
    await w.coach.agent.get(`/api/competency-models/${BUILT_IN_MODEL_ID}`)
  ).body;

  const draft = await createCampaign(w.coach, w.engagement.id);

  const nominating = await createCampaign(w.coach, w.engagement.id, { groupLimits: ROOMY_LIMITS });
  await moveCampaign(w.coach, nominating.id, "nominating");
  const listed = await nominate(w.client, nominating.id, ratersOf({ peer: 1 }));

  const collecting = await collectingCampaign(t, w, { peer: 3 }, { groupLimits: ROOMY_LIMITS });

  const closedId = await closedCampaign(t, w);
  const comments = await w.coach.agent.get(`/api/feedback-campaigns/${closedId}/comments`);
  expect(comments.status, JSON.stringify(comments.body)).toBe(200);
  expect(comments.body).toHaveLength(1);

  const releasedId = await closedCampaign(t, w);
  await moveCampaign(w.coach, releasedId, "released");

  return {
    app: t,
    ownModelId: copied.body.id,
    itemIds: itemIdsOf(model),
    draftId: draft.id,
    nominating: { id: nominating.id, raterId: listed.raters[0].id },
    collecting: { id: collecting.campaign.id, token: collecting.raters[0]?.token ?? "" },
    closed: { id: closedId, commentId: comments.body[0].id },
    releasedId,
  };
}

/** A new model of the coach's own, to delete. */
async function freshModel(w: TableWorld): Promise<string> {
  const copied = await w.coach.agent.post("/api/competency-models", { copyOf: BUILT_IN_MODEL_ID });
  return copied.body.id;
}

/** A new campaign in draft, to delete or to open for nominations. */
async function freshDraft(w: TableWorld): Promise<string> {
  return (await createCampaign(w.coach, w.engagement.id)).id;
}

/** A new campaign whose client nominated one peer: the list can go for approval. */
async function freshNominated(w: TableWorld): Promise<string> {
  const created = await createCampaign(w.coach, w.engagement.id, {
    groupLimits: limitsAdmitting({ peer: 1 }),
  });
  await moveCampaign(w.coach, created.id, "nominating");
  await nominate(w.client, created.id, ratersOf({ peer: 1 }));
  return created.id;
}

/** A new campaign whose client rated every behaviour without submitting. */
async function freshSelfRated(w: TableWorld): Promise<string> {
  const created = await createCampaign(w.coach, w.engagement.id);
  await moveCampaign(w.coach, created.id, "nominating");
  const ratings = Object.fromEntries(w.feedback.itemIds.map((id) => [id, 3]));
  const saved = await w.client.agent.put(`/api/feedback-campaigns/${created.id}/self-rating`, {
    ratings,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return created.id;
}

/** A new closed campaign, to release. */
async function freshClosed(w: TableWorld): Promise<string> {
  const { campaign } = await collectingCampaign(w.feedback.app, w, { peer: 1 });
  await moveCampaign(w.coach, campaign.id, "closed");
  return campaign.id;
}

/** A new rater on the nominating campaign, named by the coach, to remove. */
async function freshRater(w: TableWorld): Promise<string> {
  const view = await nominate(w.coach, w.feedback.nominating.id, ratersOf({ other: 1 }));
  return view.raters.at(-1).id;
}

/**
 * A new rater invited to the collecting campaign, who has rated every behaviour through their
 * link but not sent it yet: their token, to submit.
 */
async function freshRaterToken(w: TableWorld): Promise<string> {
  const [rater] = ratersOf({ other: 1 });
  if (!rater) throw new Error("no rater");
  const view = await nominate(w.coach, w.feedback.collecting.id, [rater]);
  const approved = await w.client.agent.post(
    `/api/feedback-raters/${view.raters.at(-1).id}/approve`,
  );
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const mail = await lastMailTo(w.feedback.app.ctx, rater.email);
  const token = linkIn(mail.text, "/feedback/").split("/feedback/")[1] ?? "";
  const ratings = Object.fromEntries(w.feedback.itemIds.map((id) => [id, 2]));
  const saved = await newAgent(w.feedback.app).put(`/api/feedback/survey/${token}/answers`, {
    ratings,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return token;
}

/** A new rater added to the collecting campaign by `by`, waiting for the other's approval. */
async function freshLateRater(w: TableWorld, by: "coach" | "client"): Promise<string> {
  const view = await nominate(w[by], w.feedback.collecting.id, ratersOf({ other: 1 }));
  return view.raters.at(-1).id;
}

const campaignUrl = (id: string, rest = "") => `/api/feedback-campaigns/${id}${rest}`;
const surveyUrl = (token: string, rest = "") => `/api/feedback/survey/${token}${rest}`;

// Only coaches have competency models and a feedback dashboard; members who are not coaches get
// 403.
const coachesOnly = (status: number): Record<Role, number> => ({
  coach: status,
  admin: status,
  otherCoach: status,
  outsider: status,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
});

// A rater's private link: the token is the only key, so every role gets the same answer.
const sameForEveryone = (status: number): Record<Role, number> => ({
  coach: status,
  admin: status,
  otherCoach: status,
  outsider: status,
  client: status,
  otherClient: status,
  sponsor: status,
  anonymous: status,
});

/** Whoever is signed in, whatever their role, gets `status`: the rows act on the viewer's own account. */
const signedInOnly = (status: number): Record<Role, number> => ({
  ...sameForEveryone(status),
  anonymous: 401,
});

/** The authenticator secret each agent's account confirmed two-factor sign-in with. */
const twoFactorSecrets = new WeakMap<Agent, string>();

// Each row: what every role gets. 404 means "does not exist for you": nothing about the record leaks.
const CASES: Case[] = [
  {
    name: "GET whether the viewer's address is confirmed",
    call: (a) => a.get("/api/auth/address"),
    expected: signedInOnly(200),
  },
  {
    // Everyone in the world confirmed their address (by the mailed link or an invitation).
    name: "POST a new address confirmation link",
    call: (a) => a.post("/api/auth/address/verification-mail"),
    expected: signedInOnly(409),
  },
  {
    name: "POST an address confirmation with a made-up token",
    call: (a) => a.post("/api/auth/address/verify", { token: "made-up" }),
    expected: sameForEveryone(400),
  },
  {
    name: "GET one engagement",
    call: (a, w) => a.get(engagementUrl(w)),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "PATCH an engagement's facts",
    call: (a, w) => a.patch(engagementUrl(w), { title: "A changed title" }),
    expected: {
      coach: 200,
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
    name: "POST a stage move that is allowed",
    call: (a, w) => a.post(`${engagementUrl(w)}/stage`, { to: "planning" }),
    expected: {
      coach: 200,
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
    name: "POST an engagement for the coach's client",
    call: (a, w) =>
      a.post("/api/engagements", {
        clientId: w.client.id,
        title: "Second round",
        startDate: "2027-01-04",
        sessionsPlanned: 4,
      }),
    expected: {
      coach: 201,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 400,
      otherClient: 403,
      outsider: 400,
      anonymous: 401,
    },
  },
  {
    name: "GET a page of the engagements list",
    call: (a) => a.get("/api/engagements?limit=10"),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 200,
      otherClient: 200,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET a page of the clients list",
    call: (a) => a.get("/api/clients?limit=10"),
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
    name: "GET the sponsors list",
    call: (a) => a.get("/api/sponsors"),
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
    name: "GET the coaches list",
    call: (a) => a.get("/api/coaches"),
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
    name: "POST an invitation of a coach",
    call: (a) =>
      a.post("/api/invitations", {
        email: `c-${Math.random().toString(36).slice(2)}@example.com`,
        role: "coach",
      }),
    expected: {
      coach: 403,
      admin: 201,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 201,
      anonymous: 401,
    },
  },
  {
    name: "GET the outbox",
    call: (a) => a.get("/api/outbox"),
    expected: {
      coach: 403,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "PATCH the practice",
    call: (a) => a.patch("/api/practice", { name: "Renamed practice" }),
    expected: {
      coach: 403,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
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
  // Two-factor sign-in: every signed-in person may turn it on for their own account, and off.
  {
    name: "POST two-factor set-up",
    call: (a) => a.post("/api/auth/two-factor/enable", { password: PASSWORD }),
    expected: signedInOnly(200),
  },
  {
    name: "POST two-factor confirmation with the first code",
    call: async (a) => {
      const started = await a.post("/api/auth/two-factor/enable", { password: PASSWORD });
      if (started.status !== 200) return started;
      twoFactorSecrets.set(a, started.body.secret);
      return a.post("/api/auth/two-factor/confirm", { code: await totpNow(started.body.secret) });
    },
    expected: signedInOnly(200),
  },
  {
    name: "POST new recovery codes",
    call: (a) => a.post("/api/auth/two-factor/recovery-codes", { password: PASSWORD }),
    expected: signedInOnly(200),
  },
  {
    name: "POST two-factor off with the password and a code",
    call: async (a) => {
      const secret = twoFactorSecrets.get(a);
      const code = secret ? await totpNow(secret) : "123456";
      return a.post("/api/auth/two-factor/disable", { password: PASSWORD, code });
    },
    expected: signedInOnly(200),
  },
  {
    name: "POST a sign-in code with no password sign-in before it",
    call: (a) => a.post("/api/auth/sign-in/two-factor", { code: "123456" }),
    expected: sameForEveryone(401),
  },
  {
    name: "PATCH the practice's two-factor requirement",
    call: (a) => a.patch("/api/practice", { requireTwoFactorForCoaches: false }),
    expected: {
      coach: 403,
      admin: 200,
      client: 403,
      sponsor: 403,
      otherCoach: 403,
      otherClient: 403,
      outsider: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET me",
    call: (a) => a.get("/api/me"),
    expected: {
      coach: 200,
      admin: 200,
      client: 200,
      sponsor: 200,
      otherCoach: 200,
      otherClient: 200,
      outsider: 200,
      anonymous: 401,
    },
  },
];

describe.each(databaseKinds())("access control on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: TableWorld;

  beforeAll(async () => {
    const built = await buildWorld(t.current);
    world = { ...built, feedback: await buildFeedbackRecords(t.current, built) };
  });

  describe.each(CASES)("$name", ({ call, expected }) => {
    it.each(ROLES)("answers %s as the table says", async (role) => {
      const response = await call(agentOf(world, role), world);
      expect(response.status, JSON.stringify(response)).toBe(expected[role]);
    });
  });

  it("lists each engagement only to the people in it and the practice admin", async () => {
    type Listed = {
      id: string;
      coach: { id: string };
      client: { id: string };
      sponsor: { id: string } | null;
    };
    const list = async (role: Role) => {
      const response = await agentOf(world, role).get("/api/engagements");
      expect(response.body.nextCursor, role).toBeNull();
      return response.body.items as Listed[];
    };
    const ids = (items: Listed[]) => items.map((e) => e.id);

    const forClient = await list("client");
    expect(ids(forClient)).toContain(world.engagement.id);
    expect(forClient.every((e) => e.client.id === world.client.id)).toBe(true);
    expect(ids(await list("sponsor"))).toEqual([world.engagement.id]);
    const forCoach = await list("coach");
    expect(ids(forCoach)).toContain(world.engagement.id);
    expect(forCoach.every((e) => e.coach.id === world.coach.id)).toBe(true);
    expect(ids(await list("admin"))).toEqual(
      expect.arrayContaining([world.engagement.id, world.otherEngagement.id]),
    );
    expect(ids(await list("otherCoach"))).toEqual([world.otherEngagement.id]);
    expect(ids(await list("otherClient"))).toEqual([world.otherEngagement.id]);
    expect(ids(await list("outsider"))).toEqual([world.outsiderEngagement.id]);
    expect((await world.anonymous.get("/api/engagements")).status).toBe(401);
  });

  it("shows a coach only their own clients and the admin every client of the practice", async () => {
    const emails = async (role: Role) =>
      (
        await listAllPages<{ email: string }>(agentOf(world, role), "", 1, "/api/clients")
      ).items.map((c) => c.email);
    expect(await emails("coach")).toEqual([world.client.email]);
    expect(await emails("otherCoach")).toEqual([world.otherClient.email]);
    expect((await emails("admin")).sort()).toEqual(
      [world.client.email, world.otherClient.email].sort(),
    );
    expect(await emails("outsider")).toEqual([world.outsiderClient.email]);
  });

  it("keeps one practice's mail out of another practice's outbox", async () => {
    const mine = (await world.admin.agent.get("/api/outbox")).body as { id: string; to: string }[];
    const theirs = (await world.outsider.agent.get("/api/outbox")).body as {
      id: string;
      to: string;
    }[];
    expect(mine.map((m) => m.to)).toContain(world.client.email);
    expect(theirs.map((m) => m.to)).not.toContain(world.client.email);
    const someMail = mine[0];
    if (!someMail) throw new Error("the admin's outbox is empty");
    expect((await world.outsider.agent.get(`/api/outbox/${someMail.id}`)).status).toBe(404);
    expect((await world.admin.agent.get(`/api/outbox/${someMail.id}`)).status).toBe(200);
  });

  it("lets only the inviter or the admin see and revoke an invitation", async () => {
    const sent = await world.coach.agent.post("/api/invitations", {
      email: "pending-client@example.com",
      role: "client",
    });
    expect(sent.status).toBe(201);
    const id = sent.body.id as string;
    const seenBy = async (role: Role) =>
      ((await agentOf(world, role).get("/api/invitations")).body as { id: string }[]).map(
        (i) => i.id,
      );
    expect(await seenBy("coach")).toContain(id);
    expect(await seenBy("admin")).toContain(id);
    expect(await seenBy("otherCoach")).not.toContain(id);
    expect(await seenBy("outsider")).not.toContain(id);
    for (const role of ["otherCoach", "outsider"] as const) {
      expect((await agentOf(world, role).delete(`/api/invitations/${id}`)).status).toBe(404);
    }
    for (const role of ["client", "sponsor"] as const) {
      expect((await agentOf(world, role).delete(`/api/invitations/${id}`)).status).toBe(403);
    }
    expect((await world.anonymous.delete(`/api/invitations/${id}`)).status).toBe(401);
    expect((await world.coach.agent.delete(`/api/invitations/${id}`)).status).toBe(204);
    expect((await world.coach.agent.delete(`/api/invitations/${id}`)).status).toBe(409);
  });

  it("does not let a coach open an engagement with a client or sponsor of another practice", async () => {
    const response = await world.coach.agent.post("/api/engagements", {
      clientId: world.client.id,
      title: "Sponsored elsewhere",
      startDate: "2027-02-01",
      sessionsPlanned: 3,
      sponsorId: world.outsider.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { path: "sponsorId", message: "Choose one of your sponsors" },
    ]);
  });

  it("shows a coach's 360 feedback campaigns on their own dashboard only, the admin's included", async () => {
    const campaignIds = async (role: Role) =>
      (
        await listAllPages<{ id: string }>(agentOf(world, role), "", 100, "/api/feedback-campaigns")
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
});
