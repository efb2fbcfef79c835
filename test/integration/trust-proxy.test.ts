import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config";
import { session } from "../../src/server/db/schema";
import { PASSWORD, signUpCoach } from "../support/factories";
import { lastMailTo, linkIn, testConfig, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const PEER = "10.1.2.3";

const signIn = (app: FastifyInstance, email: string, password: string, forwardedFor: string) =>
  app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress: PEER,
    headers: { "x-forwarded-for": forwardedFor },
    payload: { email, password },
  });

const crossSiteWrite = (app: FastifyInstance, headers: Record<string, string>) =>
  app.inject({
    method: "POST",
    url: "/api/auth/forgot-password",
    remoteAddress: PEER,
    headers,
    payload: { email: "someone@example.com" },
  });

async function sessionAddressOf(t: { ctx: { db: any } }, userId: string) {
  const rows = await t.ctx.db.select().from(session).where(eq(session.userId, userId));
  return rows.at(-1)?.ipAddress as string | null;
}

describe.each(databaseKinds())("forwarded headers on the %s database", (kind) => {
  describe("without KEEL_TRUST_PROXY", () => {
    const t = useTestApp(kind);

    it("keys sign-in limits on the connection's address, whatever X-Forwarded-For says", async () => {
      const owner = await signUpCoach(t.current, "no-proxy");
      const statuses: number[] = [];
      for (let i = 1; i <= 11; i++) {
        statuses.push(
          (await signIn(t.current.app, owner.email, "wrong", `198.51.100.${i}`)).statusCode,
        );
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    });

    it("records the connection's address on the session, not X-Forwarded-For", async () => {
      const owner = await signUpCoach(t.current, "no-proxy-session");
      const response = await signIn(t.current.app, owner.email, PASSWORD, "203.0.113.9");
      expect(response.statusCode).toBe(200);
      expect(await sessionAddressOf(t.current, owner.id)).toBe(PEER);
    });

    it("refuses a cross-site write that names the other site in X-Forwarded-Host", async () => {
      const response = await crossSiteWrite(t.current.app, {
        host: "keel.test",
        "x-forwarded-host": "evil.example",
        origin: "http://evil.example",
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("cross_origin");
    });

    it("mails links to KEEL_PUBLIC_URL, whatever host the request names", async () => {
      const owner = await signUpCoach(t.current, "no-proxy-link");
      await t.current.app.inject({
        method: "POST",
        url: "/api/auth/forgot-password",
        headers: { host: "evil.example", "x-forwarded-host": "evil.example" },
        payload: { email: owner.email },
      });
      const link = linkIn((await lastMailTo(t.current.ctx, owner.email)).text, "/reset-password");
      expect(link.startsWith("http://keel.test/reset-password")).toBe(true);
    });
  });

  describe("with KEEL_TRUST_PROXY=1", () => {
    const t = useTestApp(kind, { config: testConfig({ KEEL_TRUST_PROXY: "1" }) });

    it("keys sign-in limits on the client's address the proxy forwards", async () => {
      const owner = await signUpCoach(t.current, "proxied");
      for (let i = 1; i <= 11; i++) {
        expect(
          (await signIn(t.current.app, owner.email, "wrong", `198.51.100.${i}`)).statusCode,
        ).toBe(401);
      }
    });

    it("records the forwarded client's address on the session", async () => {
      const owner = await signUpCoach(t.current, "proxied-session");
      const response = await signIn(t.current.app, owner.email, PASSWORD, "203.0.113.9");
      expect(response.statusCode).toBe(200);
      expect(await sessionAddressOf(t.current, owner.id)).toBe("203.0.113.9");
    });

    it("takes the public host from X-Forwarded-Host for the same-site check", async () => {
      const sameSite = await crossSiteWrite(t.current.app, {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "keel.example",
        origin: "https://keel.example",
      });
      expect(sameSite.statusCode).toBe(202);
      const crossSite = await crossSiteWrite(t.current.app, {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "keel.example",
        origin: "https://evil.example",
      });
      expect(crossSite.statusCode).toBe(403);
    });
  });
});

describe("the KEEL_TRUST_PROXY setting", () => {
  const trustOf = (value?: string) =>
    loadConfig(value === undefined ? {} : { KEEL_TRUST_PROXY: value }).trustProxy;

  it("believes no one unless set", () => {
    expect(trustOf()).toBe(false);
    expect(trustOf("false")).toBe(false);
  });

  it("takes true, a hop count, or a list of addresses and ranges", () => {
    expect(trustOf("true")).toBe(true);
    expect(trustOf("2")).toBe(2);
    expect(trustOf("10.0.0.1, 192.168.0.0/16")).toEqual(["10.0.0.1", "192.168.0.0/16"]);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => trustOf("everyone")).toThrow(ConfigError);
    expect(() => trustOf("everyone")).toThrow(/KEEL_TRUST_PROXY/);
  });
});
