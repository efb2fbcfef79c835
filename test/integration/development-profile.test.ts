import { beforeAll, describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../src/domain/assessment/instrument";
import { developmentEntry } from "../../src/server/db/schema";
import {
  assignAssessment,
  assignExercise,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the development profile on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;
  let profileUrl: string;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "dev");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
    profileUrl = `/api/engagements/${engagementId}/development-profile`;
    const ipip50 = t.current.ctx.instruments.newest("ipip-bffm-50")
      ?.definition as InstrumentDefinition;
    // Very high on Conscientiousness (5s, keyed), very low on Extraversion, middling elsewhere.
    const aims: Record<string, number> = { conscientiousness: 5, extraversion: 1 };
    const answers: Record<string, number> = {};
    for (const scale of ipip50.scales) {
      for (const itemId of scale.items) {
        const aim = aims[scale.id] ?? 3;
        const keyed = ipip50.items.find((item) => item.id === itemId)?.keyed;
        answers[itemId] = keyed === "+" ? aim : 6 - aim;
      }
    }
    const { id } = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    await client.agent.put(`/api/assessments/${id}/answers`, { answers });
    await client.agent.post(`/api/assessments/${id}/submit`);
  });

  it("proposes entries from the personality results, with their evidence", async () => {
    const response = await client.agent.get(profileUrl);
    expect(response.status).toBe(200);
    expect(response.body.entries).toEqual([]);
    expect(
      response.body.proposals.map((p: { kind: string; title: string }) => [p.kind, p.title]),
    ).toEqual([
      ["strength", "High Conscientiousness"],
      ["development_area", "Low Extraversion (Surgency)"],
    ]);
    expect(response.body.proposals[0].evidence).toEqual([
      expect.objectContaining({
        type: "personality",
        scaleId: "conscientiousness",
        score: 5,
        min: 1,
        max: 5,
      }),
    ]);
  });

  it("accepts a proposal with an edited title, keeping its evidence, once", async () => {
    const { proposals } = (await coach.agent.get(profileUrl)).body;
    const strength = proposals.find((p: { kind: string }) => p.kind === "strength");
    const accepted = await coach.agent.post(`${profileUrl}/entries`, {
      kind: "strength",
      title: "Reliable follow-through",
      detail: strength.detail,
      proposalKey: strength.key,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body).toMatchObject({
      title: "Reliable follow-through",
      evidence: strength.evidence,
      createdBy: { id: coach.id },
    });
    const again = await client.agent.post(`${profileUrl}/entries`, {
      kind: "strength",
      title: "Twice",
      proposalKey: strength.key,
    });
    expect(again.status).toBe(409);
    const after = (await client.agent.get(profileUrl)).body;
    expect(after.entries).toHaveLength(1);
    expect(after.proposals.map((p: { key: string }) => p.key)).not.toContain(strength.key);
  });

  it("lets the client add, edit and remove their own entries", async () => {
    const added = await client.agent.post(`${profileUrl}/entries`, {
      kind: "development_area",
      title: "Speaking up in board meetings",
    });
    expect(added.status).toBe(201);
    expect(added.body.evidence).toEqual([]);
    const edited = await coach.agent.patch(`/api/development-entries/${added.body.id}`, {
      detail: "Agreed in our first session.",
    });
    expect(edited.body).toMatchObject({
      detail: "Agreed in our first session.",
      updatedBy: { id: coach.id },
    });
    expect((await client.agent.delete(`/api/development-entries/${added.body.id}`)).status).toBe(
      204,
    );
    const after = (await client.agent.get(profileUrl)).body;
    expect(after.entries.map((e: { id: string }) => e.id)).not.toContain(added.body.id);
    expect((await client.agent.delete(`/api/development-entries/${added.body.id}`)).status).toBe(
      404,
    );
  });

  it("dismisses a proposal so it is not proposed again", async () => {
    const { proposals } = (await client.agent.get(profileUrl)).body;
    const [first] = proposals;
    expect(
      (await client.agent.post(`${profileUrl}/dismissals`, { proposalKey: first.key })).status,
    ).toBe(204);
    const after = (await client.agent.get(profileUrl)).body;
    expect(after.proposals.map((p: { key: string }) => p.key)).not.toContain(first.key);
  });

  it("proposes the leadership wheel's strongest and weakest areas once it is submitted", async () => {
    const { id } = await assignExercise(coach, engagementId, "leadership-wheel");
    const answers = {
      vision: 9,
      communication: 6,
      "developing-others": 5,
      "decision-making": 6,
      delegation: 2,
      relationships: 6,
      "self-management": 5,
      results: 6,
      strongest: "Setting direction.",
      "grow-area": ["delegation"],
      "grow-why": "I hold on to too much.",
    };
    const saved = await client.agent.put(`/api/exercises/${id}/answers`, { answers });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await client.agent.post(`/api/exercises/${id}/submit`)).status).toBe(200);

    const { proposals } = (await coach.agent.get(profileUrl)).body;
    const fromWheel = proposals.filter((p: { key: string }) => p.key.startsWith("wheel:"));
    expect(fromWheel.map((p: { kind: string; title: string }) => [p.kind, p.title])).toEqual([
      ["strength", "Vision and direction"],
      ["development_area", "Delegation and empowerment"],
    ]);
    expect(fromWheel[1].evidence).toEqual([
      expect.objectContaining({
        type: "exercise",
        exerciseId: id,
        questionId: "delegation",
        question: "Delegation and empowerment",
        score: 2,
        min: 1,
        max: 10,
      }),
    ]);
  });

  it("still sends an entry whose evidence was kept before the range was recorded", async () => {
    const { proposals } = (await coach.agent.get(profileUrl)).body;
    const wheelArea = proposals.find((p: { key: string }) => p.key.startsWith("wheel:"));
    const { min: _, max: __, ...earlier } = wheelArea.evidence[0];
    const [old] = await t.current.ctx.db
      .insert(developmentEntry)
      .values({
        engagementId,
        kind: "strength",
        title: "Accepted last month",
        evidence: [earlier],
        createdBy: coach.id,
        updatedBy: coach.id,
      })
      .returning({ id: developmentEntry.id });
    const response = await client.agent.get(profileUrl);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const entry = response.body.entries.find((e: { id: string }) => e.id === old?.id);
    expect(entry.evidence).toEqual([earlier]);
    expect(entry.evidence[0]).not.toHaveProperty("max");
  });

  it.each([
    ["an unknown kind", { kind: "talent", title: "Something" }, "kind"],
    ["a short title", { kind: "strength", title: "ab" }, "title"],
    [
      "an unknown proposal",
      { kind: "strength", title: "Forged", proposalKey: "personality:x:y:strength" },
      "proposalKey",
    ],
  ])("refuses %s with a 400 and adds nothing", async (_, body, path) => {
    const before = (await coach.agent.get(profileUrl)).body.entries.length;
    const response = await coach.agent.post(`${profileUrl}/entries`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path })]);
    expect((await coach.agent.get(profileUrl)).body.entries).toHaveLength(before);
  });
});
