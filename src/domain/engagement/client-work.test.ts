import { describe, expect, it } from "vitest";
import type { EngagementRelation } from "./access";
import { mayAnswer, mayAssignClientWork, mayReadClientWork, maySeeAnswers } from "./client-work";

const relations: (EngagementRelation | null)[] = [
  "coach",
  "client",
  "sponsor",
  "practice-admin",
  null,
];

describe("access to a client's work", () => {
  it.each(relations)("lets only the coach and the client read (%s)", (relation) => {
    expect(mayReadClientWork(relation)).toBe(relation === "coach" || relation === "client");
  });

  it.each(relations)("lets only the coach assign and only the client answer (%s)", (relation) => {
    expect(mayAssignClientWork(relation)).toBe(relation === "coach");
    expect(mayAnswer(relation)).toBe(relation === "client");
  });

  it("shows the coach the answers only once submitted", () => {
    expect(maySeeAnswers("coach", false)).toBe(false);
    expect(maySeeAnswers("coach", true)).toBe(true);
    expect(maySeeAnswers("client", false)).toBe(true);
    expect(maySeeAnswers("sponsor", true)).toBe(false);
    expect(maySeeAnswers("practice-admin", true)).toBe(false);
    expect(maySeeAnswers(null, true)).toBe(false);
  });
});
