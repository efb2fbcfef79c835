import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The links list mail carries. Unsubscribe and "done" links are signed with Keel's secret, so
// nothing is stored for them and a forged one is refused; the confirmation link is random and
// only its hash is kept, as a password-reset link is.

interface Secrets {
  publicUrl: string;
  authSecret: string;
}

const sign = (secret: string, kind: string, payload: string) =>
  createHmac("sha256", secret).update(`list-${kind}:${payload}`).digest("base64url");

function matches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The one-click unsubscribe address of a subscription: GET shows a page, POST unsubscribes. */
export function unsubscribeUrl(s: Secrets, subscriptionId: string): string {
  return `${s.publicUrl}/lists/unsubscribe/${subscriptionId}.${sign(s.authSecret, "unsubscribe", subscriptionId)}`;
}

/** The subscription an unsubscribe link's last segment names, or null when it is forged. */
export function readUnsubscribeToken(authSecret: string, token: string): string | null {
  const [id, mac] = token.split(".");
  if (!id || !mac || !UUID.test(id)) return null;
  return matches(sign(authSecret, "unsubscribe", id), mac) ? id : null;
}

/** The link a lesson's mail carries to mark its task done: GET shows a page, POST records it. */
export function lessonDoneUrl(s: Secrets, subscriptionId: string, lesson: number): string {
  const payload = `${subscriptionId}.${lesson}`;
  return `${s.publicUrl}/lists/done/${payload}.${sign(s.authSecret, "done", payload)}`;
}

export function readLessonDoneToken(
  authSecret: string,
  token: string,
): { subscriptionId: string; lesson: number } | null {
  const [id, lessonText, mac] = token.split(".");
  if (!id || !lessonText || !mac || !UUID.test(id) || !/^[1-9][0-9]{0,3}$/.test(lessonText))
    return null;
  const payload = `${id}.${lessonText}`;
  if (!matches(sign(authSecret, "done", payload), mac)) return null;
  return { subscriptionId: id, lesson: Number(lessonText) };
}

/** A new confirmation link: the token goes in the mail, its hash in subscription.confirm_token_hash. */
export function newConfirmation(publicUrl: string): { url: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { url: `${publicUrl}/lists/confirm/${token}`, tokenHash: confirmTokenHash(token) };
}

export function confirmTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
