import { describe, expect, it } from "vitest";
import { type SponsorVisibilityInput, sponsorView, viewKinds } from "./sponsor-visibility";
import { type AgreementTerms, normaliseTerms } from "./three-way-agreement";

const termsWith = (sponsorSees: AgreementTerms["sponsorSees"]) =>
  normaliseTerms({ purpose: "Purpose", goals: ["Goal"], sponsorSees });

const input: SponsorVisibilityInput = {
  stage: "review",
  sessionsUsed: 7,
  sessionsPlanned: 10,
  goals: [
    {
      id: "g1",
      title: "Delegate",
      status: "achieved",
      outcome: { client: "achieved", coach: "partly" },
    },
    { id: "g2", title: "Listen", status: "at_risk", outcome: null },
  ],
  inForce: termsWith(["goal-status", "goal-outcomes"]),
  consent: null,
  summary: "A good year.",
  items: [
    { kind: "feedback-report", id: "f1" },
    { kind: "assessment-result", id: "a1" },
  ],
  sharedItems: [],
};

describe("what the sponsor sees of an engagement", () => {
  it("shows every goal the terms allow while the client has not narrowed them", () => {
    const view = sponsorView(input);
    expect(view.sessions).toEqual({ used: 7, planned: 10 });
    expect(view.stage).toBe("review");
    expect(view.goals).toEqual([
      {
        id: "g1",
        title: "Delegate",
        status: "achieved",
        outcome: { client: "achieved", coach: "partly" },
      },
      { id: "g2", title: "Listen", status: "at_risk", outcome: null },
    ]);
    expect(view.summary).toBeNull();
    expect(view.items).toEqual([]);
  });

  it("keeps to the client's narrower choice, and never widens beyond the terms", () => {
    const narrowed = sponsorView({
      ...input,
      consent: { summary: false, goalStatus: ["g2"], goalOutcome: [] },
    });
    expect(narrowed.goals.map((g) => g.id)).toEqual(["g2"]);
    const titlesOnly = sponsorView({
      ...input,
      inForce: termsWith(["goal-titles"]),
      consent: { summary: true, goalStatus: ["g1"], goalOutcome: ["g1"] },
    });
    expect(titlesOnly.goals).toEqual([
      { id: "g1", title: "Delegate", status: null, outcome: null },
    ]);
    expect(titlesOnly.summary).toBe("A good year.");
  });

  it("shows no goal under terms without them, and only the engagement's facts then", () => {
    const view = sponsorView({
      ...input,
      inForce: termsWith([]),
      consent: { summary: false, goalStatus: ["g1"], goalOutcome: ["g1"] },
    });
    expect(view.goals).toEqual([]);
    expect(viewKinds(view)).toEqual([]);
  });

  it("follows the client's explicit choice alone while no agreement is in force", () => {
    expect(sponsorView({ ...input, inForce: null }).goals).toEqual([]);
    const chosen = sponsorView({
      ...input,
      inForce: null,
      consent: { summary: false, goalStatus: ["g1", "other-engagement"], goalOutcome: ["g2"] },
    });
    expect(chosen.goals).toEqual([
      { id: "g1", title: "Delegate", status: "achieved", outcome: null },
    ]);
  });

  it("shows a 360 report or an assessment result only if the client shared that very item", () => {
    const view = sponsorView({
      ...input,
      sharedItems: [
        { kind: "feedback-report", id: "f1" },
        { kind: "assessment-result", id: "someone-else" },
      ],
    });
    expect(view.items).toEqual([{ kind: "feedback-report", id: "f1" }]);
    expect(viewKinds(view)).toEqual(["goal-status", "goal-outcome", "feedback-report"]);
  });

  it("shows no summary that is blank, even when shared", () => {
    const view = sponsorView({
      ...input,
      summary: "  ",
      consent: { summary: true, goalStatus: [], goalOutcome: [] },
    });
    expect(view.summary).toBeNull();
  });
});
