import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { newAgent, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";

const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

describe("the HTTP surface", () => {
  const t = useTestApp("embedded", {
    logger: { level: "info", stream: logStream },
    beforeReady: (app) => {
      app.get("/api/test/explode", { schema: { hide: true } }, async () => {
        throw new Error("secret internals: password=hunter2");
      });
    },
  });

  it("answers GET /health with 200 once it can serve", async () => {
    const response = await newAgent(t.current).get("/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const response = await newAgent(t.current).get("/api/no-such-thing");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it("answers an unexpected error with 500 and an id that is in the log, never the stack", async () => {
    const response = await newAgent(t.current).get("/api/test/explode");
    expect(response.status).toBe(500);
    const body = JSON.stringify(response.body);
    expect(body).not.toContain("hunter2");
    expect(body).not.toContain("at ");
    const id = response.body.error.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const logged = logLines.find((line) => line.errorId === id);
    expect(JSON.stringify(logged)).toContain("hunter2");
  });

  it("answers malformed JSON with 400", async () => {
    const response = await t.current.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_body");
  });

  it("refuses a write sent from another site's page with 403", async () => {
    const coach = await signUpCoach(t.current, "origin");
    const response = await t.current.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { origin: "https://evil.example", host: "keel.test" },
      payload: { email: coach.email, password: "whatever password" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("cross_origin");
  });

  it("takes a plain form the browser posts with Origin null only from the same origin", async () => {
    const coach = await signUpCoach(t.current, "null-origin");
    const post = (site: string) =>
      t.current.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: { origin: "null", "sec-fetch-site": site, host: "keel.test" },
        payload: { email: coach.email, password: "whatever password" },
      });
    expect((await post("cross-site")).json().error.code).toBe("cross_origin");
    expect((await post("same-site")).json().error.code).toBe("cross_origin");
    expect((await post("same-origin")).statusCode).toBe(401);
  });

  it("sets security headers on API answers, unknown paths and refusals alike", async () => {
    for (const url of ["/health", "/api/no-such-route", "/api/engagements"]) {
      const response = await t.current.app.inject({ method: "GET", url });
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["strict-transport-security"]).toBeDefined();
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });

  it("publishes an OpenAPI document of every API route and a readable reference page", async () => {
    const spec = await t.current.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(spec.statusCode).toBe(200);
    const paths = Object.keys(spec.json().paths);
    for (const path of [
      "/api/auth/sign-up",
      "/api/invitations",
      "/api/engagements/{id}/stage",
      "/api/outbox",
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths).not.toContain("/api/test/explode");
    const docs = await t.current.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });
});
