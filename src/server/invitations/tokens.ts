import { createHash, randomBytes } from "node:crypto";

/** The token travels in the mailed link; only its hash is stored, so the database cannot replay it. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
