import { afterEach, describe, expect, it } from "vitest";
import {
  cleanUpKeels,
  exitWithoutStarting,
  KeelClient,
  launchKeel,
  makeTempDir,
  newCoach,
  startKeel,
} from "../support/keel-process";

afterEach(cleanUpKeels);

/** A fresh data folder, so a Keel that wrongly starts never touches the repository's ./data. */
function dataDir(): string {
  const dir = makeTempDir();
  return dir;
}

async function waitFor<T>(find: () => T | undefined, what: () => string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function jsonLines(output: string): Record<string, any>[] {
  return output.split("\n").flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      return parsed && typeof parsed === "object" ? [parsed as Record<string, any>] : [];
    } catch {
      return [];
    }
  });
}

describe("configuration", () => {
  it("--help names every environment variable and exits 0", async () => {
    const keel = await launchKeel({ dataDir: dataDir(), args: ["--help"] });
    expect((await exitWithoutStarting(keel)).code).toBe(0);
    for (const name of [
      "PORT",
      "HOST",
      "KEEL_DATA_DIR",
      "DATABASE_URL",
      "DATABASE_POOL_SIZE",
      "KEEL_SECRET",
      "SMTP_URL",
    ]) {
      expect(keel.stdout()).toMatch(new RegExp(`^ +${name} +\\S`, "m"));
    }
    expect(keel.stdout()).not.toContain("Keel is ready");
  });

  it("refuses to start in production on a database server without KEEL_SECRET", async () => {
    const keel = await launchKeel({
      dataDir: dataDir(),
      env: { NODE_ENV: "production", DATABASE_URL: "postgres://keel@127.0.0.1:1/unreachable" },
    });
    expect((await exitWithoutStarting(keel)).code).toBe(1);
    expect(keel.stderr()).toContain("KEEL_SECRET");
    expect(keel.stdout()).not.toContain("Keel is ready");
  });

  it("refuses to start with an invalid PORT and names it", async () => {
    const keel = await launchKeel({ dataDir: dataDir(), env: { PORT: "not-a-port" } });
    expect((await exitWithoutStarting(keel)).code).toBe(1);
    expect(keel.stderr()).toMatch(/^\s*PORT: /m);
    expect(keel.stdout()).not.toContain("Keel is ready");
  });

  it("refuses a DATABASE_POOL_SIZE that is not a whole number from 1 to 100", async () => {
    for (const size of ["0", "2.5", "101", "many"]) {
      const keel = await launchKeel({ dataDir: dataDir(), env: { DATABASE_POOL_SIZE: size } });
      expect((await exitWithoutStarting(keel)).code).toBe(1);
      expect(keel.stderr()).toMatch(/^\s*DATABASE_POOL_SIZE: /m);
    }
  });

  it("logs one JSON line per request in production, with the route, never the query string", async () => {
    const keel = await startKeel({
      dataDir: dataDir(),
      env: { NODE_ENV: "production", LOG_LEVEL: "info" },
    });
    const probe = `probe-${Date.now()}`;
    expect((await new KeelClient(keel.url).get(`/api/openapi.json?probe=${probe}`)).status).toBe(
      200,
    );

    const mentions = () => jsonLines(keel.stdout()).filter((l) => l.url === "/api/openapi.json");
    const line = await waitFor(
      () => mentions().find((l) => l.statusCode === 200),
      () => `one JSON log line with /api/openapi.json and statusCode 200 in:\n${keel.stdout()}`,
    );
    expect(mentions()).toEqual([line]);
    expect(keel.stdout()).not.toContain(probe);
    if (line.reqId) {
      expect(jsonLines(keel.stdout()).filter((l) => l.reqId === line.reqId)).toEqual([line]);
    }
  });

  it("sets a Secure session cookie in production", async () => {
    const keel = await startKeel({
      dataDir: dataDir(),
      env: { NODE_ENV: "production", KEEL_PUBLIC_URL: "https://keel.example" },
    });
    const browser = new KeelClient(keel.url);
    const signUp = await browser.post("/api/auth/sign-up", newCoach());
    expect(signUp.status).toBe(201);
    const session = signUp.headers.getSetCookie().find((c) => /^[^=]*session_token=/.test(c));
    expect(session, signUp.headers.getSetCookie().join("\n")).toBeDefined();
    expect(session).toMatch(/;\s*Secure(;|$)/i);
    expect((await browser.get("/api/me")).status).toBe(200);
  });
});
