import { describe, expect, it } from "vitest";
import { nextStep, stageHolds, type Viewer } from "./next-step";
import { STAGES } from "./stages";

const VIEWERS: Viewer[] = ["coach", "client", "sponsor"];

// What Keel cannot do yet: a stage names these only once the feature exists.
const FALSE_PROMISES = [/check[- ]in (every|at)/i, /you will be told/i, /re-take/i];

describe("what comes next in each stage", () => {
  it("tells every viewer something in every stage, and promises no feature Keel lacks", () => {
    for (const stage of STAGES) {
      for (const viewer of VIEWERS) {
        const text = nextStep(stage, viewer);
        expect(text.length).toBeGreaterThan(10);
        for (const promise of FALSE_PROMISES) expect(text).not.toMatch(promise);
      }
    }
  });

  it("has planning write SMART goals and an action plan from the development profile", () => {
    for (const viewer of ["coach", "client"] as const) {
      const text = nextStep("planning", viewer);
      expect(text).toMatch(/^Write (your )?SMART goals and (an )?action plan with your/);
      expect(text).toMatch(/development profile and (the )?assessment results/);
      expect(text).not.toMatch(/outside Keel/);
    }
    expect(nextStep("planning", "coach")).toMatch(
      /Sessions start once a goal has a measure and a plan/,
    );
  });

  it("names stakeholder pulses in active sessions, now that Keel runs them", () => {
    expect(nextStep("active", "client")).toMatch(/anonymous pulse on your goal behaviours/);
    expect(nextStep("active", "coach")).toMatch(/once you turn pulses on/);
  });

  it("names the sessions and check-ins Keel now holds, and says plainly what it does not hold yet", () => {
    expect(nextStep("active", "client")).toMatch(/^Book your one-to-one sessions/);
    expect(nextStep("active", "client")).toMatch(/weekly check-in/);
    expect(nextStep("active", "coach")).toMatch(/notes and commitments on its page/);
    expect(nextStep("sustaining", "client")).toMatch(/weekly check-in goes on until you stop it/);
  });

  it("names the sustain plan and its self check-ins in sustaining, now that Keel holds them", () => {
    for (const viewer of ["coach", "client"] as const) {
      const text = nextStep("sustaining", viewer);
      expect(text).toMatch(/sustain plan/);
      expect(text).toMatch(/30, 60 and 90 days after the end/);
      expect(text).not.toMatch(/no plan for after the coaching/);
    }
    expect(nextStep("sustaining", "coach")).toMatch(/only if they allow it/);
  });

  it("holds the final review in review, with both reflections shown once both have shared", () => {
    for (const viewer of ["coach", "client"] as const) {
      const text = nextStep("review", viewer);
      expect(text).toMatch(/^Hold the final review with your (client|coach)/);
      expect(text).toMatch(/outcome for each goal/);
      expect(text).toMatch(/side by side once you have both shared/);
    }
    expect(nextStep("review", "sponsor")).not.toMatch(/reflection/);
  });

  it("asks the client for their own assessment work first", () => {
    expect(nextStep("assessment", "client")).toMatch(/^Complete your self-reflection/);
  });
});

describe("what a stage holds, told before a move", () => {
  it("is what the coach does next in that stage", () => {
    for (const stage of STAGES.filter((s) => s !== "closed")) {
      expect(stageHolds(stage)).toBe(nextStep(stage, "coach"));
    }
  });

  it("says what closing does: final, nothing new assigned, the work still readable", () => {
    const closing = stageHolds("closed");
    expect(closing).toMatch(/final/);
    expect(closing).toMatch(/can't be reopened/);
    expect(closing).toMatch(/Nothing new can be assigned/);
    expect(closing).toMatch(/stays in Keel to read/);
  });
});
