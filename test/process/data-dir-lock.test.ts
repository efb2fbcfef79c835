import fs from "node:fs";
import path from "node:path";
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

describe("the data folder lock", () => {
  it("a second Keel on a held data folder refuses to start and leaves the first intact", async () => {
    const dataDir = makeTempDir();
    const lockFile = path.join(dataDir, "keel.lock");
    const a = await startKeel({ dataDir });
    const coach = newCoach();
    expect((await new KeelClient(a.url).post("/api/auth/sign-up", coach)).status).toBe(201);

    const b = await launchKeel({ dataDir });
    const exit = await exitWithoutStarting(b);
    expect(exit.code).toBe(1);
    expect(b.stderr()).toContain(`Another Keel (process ${a.pid}) is using the data folder`);
    expect(b.stderr()).toContain(dataDir);
    expect(b.stdout()).not.toContain("Keel is ready");
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(a.pid));

    const health = await new KeelClient(a.url).get("/health");
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: "ok" });
    const signIn = await new KeelClient(a.url).post("/api/auth/sign-in", {
      email: coach.email,
      password: coach.password,
    });
    expect(signIn.status).toBe(200);

    expect(await a.stop()).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});
