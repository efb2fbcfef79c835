import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../src/domain/assessment/instrument";
import { reportForProposals } from "../../src/domain/development/feedback-proposals";
import type { CompetencyModel, Rating } from "../../src/domain/feedback/competency-model";
import { DEFAULT_GROUP_LIMITS } from "../../src/domain/feedback/rater-groups";
import { buildReport } from "../../src/domain/feedback/report";
import type { Database } from "../../src/server/db/database";
import { developmentEntry, engagement, feedbackCampaign } from "../../src/server/db/schema";
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

  /** A new engagement whose client submitted a questionnaire: very high on Conscientiousness,
   * very low on Extraversion, middling elsewhere. */
  async function engagementWithEvidence() {
    const id = (await openEngagement(coach, client)).id;
    const ipip50 = t.current.ctx.instruments.newest("ipip-bffm-50")
      ?.definition as InstrumentDefinition;
    const aims: Record<string, number> = { conscientiousness: 5, extraversion: 1 };
    const answers: Record<string, number> = {};
    for (const scale of ipip50.scales) {
      for (const itemId of scale.items) {
        const aim = aims[scale.id] ?? 3;
        const keyed = ipip50.items.find((item) => item.id === itemId)?.keyed;
        answers[itemId] = keyed === "+" ? aim : 6 - aim;
      }
    }
    const assessment = await assignAssessment(coach, id, "ipip-bffm-50");
    await client.agent.put(`/api/assessments/${assessment.id}/answers`, { answers });
    await client.agent.post(`/api/assessments/${assessment.id}/submit`);
    return id;
  }

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "dev");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = await engagementWithEvidence();
    profileUrl = `/api/engagements/${engagementId}/development-profile`;
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
    expect(after.setAside.map((p: { key: string }) => p.key)).toEqual([first.key]);
  });

  it("brings a suggestion that was set aside back, for either party", async () => {
    const url = `/api/engagements/${await engagementWithEvidence()}/development-profile`;
    const [first] = (await client.agent.get(url)).body.proposals;
    await client.agent.post(`${url}/dismissals`, { proposalKey: first.key });
    const restore = `${url}/dismissals/${encodeURIComponent(first.key)}`;
    expect((await coach.agent.delete(restore)).status).toBe(204);
    const after = (await client.agent.get(url)).body;
    expect(after.proposals.map((p: { key: string }) => p.key)).toContain(first.key);
    expect(after.setAside.map((p: { key: string }) => p.key)).not.toContain(first.key);
    expect((await coach.agent.delete(restore)).status).toBe(204);
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

  it("proposes entries from the newest released 360 report only", async () => {
    const released = await insertCampaign(t.current.ctx.db, engagementId, {
      status: "released",
      releasedAt: new Date("2026-03-02T10:00:00Z"),
    });
    const olderRelease = await insertCampaign(t.current.ctx.db, engagementId, {
      status: "released",
      releasedAt: new Date("2026-01-05T10:00:00Z"),
    });
    const notReleased = await insertCampaign(t.current.ctx.db, engagementId, { status: "closed" });

    const response = await client.agent.get(profileUrl);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const fromFeedback = response.body.proposals.filter((p: { key: string }) =>
      p.key.startsWith("feedback:"),
    );
    expect(fromFeedback.map((p: { kind: string; title: string }) => [p.kind, p.title])).toEqual([
      ["strength", "Setting direction"],
      ["development_area", "Delivering results"],
      ["blind_spot", "Follows through on commitments."],
      ["hidden_strength", "Listens before deciding."],
    ]);
    const keys = fromFeedback.map((p: { key: string }) => p.key).join(" ");
    expect(keys).not.toContain(olderRelease);
    expect(keys).not.toContain(notReleased);
    expect(fromFeedback[2].evidence).toEqual([
      {
        type: "feedback",
        campaignId: released,
        competencyId: "results",
        itemId: "r1",
        label: "Follows through on commitments.",
        self: 5,
        others: 3,
        min: 1,
        max: 5,
      },
    ]);
  });

  it("accepts a 360 proposal and keeps its evidence with the entry", async () => {
    const { proposals } = (await coach.agent.get(profileUrl)).body;
    const blindSpot = proposals.find((p: { kind: string }) => p.kind === "blind_spot");
    const accepted = await coach.agent.post(`${profileUrl}/entries`, {
      kind: "blind_spot",
      title: blindSpot.title,
      detail: blindSpot.detail,
      proposalKey: blindSpot.key,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.evidence).toEqual(blindSpot.evidence);
    const after = (await client.agent.get(profileUrl)).body;
    const entry = after.entries.find((e: { id: string }) => e.id === accepted.body.id);
    expect(entry).toMatchObject({ kind: "blind_spot", proposalKey: blindSpot.key });
    expect(entry.evidence).toEqual(blindSpot.evidence);
    expect(after.proposals.map((p: { key: string }) => p.key)).not.toContain(blindSpot.key);
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

/** Three competencies of two behaviours, as a campaign keeps its copy of the model. */
const feedbackModel: CompetencyModel = {
  id: "keel-leadership",
  version: 1,
  name: "Keel leadership",
  summary: "For the development profile's tests.",
  instructions: "Rate how often you see each behaviour.",
  competencies: [
    {
      id: "direction",
      name: "Setting direction",
      description: "Where the team is going.",
      items: [
        { id: "d1", text: "Explains how the team's work fits the wider goals." },
        { id: "d2", text: "Sets clear priorities." },
      ],
    },
    {
      id: "people",
      name: "Developing others",
      description: "Helping people grow.",
      items: [
        { id: "p1", text: "Listens before deciding." },
        { id: "p2", text: "Gives useful feedback." },
      ],
    },
    {
      id: "results",
      name: "Delivering results",
      description: "Getting things done.",
      items: [
        { id: "r1", text: "Follows through on commitments." },
        { id: "r2", text: "Meets deadlines." },
      ],
    },
  ],
  openQuestions: [],
};

/**
 * A campaign written straight to the database with its report, as release freezes it. Others
 * rate direction 5, people 4 and results 3 (their average: 4); the client rates r1 5 (a blind
 * spot) and p1 2 (a hidden strength).
 */
async function insertCampaign(
  db: Database,
  engagementId: string,
  state: { status: "released" | "closed"; releasedAt?: Date },
): Promise<string> {
  const [owner] = await db
    .select({
      practiceId: engagement.practiceId,
      clientId: engagement.clientId,
      coachId: engagement.coachId,
    })
    .from(engagement)
    .where(eq(engagement.id, engagementId));
  if (!owner) throw new Error("no such engagement");
  const others: Record<string, Rating> = { d1: 5, d2: 5, p1: 4, p2: 4, r1: 3, r2: 3 };
  const report = buildReport({
    model: feedbackModel,
    threshold: 3,
    managerIdentified: false,
    self: { d1: 5, d2: 5, p1: 2, p2: 4, r1: 5, r2: 3 },
    responses: [1, 2, 3].map(() => ({ group: "peer" as const, ratings: others })),
    comments: [],
  });
  const closedAt = new Date("2026-01-01T00:00:00Z");
  const [row] = await db
    .insert(feedbackCampaign)
    .values({
      practiceId: owner.practiceId,
      engagementId,
      clientId: owner.clientId,
      createdBy: owner.coachId,
      status: state.status,
      modelSource: "built-in",
      modelId: feedbackModel.id,
      modelVersion: feedbackModel.version,
      model: feedbackModel,
      threshold: 3,
      groupLimits: DEFAULT_GROUP_LIMITS,
      deadline: "2025-12-31",
      timeZone: "Europe/London",
      closesAt: closedAt,
      closedAt,
      releasedAt: state.releasedAt ?? null,
      report,
      reportForProposals: reportForProposals(report),
    })
    .returning({ id: feedbackCampaign.id });
  return (row as { id: string }).id;
}
