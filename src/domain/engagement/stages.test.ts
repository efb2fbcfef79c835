import { describe, expect, it } from "vitest";
import { allowedTransitions, canTransition, STAGES } from "./stages";

describe("engagement stages", () => {
  it("moves a new engagement forward to planning or closes it early", () => {
    expect(allowedTransitions("assessment")).toEqual(["planning", "closed"]);
  });

  it("lets an active engagement step back to planning", () => {
    expect(allowedTransitions("active")).toEqual(["review", "planning", "closed"]);
  });

  it("lists closing only once from sustaining, where closing is also the next stage", () => {
    expect(allowedTransitions("sustaining")).toEqual(["closed", "review"]);
  });

  it("keeps a closed engagement closed", () => {
    expect(allowedTransitions("closed")).toEqual([]);
    for (const stage of STAGES) expect(canTransition("closed", stage)).toBe(false);
  });

  it("refuses skipping a stage and staying in place", () => {
    expect(canTransition("assessment", "active")).toBe(false);
    expect(canTransition("planning", "planning")).toBe(false);
  });
});
