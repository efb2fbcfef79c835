import { describe, expect, it } from "vitest";
import { deliveryOf, MAIL_TOPIC_IDS, MAIL_TOPICS, mailTopicsFor, wantsTopic } from "./mail-topics";

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
      "pulse_updates",
      "sustain_check_ins",
    ]);
    expect(mailTopicsFor("coach").map((topic) => topic.id)).toEqual([
      "feedback_updates",
      "session_reminders",
      "commitment_reminders",
      "pulse_updates",
      "sustain_check_ins",
      "coach_digest",
      "reply_moderation",
    ]);
    expect(mailTopicsFor("sponsor").map((topic) => topic.id)).toEqual(["sponsor_report"]);
    expect(mailTopicsFor("coach")[0]?.description).not.toContain("rate yourself");
  });

  it("follows the person's choice, and the default without one", () => {
    expect(wantsTopic("work_assigned", {})).toBe(true);
    expect(wantsTopic("work_assigned", { work_assigned: false })).toBe(false);
    expect(wantsTopic("work_assigned", { feedback_updates: false })).toBe(true);
  });

  it("lets only mail that keeps wait for the weekly digest", () => {
    expect(deliveryOf("work_assigned", undefined)).toBe("each");
    expect(deliveryOf("work_assigned", { enabled: true, digest: true })).toBe("digest");
    expect(deliveryOf("work_assigned", { enabled: false, digest: true })).toBe("off");
    expect(deliveryOf("session_reminders", { enabled: true, digest: true })).toBe("each");
    expect(MAIL_TOPICS.filter((topic) => topic.digestible).map((topic) => topic.id)).toEqual([
      "work_assigned",
      "feedback_updates",
      "commitment_reminders",
      "pulse_updates",
    ]);
  });
});
