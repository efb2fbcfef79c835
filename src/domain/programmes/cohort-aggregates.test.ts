import { describe, expect, it } from "vitest";
import { aggregateFor, type ParticipantFacts, sponsorAggregates } from "./cohort-aggregates";

function people(
  cohortId: string,
  count: number,
  facts: Partial<ParticipantFacts> = {},
): ParticipantFacts[] {
  return Array.from({ length: count }, (_, i) => ({
    participantId: `${cohortId}-${String(i).padStart(2, "0")}`,
    cohortId,
    attributes: { stage: "active" },
    started: true,
    sessionsHeld: 2,
    goalsAchieved: 1,
    competencyChange: {},
    ...facts,
  }));
}

describe("the sponsor's aggregates", () => {
  it("withholds a cohort under k from every figure, so programme minus the others says nothing", () => {
    const result = sponsorAggregates({
      participants: [...people("c1", 10), ...people("c2", 8), ...people("c3", 3)],
      filters: [],
      competencyIds: [],
    });
    expect(result.withheldCohorts).toEqual(["c3"]);
    expect(aggregateFor(result, {}).view?.figures).toEqual({
      participants: 18,
      started: 18,
      sessionsHeld: 36,
      goalsAchieved: 18,
    });
    expect(aggregateFor(result, { cohort: "c2" }).view?.figures?.participants).toBe(8);
    expect(aggregateFor(result, { cohort: "c3" }).refusal?.code).toBe("too_few");
  });

  it("refuses a filter that holds one person, in words a route can send", () => {
    const result = sponsorAggregates({
      participants: [
        ...people("c1", 9),
        { ...people("c1", 1, { attributes: { stage: "review" } })[0], participantId: "c1-r" },
      ] as ParticipantFacts[],
      filters: [{ stage: "review" }],
      competencyIds: [],
    });
    const { refusal } = aggregateFor(result, { stage: "review" });
    expect(refusal).toEqual({
      code: "too_few",
      message:
        "Figures are shown only for groups of at least 5 participants, and this one has fewer.",
    });
  });

  it("refuses a filter whose complement inside a shown view is under k", () => {
    const participants = [
      ...people("c1", 6),
      ...people("c1", 4, { attributes: { stage: "review" } }).map((p, i) => ({
        ...p,
        participantId: `c1-r${i}`,
      })),
    ];
    const result = sponsorAggregates({
      participants,
      filters: [{ stage: "active" }],
      competencyIds: [],
    });
    expect(aggregateFor(result, { stage: "active" }).refusal?.code).toBe("would_isolate");
    expect(aggregateFor(result, {}).view?.figures?.participants).toBe(10);
  });

  it("refuses a view the page does not offer", () => {
    const result = sponsorAggregates({
      participants: people("c1", 6),
      filters: [],
      competencyIds: [],
    });
    expect(aggregateFor(result, { region: "north" }).refusal?.code).toBe("not_offered");
  });

  it("shows nothing for a programme under k, and never lowers k below 5", () => {
    const result = sponsorAggregates({
      participants: people("c1", 4),
      filters: [],
      competencyIds: [],
      threshold: 3,
    });
    expect(result.threshold).toBe(5);
    expect(result.views.every((view) => view.figures === null)).toBe(true);
  });

  it("shows a competency's change only over k or more with both rounds", () => {
    const result = sponsorAggregates({
      participants: [
        ...people("c1", 5, { competencyChange: { listening: 0.5 } }),
        ...people("c2", 5, { competencyChange: { listening: 1 } }).slice(0, 4),
        ...people("c2", 5).slice(4),
      ],
      filters: [],
      competencyIds: ["listening"],
    });
    const programme = aggregateFor(result, {}).view;
    expect(programme?.competencies).toEqual([
      {
        competencyId: "listening",
        participants: 5,
        meanChange: 0.5,
        interval: { low: 0.5, high: 0.5 },
        refusal: null,
      },
    ]);
    expect(aggregateFor(result, { cohort: "c2" }).view?.competencies[0]?.refusal?.code).toBe(
      "too_few",
    );
    expect(result.competencies).toEqual([{ competencyId: "listening", withheldCohorts: ["c2"] }]);
  });

  it("gives each competency's mean change its 95% interval over the group's spread", () => {
    const changes = [0, 0.25, 0.5, 0.75, 1];
    const result = sponsorAggregates({
      participants: people("c1", 5).map((person, i) => ({
        ...person,
        competencyChange: { listening: changes[i] as number },
      })),
      filters: [],
      competencyIds: ["listening"],
    });
    // s = 0.3953, s/√5 = 0.1768, t(4) = 2.776: 0.5 ± 0.49
    expect(aggregateFor(result, {}).view?.competencies[0]).toMatchObject({
      meanChange: 0.5,
      interval: { low: 0.01, high: 0.99 },
    });
  });

  it("shows a cohort of exactly k and withholds one of k - 1", () => {
    const result = sponsorAggregates({
      participants: [...people("c1", 5), ...people("c2", 4)],
      filters: [],
      competencyIds: [],
    });
    expect(aggregateFor(result, { cohort: "c1" }).view?.figures?.participants).toBe(5);
    expect(aggregateFor(result, { cohort: "c2" }).refusal?.code).toBe("too_few");
    expect(aggregateFor(result, {}).view?.figures?.participants).toBe(5);
  });

  it("names no competency the model lacks, whatever the scores hold", () => {
    const result = sponsorAggregates({
      participants: [...people("c1", 5), ...people("c2", 1, { competencyChange: { secret: 2 } })],
      filters: [],
      competencyIds: ["listening"],
    });
    expect(result.competencies.map((c) => c.competencyId)).toEqual(["listening"]);
  });
});
