import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { newCheckInToken } from "../../src/server/check-ins/links";
import { articleReply, checkIn, checkInLink } from "../../src/server/db/schema";
import type { Agent } from "./agent";
import { buildWorld, newAgent, uniqueEmail, type World } from "./factories";
import {
  BUILT_IN_MODEL_ID,
  collectingCampaign,
  createCampaign,
  daysFromToday,
  limitsAdmitting,
  moveCampaign,
  nominate,
  ratersOf,
} from "./feedback-factories";
import { writeGoal } from "./goal-factories";
import { lastMailTo, linkIn, type TestApp } from "./test-app";

// The API document's write routes, and a record for each route to act on: what the hostile
// input tests send their text to.

export const WRITE_METHODS = ["post", "put", "patch", "delete"] as const;

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
}

interface Operation {
  method: (typeof WRITE_METHODS)[number] | "get";
  path: string;
  parameters: { in: string; name: string }[];
  body: Schema | undefined;
}

/** Values of fields that must name a record that exists, by the field's name. */
export const knownValues: Record<string, string> = {
  modelId: BUILT_IN_MODEL_ID,
  copyOf: BUILT_IN_MODEL_ID,
  instrumentId: "ipip-neo-120",
};

export interface Records {
  world: World;
  roles: [string, Agent][];
  /** The id or token each kind of route's path parameter gets. */
  params(path: string, name: string): string;
  /** The key a record of the route's body is given: a real question's id where one is asked for. */
  recordKey(path: string): string;
  operations: Operation[];
}

/** A check-in link of this week, as the weekly mail would give the client. */
async function checkInLinkFor(t: TestApp, engagementId: string): Promise<string> {
  const { token, hash } = newCheckInToken();
  await t.ctx.db.insert(checkInLink).values({
    engagementId,
    week: daysFromToday(0),
    tokenHash: hash,
    expiresAt: new Date(Date.now() + 24 * 3_600_000),
  });
  return token;
}

async function pendingInvitation(t: TestApp, world: World) {
  const email = uniqueEmail("pending");
  const invited = await world.coach.agent.post("/api/invitations", {
    email,
    role: "client",
    name: "Pending Person",
  });
  expect(invited.status).toBe(201);
  const token = linkIn((await lastMailTo(t.ctx, email)).text, "/invitations/").split(
    "/invitations/",
  )[1];
  return { id: invited.body.id as string, token: token ?? "" };
}

