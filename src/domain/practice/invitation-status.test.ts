import { describe, expect, it } from "vitest";
import { invitationStatus } from "./invitation-status";

const now = new Date("2026-11-25T12:00:00Z");
const later = new Date("2026-12-01T12:00:00Z");
const earlier = new Date("2026-11-20T12:00:00Z");

describe("invitation status", () => {
  it("is pending until it expires", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe(
      "pending",
    );
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe(
      "expired",
    );
  });

  it("stays accepted or revoked after its expiry", () => {
    expect(
      invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now),
    ).toBe("accepted");
    expect(
      invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now),
    ).toBe("revoked");
  });
});
