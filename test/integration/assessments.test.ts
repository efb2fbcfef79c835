import { beforeAll, describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../src/domain/assessment/instrument";
import { assessment, user } from "../../src/server/db/schema";
import {
  assignAssessment,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("assessments on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;
  let ipip50: InstrumentDefinition;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "assess");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
    ipip50 = t.current.ctx.instruments.newest("ipip-bffm-50")?.definition as InstrumentDefinition;
  });

  const url = (id: string, rest = "") => `/api/assessments/${id}${rest}`;

  /** Answers every statement: `plus` to plus-keyed ones, `minus` to minus-keyed ones. */
  const sheet = (plus: number, minus: number) =>
    Object.fromEntries(ipip50.items.map((item) => [item.id, item.keyed === "+" ? plus : minus]));

  it("offers the IPIP 50-item markers and the IPIP-NEO-120 to coaches", async () => {
    const response = await coach.agent.get("/api/instruments");
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "ipip-bffm-50", version: 1, itemCount: 50 }),
        expect.objectContaining({ id: "ipip-neo-120", version: 1, itemCount: 120 }),
      ]),
    );
  });

  it("assigns once: a second open assignment of the same questionnaire is a 409", async () => {
    const first = await assignAssessment(coach, engagementId, "ipip-neo-120");
    expect(first).toMatchObject({ status: "assigned", itemCount: 120, answered: 0 });
    const again = await coach.agent.post(`/api/engagements/${engagementId}/assessments`, {
      instrumentId: "ipip-neo-120",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_assigned");
    const list = await client.agent.get(`/api/engagements/${engagementId}/assessments`);
    expect(
      list.body.filter((a: { instrument: { id: string } }) => a.instrument.id === "ipip-neo-120"),
    ).toHaveLength(1);
  });

  it("refuses an unknown questionnaire with a 400 naming the field", async () => {
    const response = await coach.agent.post(`/api/engagements/${engagementId}/assessments`, {
      instrumentId: "mbti",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path: "instrumentId" })]);
  });

  it("saves each answer as given and shows them again when the client comes back", async () => {
    const { id } = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    const saved = await client.agent.put(url(id, "/answers"), { answers: { E1: 4, A1: 2 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toEqual({ status: "in_progress", answered: 2, itemCount: 50 });
    await client.agent.put(url(id, "/answers"), { answers: { E1: 5 } });

    const resumed = await client.agent.get(url(id));
    expect(resumed.body.answers).toEqual({ E1: 5, A1: 2 });
    expect(resumed.body.items).toHaveLength(50);
    expect(resumed.body.items[0]).toEqual({ id: ipip50.items[0]?.id, text: ipip50.items[0]?.text });
    const asCoach = await coach.agent.get(url(id));
    expect(asCoach.body).toMatchObject({ answered: 2, answers: null });
    await coach.agent.post(url(id, "/withdraw"));
  });

  it.each([
    ["an answer above the scale", { E1: 6 }, "answers.E1"],
    ["an answer below the scale", { E1: 0 }, "answers.E1"],
    ["a fractional answer", { E1: 2.5 }, "answers.E1"],
    ["an unknown statement, beside a good answer", { A1: 3, X99: 3 }, "answers.X99"],
  ])("refuses %s with a 400 and saves nothing", async (_, answers, path) => {
    const { id } = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    const response = await client.agent.put(url(id, "/answers"), { answers });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path })]);
    const after = await client.agent.get(url(id));
    expect(after.body).toMatchObject({ status: "assigned", answered: 0, answers: {} });
    await coach.agent.post(url(id, "/withdraw"));
  });

  it("refuses a body without answers", async () => {
    const { id } = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    expect((await client.agent.put(url(id, "/answers"), { answers: {} })).status).toBe(400);
    expect((await client.agent.put(url(id, "/answers"), {})).status).toBe(400);
    await coach.agent.post(url(id, "/withdraw"));
  });

  it("takes no answers once withdrawn, and no second submission", async () => {
    const withdrawn = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    expect((await coach.agent.post(url(withdrawn.id, "/withdraw"))).body.status).toBe("withdrawn");
    const late = await client.agent.put(url(withdrawn.id, "/answers"), { answers: { E1: 3 } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("assessment_withdrawn");
    expect((await client.agent.post(url(withdrawn.id, "/submit"))).status).toBe(409);

    const submitted = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    await client.agent.put(url(submitted.id, "/answers"), { answers: sheet(4, 2) });
    expect((await client.agent.post(url(submitted.id, "/submit"))).body.status).toBe("submitted");
    const again = await client.agent.post(url(submitted.id, "/submit"));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("assessment_submitted");
    const change = await client.agent.put(url(submitted.id, "/answers"), { answers: { E1: 1 } });
    expect(change.status).toBe(409);
    expect((await client.agent.get(url(submitted.id))).body.answers.E1).toBe(4);
    expect((await coach.agent.post(url(submitted.id, "/withdraw"))).status).toBe(409);
  });

  it("shows results only after submission, scored by the key", async () => {
    const { id } = await assignAssessment(coach, engagementId, "ipip-bffm-50");
    const early = await client.agent.get(url(id, "/results"));
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("not_submitted");

    // Agreeing (5) with every plus-keyed statement and disagreeing (1) with every minus-keyed one
    // is the top of every scale; leaving out three of Extraversion's ten leaves it unscored.
    const answers: Record<string, number> = sheet(5, 1);
    const extraversion = ipip50.scales.find((s) => s.id === "extraversion");
    for (const itemId of extraversion?.items.slice(0, 3) ?? []) delete answers[itemId];
    await client.agent.put(url(id, "/answers"), { answers });
    await client.agent.post(url(id, "/submit"));

    for (const viewer of [client, coach]) {
      const results = await viewer.agent.get(url(id, "/results"));
      expect(results.status, JSON.stringify(results.body)).toBe(200);
      const byId = Object.fromEntries(
        results.body.scales.map((s: { scaleId: string }) => [s.scaleId, s]),
      );
      expect(byId.extraversion).toMatchObject({ score: null, answered: 7, itemCount: 10 });
      expect(byId.extraversion.noScore.code).toBe("too_many_missing");
      for (const scale of ipip50.scales.filter((s) => s.id !== "extraversion")) {
        expect(byId[scale.id]).toMatchObject({ score: 5, band: null, percentile: null });
        expect(byId[scale.id].bandNote).toBeNull();
      }
      // One person in the practice: no comparison, and the reason said once, to coach and client alike.
      expect(results.body.population).toEqual({ size: 1, minimum: 30, normsAvailable: false });
      expect(results.body.comparison).toEqual({
        basis: "none",
        notes: [
          "Likely ranges and comparisons with other people appear once 30 people in the practice " +
            "have completed this questionnaire; 1 has so far. The IPIP publishes no norms to " +
            "compare with.",
        ],
      });
      expect(JSON.stringify(results.body)).not.toMatch(/more (is|are) needed|not available/i);
      expect(results.body.instrument.licenseStatement).toMatch(/public domain/i);
    }
  });

  it("says once, not on each of the 35 scales, why the IPIP-NEO-120 has no comparison yet", async () => {
    const soloCoach = await signUpCoach(t.current, "solo");
    const soloClient = await inviteAndAccept(t.current, soloCoach, "client", "solo-client");
    const solo = await openEngagement(soloCoach, soloClient);
    const { id } = await assignAssessment(soloCoach, solo.id, "ipip-neo-120");
    const neo = t.current.ctx.instruments.newest("ipip-neo-120")
      ?.definition as InstrumentDefinition;
    const answers = Object.fromEntries(neo.items.map((item) => [item.id, 4]));
    await soloClient.agent.put(url(id, "/answers"), { answers });
    await soloClient.agent.post(url(id, "/submit"));

    const results = await soloCoach.agent.get(url(id, "/results"));
    expect(results.status).toBe(200);
    expect(results.body.scales).toHaveLength(35);
    for (const scale of results.body.scales) {
      expect(scale).toMatchObject({ band: null, bandNote: null, percentile: null });
    }
    expect(results.body.comparison.basis).toBe("none");
    expect(results.body.comparison.notes).toHaveLength(1);
    expect(results.body.comparison.notes[0]).toContain("; 1 has so far.");
  });

  it("adds error bands and local percentiles once the practice has 30 responses", async () => {
    const other = await signUpCoach(t.current, "norms");
    const otherClient = await inviteAndAccept(t.current, other, "client", "norms-client");
    const otherEngagement = await openEngagement(other, otherClient);
    const entry = t.current.ctx.instruments.newest("ipip-bffm-50");
    const base = {
      practiceId: (await other.agent.get("/api/me")).body.practice.id,
      engagementId: otherEngagement.id,
      clientId: otherClient.id,
      instrumentId: "ipip-bffm-50",
      instrumentVersionId: entry?.versionId as string,
      assignedBy: other.id,
      status: "submitted" as const,
      submittedAt: new Date(),
    };
    // 29 earlier people's responses spread over the scale, then the client's own makes 30.
    const people = await t.current.ctx.db
      .insert(user)
      .values(
        Array.from({ length: 29 }, (_, n) => ({
          name: `Earlier client ${n}`,
          email: `earlier-${n}-${crypto.randomUUID()}@example.com`,
        })),
      )
      .returning({ id: user.id });
    await t.current.ctx.db.insert(assessment).values(
      people.map((person, n) => ({
        ...base,
        clientId: person.id,
        answers: Object.fromEntries(ipip50.items.map((item, i) => [item.id, ((n + i) % 5) + 1])),
      })),
    );
    const { id } = await assignAssessment(other, otherEngagement.id, "ipip-bffm-50");
    await otherClient.agent.put(url(id, "/answers"), { answers: sheet(4, 2) });
    await otherClient.agent.post(url(id, "/submit"));

    const results = await otherClient.agent.get(url(id, "/results"));
    expect(results.body.population).toMatchObject({ size: 30, normsAvailable: true });
    expect(results.body.comparison).toEqual({
      basis: "practice",
      notes: [
        "Likely ranges (95%) use the reliability the source publishes and the spread of scores " +
          "among the 30 people in the practice who completed this questionnaire; comparisons " +
          "are with the same people.",
      ],
    });
    for (const scale of results.body.scales) {
      expect(scale.score).toBe(4);
      expect(scale.band.low).toBeLessThan(4);
      expect(scale.band.high).toBeGreaterThan(4);
      expect(scale.band.alphaFrom).toBe("published");
      expect(scale.bandNote).toBeNull();
      expect(scale.percentile).toBeGreaterThan(50);
    }
    const asCoach = await other.agent.get(url(id, "/results"));
    expect(asCoach.body.comparison).toEqual(results.body.comparison);
    expect(asCoach.body.scales).toEqual(results.body.scales);

    // A retake counts at once in the norms, in place of the same person's earlier answers.
    const next = await assignAssessment(other, otherEngagement.id, "ipip-bffm-50");
    await otherClient.agent.put(url(next.id, "/answers"), { answers: sheet(2, 4) });
    await otherClient.agent.post(url(next.id, "/submit"));
    const [again, ...together] = await Promise.all(
      Array.from({ length: 5 }, () => otherClient.agent.get(url(id, "/results"))),
    );
    expect(again?.body.population.size).toBe(30);
    for (const response of together) expect(response.body).toEqual(again?.body);
    const before = results.body.scales[0].percentile;
    expect(again?.body.scales[0].percentile).toBeGreaterThan(before);
  });

  it("refuses to assign in a closed engagement", async () => {
    const closed = await openEngagement(coach, client);
    await coach.agent.post(`/api/engagements/${closed.id}/stage`, { to: "closed" });
    const response = await coach.agent.post(`/api/engagements/${closed.id}/assessments`, {
      instrumentId: "ipip-bffm-50",
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("engagement_closed");
  });
});