export async function buildRecords(t: TestApp): Promise<Records> {
  const world = await buildWorld(t);
  const invitation = await pendingInvitation(t, world);
  const entry = await world.coach.agent.post(
    `/api/engagements/${world.engagement.id}/development-profile/entries`,
    { kind: "strength", title: "Listening well" },
  );
  const model = await world.coach.agent.post("/api/competency-models", {
    copyOf: BUILT_IN_MODEL_ID,
  });
  const nominating = await createCampaign(world.coach, world.engagement.id, {
    groupLimits: limitsAdmitting({ peer: 2 }),
  });
  await moveCampaign(world.coach, nominating.id, "nominating");
  const listed = await nominate(world.client, nominating.id, ratersOf({ peer: 1 }));
  const collecting = await collectingCampaign(t, world, { peer: 3 });
  const goal = await writeGoal(world.coach, world.engagement.id);
  const milestone = await world.coach.agent.post(`/api/goals/${goal.id}/milestones`, {
    title: "Halfway",
    dueOn: daysFromToday(10),
  });
  const planTemplate = await world.coach.agent.post("/api/plan-templates", {
    title: "A plan to start from",
    fromGoal: goal.id,
  });
  const measured = await world.coach.agent.post(`/api/goals/${goal.id}/measurements`, {
    value: 1,
    measuredOn: daysFromToday(0),
  });
  const session = await world.coach.agent.post(`/api/engagements/${world.engagement.id}/sessions`, {
    startsAt: new Date(Math.floor(Date.now() / 3_600_000 + 24 * 5) * 3_600_000).toISOString(),
    mode: "video",
  });
  expect(session.status).toBe(201);
  const agendaItem = await world.client.agent.post(`/api/sessions/${session.body.id}/agenda`, {
    text: "Delegating stretch work",
  });
  const commitment = await world.client.agent.post(`/api/sessions/${session.body.id}/commitments`, {
    text: "Hand over the budget review",
    ownerId: world.client.id,
    dueOn: daysFromToday(10),
  });
  expect(commitment.status).toBe(201);
  const series = await world.coach.agent.post(`/api/engagements/${world.engagement.id}/series`, {
    rrule: "FREQ=WEEKLY;COUNT=1",
    firstDate: daysFromToday(12),
    localTime: "07:00",
    timeZone: "Europe/London",
    mode: "phone",
    place: "+44 20 7946 0000",
  });
  expect(series.status, JSON.stringify(series.body)).toBe(201);
  const checkInToken = await checkInLinkFor(t, world.engagement.id);
  const [pastCheckIn] = await t.ctx.db
    .insert(checkIn)
    .values({
      engagementId: world.engagement.id,
      week: "2026-11-02",
      submittedBy: world.client.id,
      channel: "app",
      energy: 3,
    })
    .returning({ id: checkIn.id });
  const stakeholders = await world.client.agent.post(
    `/api/engagements/${world.engagement.id}/pulse-stakeholders`,
    { name: "Lena Fischer", email: uniqueEmail("stakeholder") },
  );
  expect(stakeholders.status, JSON.stringify(stakeholders.body)).toBe(201);
  const course = await world.coach.agent.post("/api/courses", {
    title: "A course to write",
    slug: "a-course-to-write",
    summary: "",
    cadence: { kind: "daily" },
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  const writtenArticle = await world.coach.agent.post("/api/articles", { title: "Hostile input" });
  const writtenSeries = await world.coach.agent.post("/api/article-series", { title: "Hostile" });
  const [reply] = await t.ctx.db
    .insert(articleReply)
    .values({
      articleId: writtenArticle.body.id,
      name: "A reader",
      email: "reader@example.com",
      body: "Thank you.",
    })
    .returning({ id: articleReply.id });
  const programme = await world.admin.agent.post("/api/programmes", {
    name: "Hostile programme",
    organisationName: "Acme",
    instrumentIds: [],
    competencyModelId: null,
    sessionsPlanned: 6,
    months: 6,
    courseId: null,
    pulseEveryWeeks: null,
  });
  expect(programme.status, JSON.stringify(programme.body)).toBe(201);
  const cohort = await world.admin.agent.post(`/api/programmes/${programme.body.id}/cohorts`, {
    name: "First",
    startDate: daysFromToday(30),
  });
  expect(cohort.status, JSON.stringify(cohort.body)).toBe(201);
  const document = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
  const survey = await newAgent(t).get(`/api/feedback/survey/${collecting.raters[1]?.token}`);
  const exercise = await world.client.agent.get(`/api/exercises/${world.exercise.id}`);
  const textQuestion = exercise.body.questions.find((q: { type: string }) => q.type === "text");
  const keys: Record<string, string> = {
    "/api/feedback/survey/{token}/answers": survey.body.model.openQuestions[0].id,
    "/api/feedback-campaigns/{id}/self-rating": survey.body.model.openQuestions[0].id,
    "/api/exercises/{id}/answers": textQuestion.id,
  };

  Object.assign(knownValues, {
    clientId: world.client.id,
    sponsorId: world.sponsor.id,
    templateId: world.coachTemplate.id,
  });
  const idOf: Record<string, string> = {
    invitations: invitation.id,
    clients: world.client.id,
    engagements: world.engagement.id,
    assessments: world.assessment.id,
    "development-entries": entry.body.id,
    "exercise-templates": world.coachTemplate.id,
    exercises: world.exercise.id,
    "competency-models": model.body.id,
    "feedback-campaigns": nominating.id,
    "feedback-raters": listed.raters[0].id,
    "feedback-comments": randomUUID(),
    outbox: randomUUID(),
    goals: goal.id,
    "goal-milestones": milestone.body.id,
    "goal-measurements": measured.body.measurements[0].id,
    "plan-templates": planTemplate.body.id,
    sessions: session.body.id,
    "session-agenda": agendaItem.body.id,
    "session-commitments": commitment.body.id,
    series: series.body.id,
    "check-ins": pastCheckIn?.id ?? "",
    "pulse-stakeholders": stakeholders.body.stakeholders[0].id,
    articles: writtenArticle.body.id,
    "article-series": writtenSeries.body.id,
    "article-replies": reply?.id ?? "",
    courses: course.body.id,
    programmes: programme.body.id,
    matching: world.coach.id,
  };
  return {
    world,
    roles: [
      ["coach", world.coach.agent],
      ["client", world.client.agent],
      ["practice admin", world.admin.agent],
      ["signed out", newAgent(t)],
    ],
    params(path, name) {
      if (name === "key" && path.includes("/reflections/")) return "final";
      if (name === "token" && path.startsWith("/api/check-in/")) return checkInToken;
      if (name === "cohortId") return cohort.body.id;
      if (name === "participantId") return randomUUID();
      if (name === "sponsorId") return world.sponsor.id;
      if (name === "token")
        return path.startsWith("/api/invitations")
          ? invitation.token
          : (collecting.raters[0]?.token ?? "");
      const resource = path.split("/")[2] ?? "";
      const id = idOf[resource];
      if (!id) throw new Error(`no record for ${path}`);
      return id;
    },
    recordKey: (path) => keys[path] ?? "k",
    operations: operationsOf(JSON.parse(document.body)),
  };
}

function operationsOf(document: { paths: Record<string, Record<string, any>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method as Operation["method"],
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.["application/json"]?.schema,
    })),
  );
}

export function urlOf(
  records: Records,
  operation: Operation,
  replace: Record<string, string> = {},
) {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(replace[name] ?? records.params(operation.path, name)),
  );
}

export const labelOf = (operation: Operation) =>
  `${operation.method.toUpperCase()} ${operation.path}`;
