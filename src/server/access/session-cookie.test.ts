import { createHmac } from "node:crypto";
import { makeSignature } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { signedSessionToken } from "./session-cookie";

const secret = "a-secret-of-enough-length-for-the-test";
const sign = (token: string, key = secret) =>
  encodeURIComponent(`${token}.${createHmac("sha256", key).update(token).digest("base64")}`);

describe("reading the signed session cookie", () => {
  it("returns the token when the signature matches", () => {
    const header = `other=1; keel.session_token=${sign("abc123")}; theme=dark`;
    expect(signedSessionToken(header, "keel.session_token", secret)).toBe("abc123");
  });

  it("reads a cookie signed by the auth library itself", async () => {
    // Keel checks the signature itself because the library's own check costs more than the
    // rest of a small request (docs/performance.md); this keeps the two the same.
    const signed = encodeURIComponent(`abc123.${await makeSignature("abc123", secret)}`);
    const header = `keel.session_token=${signed}`;
    expect(signedSessionToken(header, "keel.session_token", secret)).toBe("abc123");
  });

  it("refuses a token signed with another secret, a bare token and a tampered token", () => {
    expect(
      signedSessionToken(
        `keel.session_token=${sign("abc123", "another-secret-entirely-here")}`,
        "keel.session_token",
        secret,
      ),
    ).toBeNull();
    expect(
      signedSessionToken("keel.session_token=abc123", "keel.session_token", secret),
    ).toBeNull();
    const tampered = sign("abc123").replace("abc123", "abc124");
    expect(
      signedSessionToken(`keel.session_token=${tampered}`, "keel.session_token", secret),
    ).toBeNull();
  });

  it("ignores cookies of other names and malformed encodings", () => {
    expect(
      signedSessionToken(`x.session_token=${sign("abc")}`, "keel.session_token", secret),
    ).toBeNull();
    expect(
      signedSessionToken("keel.session_token=%E0%A4%A", "keel.session_token", secret),
    ).toBeNull();
    expect(signedSessionToken(undefined, "keel.session_token", secret)).toBeNull();
  });
});
