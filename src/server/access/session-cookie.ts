import { createHmac, timingSafeEqual } from "node:crypto";
import { SESSION_COOKIE_PREFIX } from "../auth/better-auth";

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}${SESSION_COOKIE_PREFIX}.session_token`;
}

/**
 * The session token from a Cookie header, if its signature is valid. better-auth signs the
 * cookie as `token.base64(HMAC-SHA256(token, secret))`. Its own check imports the key through
 * Web Crypto on every call, about 120 to 290 µs against 6 to 28 µs here: more than the rest of
 * GET /api/me (docs/performance.md). A test signs with the library to keep the two the same.
 */
export function signedSessionToken(
  cookieHeader: string | undefined,
  name: string,
  secret: string,
): string | null {
  const raw = cookieValue(cookieHeader, name);
  if (!raw) return null;
  const value = safeDecode(raw);
  const dot = value?.lastIndexOf(".") ?? -1;
  if (!value || dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected)
    ? token
    : null;
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** better-auth's cookie of a sign-in that waits for its second factor (10 minutes). */
export function twoFactorCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}${SESSION_COOKIE_PREFIX}.two_factor`;
}
