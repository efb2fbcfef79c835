import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanUpKeels,
  KeelClient,
  makeTempDir,
  newCoach,
  startKeel,
} from "../support/keel-process";

afterEach(cleanUpKeels);

describe("durability of the embedded database", () => {
  it("a write that returned success survives SIGKILL", async () => {
    const dataDir = makeTempDir();
    const first = await startKeel({ dataDir });
    const coach = newCoach();
    const browser = new KeelClient(first.url);

    const signUp = await browser.post("/api/auth/sign-up", coach);
    expect(signUp.status).toBe(201);
    const killed = await first.kill();
    expect(killed.signal).toBe("SIGKILL");
    // The dead process's lock is still there; the next Keel must take it over.
    expect(fs.readFileSync(path.join(dataDir, "keel.lock"), "utf8")).toBe(String(first.pid));

    const second = await startKeel({ dataDir });
    expect(fs.readFileSync(path.join(dataDir, "keel.lock"), "utf8")).toBe(String(second.pid));

    const me = await browser.at(second.url).get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(coach.email);

    const signIn = await new KeelClient(second.url).post("/api/auth/sign-in", {
      email: coach.email,
      password: coach.password,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.email).toBe(coach.email);
  });
});
