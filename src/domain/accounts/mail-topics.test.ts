import { describe, expect, it } from "vitest";
import { MAIL_TOPIC_IDS, MAIL_TOPICS, mailTopicsFor, wantsTopic } from "./mail-topics";

describe("mail topics", () => {
  it("defines each topic once", () => {
    expect(MAIL_TOPICS.map((topic) => topic.id)).toEqual([...MAIL_TOPIC_IDS]);
  });

  it("offers each role only the topics that concern it", () => {
    expect(mailTopicsFor("client").map((topic) => topic.id)).toEqual([
      "work_assigned",
      "feedback_updates",
      "session_reminders",
      "session_preparation",
      "check_ins",
      "commitment_reminders",
    ]);
    expect(mailTopicsFor("coach").map((topic) => topic.id)).toEqual([
      "feedback_updates",
      "session_reminders",
      "commitment_reminders",
    ]);
    expect(mailTopicsFor("sponsor")).toEqual([]);
    expect(mailTopicsFor("coach")[0]?.description).not.toContain("rate yourself");
  });

  it("follows the person's choice, and the default without one", () => {
    expect(wantsTopic("work_assigned", {})).toBe(true);
    expect(wantsTopic("work_assigned", { work_assigned: false })).toBe(false);
    expect(wantsTopic("work_assigned", { feedback_updates: false })).toBe(true);
  });
});
