import { describe, expect, it } from "vitest";
import {
  confirmTokenHash,
  lessonDoneUrl,
  newConfirmation,
  readLessonDoneToken,
  readUnsubscribeToken,
  unsubscribeUrl,
} from "./list-links";

const secrets = { publicUrl: "https://keel.example", authSecret: "s".repeat(40) };
const id = "0b6f3d4e-8a52-4c1e-9d7a-3f2b1c0d9e8f";
const lastSegment = (url: string) => url.split("/").pop() ?? "";

describe("list links", () => {
  it("reads back the subscription of an unsubscribe link and refuses a forged one", () => {
    const token = lastSegment(unsubscribeUrl(secrets, id));
    expect(readUnsubscribeToken(secrets.authSecret, token)).toBe(id);
    expect(readUnsubscribeToken("another secret of forty characters......", token)).toBeNull();
    const other = "1b6f3d4e-8a52-4c1e-9d7a-3f2b1c0d9e8f";
    expect(readUnsubscribeToken(secrets.authSecret, `${other}.${token.split(".")[1]}`)).toBeNull();
    expect(readUnsubscribeToken(secrets.authSecret, "nonsense")).toBeNull();
  });

  it("ties a done link to its lesson", () => {
    const token = lastSegment(lessonDoneUrl(secrets, id, 7));
    expect(readLessonDoneToken(secrets.authSecret, token)).toEqual({
      subscriptionId: id,
      lesson: 7,
    });
    const [, , mac] = token.split(".");
    expect(readLessonDoneToken(secrets.authSecret, `${id}.8.${mac}`)).toBeNull();
    expect(readLessonDoneToken(secrets.authSecret, `${id}.0.${mac}`)).toBeNull();
  });

  it("keeps only the hash of a confirmation token", () => {
    const { url, tokenHash } = newConfirmation(secrets.publicUrl);
    expect(url.startsWith("https://keel.example/lists/confirm/")).toBe(true);
    expect(confirmTokenHash(lastSegment(url))).toBe(tokenHash);
    expect(url).not.toContain(tokenHash);
  });
});
