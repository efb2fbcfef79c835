import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app";

const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "keel-web-"));
fs.mkdirSync(path.join(webRoot, "assets"));
fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Keel</title>");
fs.writeFileSync(path.join(webRoot, "assets", "app-1234.js"), "console.log('keel')");

describe("serving the web app", () => {
  const t = useTestApp("embedded", { webRoot });
  const get = (url: string) => t.current.app.inject({ method: "GET", url });

  afterAll(() => fs.rmSync(webRoot, { recursive: true, force: true }));

  it("serves the app's page at the root, never cached", async () => {
    const response = await get("/");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("<title>Keel</title>");
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("serves the app's page for any page address, so links and reloads work", async () => {
    for (const url of ["/engagements/42", "/sign-in?next=%2Fteam", "/settings"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain("<title>Keel</title>");
    }
  });

  it("serves built assets as immutable, and a missing asset as a 404, not the page", async () => {
    const asset = await get("/assets/app-1234.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
    const missing = await get("/assets/app-9999.js");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
  });

  it("serves a file written after the start, as a rebuild does", async () => {
    fs.writeFileSync(path.join(webRoot, "assets", "later-5678.js"), "console.log('later')");
    expect((await get("/assets/later-5678.js")).statusCode).toBe(200);
  });

  it("keeps unknown API routes as JSON 404s", async () => {
    const response = await get("/api/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/json");
  });
});
