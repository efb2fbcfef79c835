import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect } from "vitest";
import { engagement, mail } from "../../src/server/db/schema";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
  sameForEveryone,
} from "../support/access-table";
import type { Agent } from "../support/agent";
import { buildWorld, type Member, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Stakeholder pulses are the client's own work: the client and their coach read them; the coach
// alone sets how often they go out and sends a round; either words the questions and adds
// stakeholders, and the party who did not add one approves them. The sponsor and a practice
// admin who is not the coach see the engagement but not this (403); for anyone else it does not
// exist (404). A stakeholder's link needs no account: the token is the only key.

const QUESTIONS = [
  { id: "listen", text: "Listens before deciding" },
  { id: "delegate", text: "Delegates whole tasks" },
  { id: "feedback", text: "Gives feedback in the moment" },
];

interface PulseWorld extends World {
  /** Added by the client, waiting for the coach's approval. */
  waitingId: string;
  approvedId: string;
  /** A stakeholder's link to an open round (of another engagement: the token is the key). */
  token: string;
}

let added = 0;
const newStakeholder = () => {
  added += 1;
  return { name: `Stakeholder ${added}`, email: `access-stakeholder-${added}@example.com` };
};

const CASES: Case<PulseWorld>[] = [
  {
    name: "GET the pulses",
    call: (a, w) => a.get(`${engagementUrl(w)}/pulses`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT the pulse settings",
    call: (a, w) => a.put(`${engagementUrl(w)}/pulse-settings`, { enabled: true, everyWeeks: 4 }),
    expected: { ...partiesOnly, coach: 200, client: 403 },
  },
  {
    name: "PUT the pulse questions",
    call: (a, w) => a.put(`${engagementUrl(w)}/pulse-questions`, { questions: QUESTIONS }),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a stakeholder",
    call: (a, w) => a.post(`${engagementUrl(w)}/pulse-stakeholders`, newStakeholder()),
    expected: { ...partiesOnly, coach: 201, client: 201 },
  },
  {
    name: "POST the approval of a stakeholder the client added",
    call: (a, w) => a.post(`/api/pulse-stakeholders/${w.waitingId}/approve`),
    expected: { ...partiesOnly, coach: 200, client: 403 },
  },
  {
    name: "DELETE a stakeholder",
    call: (a, w) => a.delete(`/api/pulse-stakeholders/${w.approvedId}`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "POST a round now",
    call: (a, w) => a.post(`${engagementUrl(w)}/pulse-rounds`),
    expected: { ...partiesOnly, coach: 201, client: 403 },
  },
  {
    name: "GET a pulse through its link",
    call: (a, w) => a.get(`/api/pulse/${w.token}`),
    expected: sameForEveryone(200),
  },
  {
    name: "PUT answers through a pulse link",
    call: (a, w) => a.put(`/api/pulse/${w.token}/answers`, { ratings: { listen: 4 } }),
    expected: sameForEveryone(200),
  },
  {
    name: "POST a pulse through a forged link",
    call: (a) => a.post(`/api/pulse/${"A".repeat(43)}/submit`),
    expected: sameForEveryone(404),
  },
];

async function addAndApprove(agent: Agent, approver: Agent, engagementId: string) {
  const response = await agent.post(
    `/api/engagements/${engagementId}/pulse-stakeholders`,
    newStakeholder(),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const id: string = response.body.stakeholders.at(-1).id;
  const approved = await approver.post(`/api/pulse-stakeholders/${id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return id;
}

async function approvedStakeholders(coach: Member, client: Member, engagementId: string) {
  await client.agent.put(`/api/engagements/${engagementId}/pulse-questions`, {
    questions: QUESTIONS,
  });
  const ids: string[] = [];
  for (let i = 0; i < 3; i++)
    ids.push(await addAndApprove(client.agent, coach.agent, engagementId));
  return ids;
}

describe.each(databaseKinds())("access to stakeholder pulses on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: PulseWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const db = t.current.ctx.db;
    for (const id of [base.engagement.id, base.otherEngagement.id])
      await db.update(engagement).set({ stage: "active" }).where(eq(engagement.id, id));
    const [approvedId] = await approvedStakeholders(base.coach, base.client, base.engagement.id);
    // A fourth, so that removing one leaves the three a round needs.
    await addAndApprove(base.client.agent, base.coach.agent, base.engagement.id);
    const waiting = await base.client.agent.post(
      `/api/engagements/${base.engagement.id}/pulse-stakeholders`,
      newStakeholder(),
    );
    const waitingId: string = waiting.body.stakeholders.at(-1).id;

    await approvedStakeholders(base.otherCoach, base.otherClient, base.otherEngagement.id);
    const sent = await base.otherCoach.agent.post(
      `/api/engagements/${base.otherEngagement.id}/pulse-rounds`,
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const [link] = await db
      .select()
      .from(mail)
      .where(and(like(mail.subject, "%asks for your view%"), like(mail.text, "%/pulse/%")));
    const token = /\/pulse\/([\w-]+)/.exec(link?.text ?? "")?.[1] ?? "";
    world = { ...base, waitingId, approvedId: approvedId ?? "", token };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
