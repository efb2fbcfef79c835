import { createHash, randomBytes } from "node:crypto";

/**
 * A check-in link carries a random token; the database keeps its SHA-256 alone, so a copy of the
 * database opens no check-in. Each link is one engagement's one week, used once, until it expires.
 */
export function newCheckInToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: checkInTokenHash(token) };
}

export function checkInTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function checkInUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/check-in/${token}`;
}

/** A week's link stays open a week after its mail: the next week's link replaces it. */
export const LINK_LIFETIME_MS = 8 * 24 * 3_600_000;
