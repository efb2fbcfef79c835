import { Writable } from "node:stream";
import { inspect } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildWorld, newAgent, uniqueEmail, type World } from "../support/factories";
import { collectingCampaign } from "../support/feedback-factories";
import { startTestApp, stopTestApp, type TestApp, testConfig } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// What people write never reaches the log, even when the database refuses it: a failed
// statement's parameters and PostgreSQL's "failing row" both hold it. Here the test's own copy
// of the database refuses any text with the marker, so the statement fails with it as a parameter.

const MARKER = "SECRET-MARKER-7d1f";

describe.each(databaseKinds())("the log on %s", (kind) => {
  const lines: string[] = [];
  let t: TestApp;
  let world: World;
  const logged = () => lines.join("\n");

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    // better-auth and libraries may print to the console instead: that output counts too.
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => inspect(arg, { depth: 8 })).join(" "));
      });
    }
    t = await startTestApp(kind, { logger: { level: "trace", stream } });
    world = await buildWorld(t);
    await t.handle.db.execute(
      sql.raw(`alter table development_entry add constraint refuses_marker
        check (detail not like '%${MARKER}%')`),
    );
    await t.handle.db.execute(
      sql.raw(
        `alter table "user" add constraint refuses_marker check (name not like '%${MARKER}%')`,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await stopTestApp(t);
  });

  it("logs a failed statement by its route and SQLSTATE, never with what was written", async () => {
    const response = await world.client.agent.post(
      `/api/engagements/${world.engagement.id}/development-profile/entries`,
      { kind: "strength", title: "Listening", detail: `My manager ${MARKER} said so` },
    );
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain(MARKER);

    const line = lines.find((l) => l.includes("unexpected error"));
    expect(line).toBeDefined();
    const entry = JSON.parse(line ?? "{}");
    expect(entry.route).toBe("/api/engagements/:id/development-profile/entries");
    expect(entry.errorId).toBe(response.body.error.id);
    expect(JSON.stringify(entry.err)).toContain("23514");
    expect(logged()).not.toContain(MARKER);
  });

  it("keeps what better-auth logs of a failed sign-up to the same rule", async () => {
    const response = await newAgent(t).post("/api/auth/sign-up", {
      name: `Ada ${MARKER}`,
      email: uniqueEmail("marker"),
      password: "correct horse battery",
      practiceName: "A practice",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body.error.code).not.toBe("account_exists");
    expect(logged()).toContain("better-auth: Failed to create user");
    expect(logged()).not.toContain(MARKER);
  });

  it("logs the route of a rater's link, never its token", async () => {
    const { raters } = await collectingCampaign(t, world, { peer: 3 });
    const token = raters[0]?.token ?? "";
    const survey = await newAgent(t).get(`/api/feedback/survey/${token}`);
    expect(survey.status).toBe(200);
    await newAgent(t).get(`/feedback/${token}`);
    await newAgent(t).get(`/api/engagements?q=${MARKER}`);
    expect(logged()).toContain("/api/feedback/survey/:token");
    expect(logged()).toMatch(/"msg":"GET \/api\/feedback\/survey\/:token 200 \d+ ms"/);
    expect(logged()).toMatch(/"msg":"GET \/api\/engagements 401 \d+ ms"/);
    expect(logged()).not.toContain(token);
    expect(logged()).not.toContain(MARKER);
  });
});

describe("mail held without SMTP, on a developer's console", () => {
  it("shows whom it is to and its links, never its subject or words", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const t = await startTestApp("embedded", {
      config: testConfig({ NODE_ENV: "development" }),
      logger: { level: "info", stream },
    });
    try {
      await t.ctx.mailer.send({
        to: "daniel@example.com",
        subject: `Daniel ${MARKER} needs you`,
        text: `Confidence in ${MARKER} fell.\n\nOpen: http://keel.test/check-in/abc123`,
        practiceId: null,
      });
      const logged = lines.join("\n");
      expect(logged).toContain("mail held in the outbox");
      expect(logged).toContain("http://keel.test/check-in/abc123");
      expect(logged).toContain("daniel@example.com");
      expect(logged).not.toContain(MARKER);
    } finally {
      await stopTestApp(t);
    }
  }, 120_000);
});
