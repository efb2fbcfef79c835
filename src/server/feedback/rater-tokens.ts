import { createHash, createHmac } from "node:crypto";

/**
 * A rater's private link carries a token derived from the rater's id with Keel's secret, so a
 * reminder can carry the same link again while the database holds only the token's hash.
 * Without the secret the token cannot be guessed; deleting the rater's row revokes it.
 */
export function raterToken(secret: string, raterId: string): string {
  return linkToken(secret, "feedback-rater", raterId);
}

/** A private link's token for one row of a kind: an HMAC of "<kind>:<id>" with Keel's secret. */
export function linkToken(secret: string, kind: string, id: string): string {
  return createHmac("sha256", secret).update(`${kind}:${id}`).digest("base64url");
}

export function raterTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function surveyUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/feedback/${token}`;
}
