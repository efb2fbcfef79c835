import { describe, expect, it } from "vitest";
import { type ClientWork, clientNextStep } from "./client-next-step";
import { nextStep } from "./next-step";

const NOTHING: ClientWork = {
  questionnaires: 0,
  exercises: 0,
  nominations: 0,
  selfRatings: 0,
  reportsReleased: 0,
  feedbackUnderway: 0,
};

describe("what comes next for a client, from their actual work", () => {
  it("names each kind of open work, counted", () => {
    const text = clientNextStep("assessment", {
      ...NOTHING,
      questionnaires: 2,
      exercises: 1,
      selfRatings: 1,
    });
    expect(text).toMatch(
      /^Fill in your 2 questionnaires, work through your reflection exercise and rate yourself for your 360 feedback, so you and your coach can see where to grow\.$/,
    );
  });

  it("asks for the rater list while a campaign waits on it", () => {
    expect(clientNextStep("assessment", { ...NOTHING, nominations: 1 })).toMatch(
      /^Nominate the colleagues to ask for your 360 feedback/,
    );
  });

  it("names a released report beside work still open", () => {
    expect(clientNextStep("assessment", { ...NOTHING, exercises: 1, reportsReleased: 1 })).toBe(
      "Work through your reflection exercise, so you and your coach can see where to grow. Your 360 feedback report is ready to read.",
    );
  });

  it("no longer asks for 360 feedback once the report is released: it points to the report", () => {
    const text = clientNextStep("assessment", { ...NOTHING, reportsReleased: 1 });
    expect(text).toBe(
      "Your 360 feedback report is ready to read. Then talk it through with your coach.",
    );
    expect(text).not.toMatch(/Complete your/);
  });

  it("tells a client with nothing open that nothing waits, and why", () => {
    expect(clientNextStep("assessment", NOTHING)).toMatch(/^Nothing is waiting for you now/);
    expect(clientNextStep("assessment", { ...NOTHING, feedbackUnderway: 1 })).toMatch(
      /360 feedback is under way/,
    );
  });

  it("stops announcing a released report once sessions are under way", () => {
    expect(clientNextStep("active", { ...NOTHING, reportsReleased: 1 })).toBe(
      nextStep("active", "client"),
    );
  });

  it("keeps what a later stage holds, after the open work or the report", () => {
    expect(clientNextStep("planning", NOTHING)).toBe(nextStep("planning", "client"));
    expect(clientNextStep("active", { ...NOTHING, exercises: 2 })).toBe(
      `Work through your 2 reflection exercises, so you and your coach can see where to grow. ${nextStep("active", "client")}`,
    );
    expect(clientNextStep("planning", { ...NOTHING, reportsReleased: 2 })).toBe(
      `Your 2 360 feedback reports are ready to read. ${nextStep("planning", "client")}`,
    );
  });

  it("says only the closing words once the engagement is closed", () => {
    expect(clientNextStep("closed", { ...NOTHING, questionnaires: 1 })).toBe(
      nextStep("closed", "client"),
    );
  });
});
