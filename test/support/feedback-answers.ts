import { expect } from "vitest";
import type { Agent } from "./agent";
import { type Member, PASSWORD } from "./factories";
import type { InvitedRater } from "./feedback-factories";
import type { TestApp } from "./test-app";

/** What the survey and the self-rating show of the campaign's model. */
export interface SurveyModel {
  competencies: { id: string; name: string; items: { id: string }[] }[];
  openQuestions: { id: string; text?: string }[];
}

export const itemIdsOf = (model: SurveyModel) =>
  model.competencies.flatMap((competency) => competency.items.map((item) => item.id));

/** A rater's answers through their private link, then sent; returns the model they were shown. */
export async function answerSurvey(
  agent: Agent,
  rater: InvitedRater,
  rating: (itemIndex: number) => number | null,
  comments: Record<string, string> = {},
) {
  const survey = `/api/feedback/survey/${rater.token}`;
  const model: SurveyModel = (await agent.get(survey)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id, i) => [id, rating(i)]));
  const saved = await agent.put(`${survey}/answers`, { ratings, comments });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sent = await agent.post(`${survey}/submit`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return model;
}

/** The client rates themselves `rating` on every behaviour and submits. */
export async function rateSelf(client: Member, campaignId: string, rating: number) {
  const path = `/api/feedback-campaigns/${campaignId}/self-rating`;
  const model: SurveyModel = (await client.agent.get(path)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id) => [id, rating]));
  expect((await client.agent.put(path, { ratings })).status).toBe(200);
  const sent = await client.agent.post(`${path}/submit`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
}

/** A file's bytes as sent, e.g. a PDF: the agent reads bodies as text, which would garble them. */
export async function downloadAs(t: TestApp, member: Member, url: string) {
  const signIn = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email: member.email, password: PASSWORD },
    remoteAddress: "10.88.0.1",
  });
  expect(signIn.statusCode).toBe(200);
  const cookie = [signIn.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await t.app.inject({ method: "GET", url, headers: { cookie } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

/** A rater answers every behaviour with `rating` through their private link, and sends it. */
export async function answerAll(agent: Agent, token: string, rating: number) {
  const survey = `/api/feedback/survey/${token}`;
  const model: SurveyModel = (await agent.get(survey)).body.model;
  const ratings = Object.fromEntries(itemIdsOf(model).map((id) => [id, rating]));
  const saved = await agent.put(`${survey}/answers`, { ratings, comments: {} });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await agent.post(`${survey}/submit`)).status).toBe(200);
}
