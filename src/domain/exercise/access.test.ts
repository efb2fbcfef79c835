import { describe, expect, it } from "vitest";
import type { EngagementRelation } from "../engagement/access";
import type { Member } from "../practice/roles";
import {
  mayAnswerExercises,
  mayAssignExercises,
  mayReadExercises,
  maySeeExerciseAnswers,
  ownsTemplate,
} from "./access";

const relations: (EngagementRelation | null)[] = [
  "coach",
  "client",
  "sponsor",
  "practice-admin",
  null,
];

describe("exercise access", () => {
  it.each(relations)("lets only the coach and the client read (%s)", (relation) => {
    expect(mayReadExercises(relation)).toBe(relation === "coach" || relation === "client");
  });

  it.each(relations)("lets only the coach assign and only the client answer (%s)", (relation) => {
    expect(mayAssignExercises(relation)).toBe(relation === "coach");
    expect(mayAnswerExercises(relation)).toBe(relation === "client");
  });

  it("shows the coach the answers only once submitted, and no one else ever", () => {
    expect(maySeeExerciseAnswers("coach", false)).toBe(false);
    expect(maySeeExerciseAnswers("coach", true)).toBe(true);
    expect(maySeeExerciseAnswers("client", false)).toBe(true);
    expect(maySeeExerciseAnswers("sponsor", true)).toBe(false);
    expect(maySeeExerciseAnswers("practice-admin", true)).toBe(false);
    expect(maySeeExerciseAnswers(null, true)).toBe(false);
  });

  it("gives a coach's template to that coach alone", () => {
    const template = { practiceId: "p1", ownerId: "u1" };
    const member = (change: Partial<Member>): Member => ({
      userId: "u1",
      practiceId: "p1",
      role: "coach",
      isAdmin: false,
      ...change,
    });
    expect(ownsTemplate(member({}), template)).toBe(true);
    expect(ownsTemplate(member({ userId: "u2", isAdmin: true }), template)).toBe(false);
    expect(ownsTemplate(member({ practiceId: "p2" }), template)).toBe(false);
    expect(ownsTemplate(member({ role: "client" }), template)).toBe(false);
  });
});
