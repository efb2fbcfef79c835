import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { Agent } from "./agent";
import { lastMailTo, linkIn, type TestApp } from "./test-app";

export const PASSWORD = "correct horse battery";

let agents = 0;
/** Each agent comes from its own loopback address, so per-address rate limits stay per person. */
export function newAgent(t: TestApp): Agent {
  agents += 1;
  return new Agent(t.app, `127.0.${(agents >> 8) & 255}.${agents & 255}`);
}

export const uniqueEmail = (label: string) =>
  `${label}-${randomBytes(4).toString("hex")}@example.com`;

export interface Member {
  agent: Agent;
  id: string;
  email: string;
  name: string;
}

/** A coach who opened a practice and confirmed their address through the mailed link. */
export async function signUpCoach(t: TestApp, label = "coach"): Promise<Member> {
  const coach = await signUpUnverifiedCoach(t, label);
  const mail = await lastMailTo(t.ctx, coach.email);
  const token = new URL(linkIn(mail.text, "/verify-address")).searchParams.get("token");
  const verified = await newAgent(t).post("/api/auth/address/verify", { token });
  expect(verified.status, JSON.stringify(verified.body)).toBe(204);
  return coach;
}

export async function signUpUnverifiedCoach(t: TestApp, label = "coach"): Promise<Member> {
  const agent = newAgent(t);
  const email = uniqueEmail(label);
  const name = `Coach ${label}`;
  const response = await agent.post("/api/auth/sign-up", {
    name,
    email,
    password: PASSWORD,
    practiceName: `${label} practice`,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { agent, id: response.body.user.id, email, name };
}

export async function invite(
  t: TestApp,
  inviter: Member,
  role: "coach" | "client" | "sponsor",
  label: string = role,
) {
  const email = uniqueEmail(label);
  const response = await inviter.agent.post("/api/invitations", {
    email,
    role,
    name: `Invited ${label}`,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const mail = await lastMailTo(t.ctx, email);
  const token = linkIn(mail.text, "/invitations/").split("/invitations/")[1] ?? "";
  return { id: response.body.id as string, email, token };
}

export async function inviteAndAccept(
  t: TestApp,
  inviter: Member,
  role: "coach" | "client" | "sponsor",
  label: string = role,
): Promise<Member> {
  const invitation = await invite(t, inviter, role, label);
  const agent = newAgent(t);
  const name = `${role} ${label}`;
  const response = await agent.post(`/api/invitations/token/${invitation.token}/accept`, {
    name,
    password: PASSWORD,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { agent, id: response.body.user.id, email: invitation.email, name };
}

export async function openEngagement(
  coach: Member,
  client: Member,
  sponsor?: Member,
  facts: { title?: string; startDate?: string } = {},
) {
  const response = await coach.agent.post("/api/engagements", {
    clientId: client.id,
    title: facts.title ?? `Growth plan for ${client.name}`,
    startDate: facts.startDate ?? "2026-12-01",
    sessionsPlanned: 6,
    sponsorId: sponsor?.id ?? null,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; stage: string; startDate: string };
}

/** Every row an agent may list (engagements unless told), page after page, with the pages as they came. */
export async function listAllPages<Row = { id: string; startDate: string }>(
  agent: Agent,
  query = "",
  limit = 100,
  path = "/api/engagements",
) {
  const pages: Row[][] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", String(limit));
    if (cursor) params.set("cursor", cursor);
    const response = await agent.get(`${path}?${params}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    pages.push(response.body.items);
    cursor = response.body.nextCursor;
    if (pages.length > 1000) throw new Error("the pages never end");
  } while (cursor);
  return { pages, items: pages.flat() };
}

/**
 * Two practices. In the first: its admin, a coach with a client and a sponsor in an engagement,
 * another coach with another client; the client has one questionnaire open and one submitted,
 * and one exercise open and one submitted (from the coach's own template).
 * The second practice has its own coach, client and engagement.
 */
export async function buildWorld(t: TestApp) {
  const admin = await signUpCoach(t, "admin");
  const coach = await inviteAndAccept(t, admin, "coach", "coach");
  const otherCoach = await inviteAndAccept(t, admin, "coach", "other-coach");
  const client = await inviteAndAccept(t, coach, "client", "client");
  const sponsor = await inviteAndAccept(t, coach, "sponsor", "sponsor");
  const otherClient = await inviteAndAccept(t, otherCoach, "client", "other-client");
  const engagement = await openEngagement(coach, client, sponsor);
  const otherEngagement = await openEngagement(otherCoach, otherClient);

  const assessment = await assignAssessment(coach, engagement.id, "ipip-neo-120");
  const submittedAssessment = await assignAssessment(coach, engagement.id, "ipip-bffm-50");
  await client.agent.put(`/api/assessments/${submittedAssessment.id}/answers`, {
    answers: { E1: 4, A1: 2 },
  });
  await client.agent.post(`/api/assessments/${submittedAssessment.id}/submit`);

  const coachTemplate = await writeTemplate(coach, QUICK_TEMPLATE);
  const exercise = await assignExercise(coach, engagement.id, "leadership-wheel");
  const submittedExercise = await assignExercise(coach, engagement.id, coachTemplate.id);
  await client.agent.put(`/api/exercises/${submittedExercise.id}/answers`, {
    answers: { word: "Steady" },
  });
  await client.agent.post(`/api/exercises/${submittedExercise.id}/submit`);

  const outsider = await signUpCoach(t, "outsider");
  const outsiderClient = await inviteAndAccept(t, outsider, "client", "outsider-client");
  const outsiderEngagement = await openEngagement(outsider, outsiderClient);

  return {
    admin,
    coach,
    otherCoach,
    client,
    sponsor,
    otherClient,
    outsider,
    outsiderClient,
    anonymous: newAgent(t),
    engagement,
    otherEngagement,
    outsiderEngagement,
    /** An IPIP-NEO-120 assigned to the client, not yet answered. */
    assessment,
    /** An IPIP 50-item questionnaire the client submitted. */
    submittedAssessment,
    /** The coach's own exercise template: QUICK_TEMPLATE. */
    coachTemplate,
    /** The leadership wheel assigned to the client, not yet answered. */
    exercise,
    /** The coach's template assigned to the client and submitted. */
    submittedExercise,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A coach's template of one optional question: assigned, it can be submitted at once. */
export const QUICK_TEMPLATE = {
  title: "One word",
  purpose: "A quick check-in.",
  instructions: "",
  questions: [
    { id: "word", type: "text", prompt: "One word for your week?", required: false, maxLength: 40 },
  ],
};

/** Writes an exercise template as a coach; returns the template. */
export async function writeTemplate(coach: Member, content: object) {
  const response = await coach.agent.post("/api/exercise-templates", content);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; title: string };
}

/** Assigns an exercise in an engagement as its coach; returns the exercise's summary. */
export async function assignExercise(coach: Member, engagementId: string, templateId: string) {
  const response = await coach.agent.post(`/api/engagements/${engagementId}/exercises`, {
    templateId,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; status: string; questionCount: number };
}

/** Assigns a questionnaire in an engagement as its coach; returns the assessment's summary. */
export async function assignAssessment(coach: Member, engagementId: string, instrumentId: string) {
  const response = await coach.agent.post(`/api/engagements/${engagementId}/assessments`, {
    instrumentId,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; status: string; itemCount: number };
}
