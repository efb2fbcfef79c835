import { afterEach, describe, expect, it, vi } from "vitest";
import { type VerifiedSession, VerifiedSessions } from "./verified-sessions";
import type { Viewer } from "./viewer";

const HOUR = 60 * 60 * 1000;

function sessionOf(userId: string, practiceId = "p1", expiresInMs = HOUR): VerifiedSession {
  const viewer: Viewer = {
    userId,
    name: `Person ${userId}`,
    email: `${userId}@example.com`,
    practiceId,
    practiceName: "A practice",
    role: "client",
    isAdmin: false,
    twoFactorEnabled: false,
    practiceRequiresTwoFactor: false,
  };
  return { viewer, expiresAt: new Date(Date.now() + expiresInMs) };
}

async function trustedWith(entries: Record<string, VerifiedSession>) {
  const sessions = new VerifiedSessions();
  sessions.resumed();
  for (const [token, session] of Object.entries(entries)) {
    await sessions.verify(token, async () => session);
  }
  return sessions;
}

describe("VerifiedSessions", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps nothing until the change feed listens, and forgets everything when it stops", async () => {
    const sessions = new VerifiedSessions();
    await sessions.verify("t1", async () => sessionOf("u1"));
    expect(sessions.find("t1")).toBeUndefined();
    sessions.resumed();
    await sessions.verify("t1", async () => sessionOf("u1"));
    expect(sessions.find("t1")?.viewer.userId).toBe("u1");
    sessions.lost();
    expect(sessions.find("t1")).toBeUndefined();
    await sessions.verify("t1", async () => sessionOf("u1"));
    expect(sessions.find("t1")).toBeUndefined();
  });

  it("does not keep a check that a change overtook", async () => {
    const sessions = await trustedWith({});
    const found = await sessions.verify("t1", async () => {
      sessions.changed("user:someone-else");
      return sessionOf("u1");
    });
    expect(found?.viewer.userId).toBe("u1");
    expect(sessions.find("t1")).toBeUndefined();
    await sessions.verify("t1", async () => sessionOf("u1"));
    expect(sessions.find("t1")).toBeDefined();
  });

  it("keeps no session that was not found", async () => {
    const sessions = await trustedWith({});
    expect(await sessions.verify("t1", async () => undefined)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it("forgets the sessions of a person, or of a practice, that changed", async () => {
    const sessions = await trustedWith({
      a1: sessionOf("ua", "p1"),
      a2: sessionOf("ua", "p1"),
      b: sessionOf("ub", "p1"),
      c: sessionOf("uc", "p2"),
    });
    sessions.changed("user:ua");
    expect(["a1", "a2", "b", "c"].map((t) => sessions.find(t) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    sessions.changed("practice:p1");
    expect(sessions.find("b")).toBeUndefined();
    expect(sessions.find("c")).toBeDefined();
    sessions.changed("something unforeseen");
    expect(sessions.size).toBe(0);
  });

  it("forgets one session by its token", async () => {
    const sessions = await trustedWith({ a: sessionOf("ua"), b: sessionOf("ua") });
    sessions.forget("a");
    expect(sessions.find("a")).toBeUndefined();
    expect(sessions.find("b")).toBeDefined();
  });

  it("treats an expired session as unknown", async () => {
    const sessions = await trustedWith({ soon: sessionOf("u1", "p1", 1000) });
    expect(sessions.find("soon")).toBeDefined();
    expect(sessions.find("soon", Date.now() + 1000)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it("checks a session again after a minute, announced change or not", async () => {
    vi.useFakeTimers();
    const sessions = await trustedWith({ t: sessionOf("u1") });
    vi.advanceTimersByTime(59_000);
    expect(sessions.find("t")).toBeDefined();
    vi.advanceTimersByTime(1_000);
    expect(sessions.find("t")).toBeUndefined();
  });
});
