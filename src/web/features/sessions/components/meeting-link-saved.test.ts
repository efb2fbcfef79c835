import { describe, expect, it } from "vitest";
import { meetingLinkSavedText } from "./meeting-link-saved";

describe("what the coach reads after saving the meeting link", () => {
  it("says only that the link is saved or removed when no invitation changed", () => {
    const none = { updatedSessions: 0, mailHeld: false };
    expect(meetingLinkSavedText({ ...none, meetingLink: "https://meet.example/a" })).toBe(
      "Meeting link saved.",
    );
    expect(meetingLinkSavedText({ ...none, meetingLink: null })).toBe("Meeting link removed.");
  });

  it("counts the upcoming sessions whose invitations were updated, sent by mail", () => {
    const text = meetingLinkSavedText({
      meetingLink: "https://meet.example/a",
      updatedSessions: 3,
      mailHeld: false,
    });
    expect(text).toContain("Invitations for 3 upcoming video sessions were updated.");
    expect(text).toContain("by mail");
    expect(
      meetingLinkSavedText({
        meetingLink: "https://x.example",
        updatedSessions: 1,
        mailHeld: false,
      }),
    ).toContain("Invitations for 1 upcoming video session were updated.");
  });

  it("says the invitations are held, not sent, when Keel has no mail server", () => {
    const text = meetingLinkSavedText({
      meetingLink: "https://meet.example/a",
      updatedSessions: 2,
      mailHeld: true,
    });
    expect(text).toContain("Invitations for 2 upcoming video sessions were updated.");
    expect(text).toContain("holds them instead of sending them");
    expect(text).not.toContain("by mail");
  });
});
