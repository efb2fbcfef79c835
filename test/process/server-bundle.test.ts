import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, SERVER_BUNDLE } from "../../scripts/build-server";
import { ensureWebBuild } from "../../scripts/ensure-web-build";
import { type KeelProcess, makeTempDir, startKeel, stopAllKeels } from "../support/keel-process";

// `npm start` runs the bundle, not the sources: it must find its content, migrations and web app.
describe("the server bundle that npm start runs", () => {
  let keel: KeelProcess;

  beforeAll(async () => {
    ensureWebBuild();
    await buildServer();
    keel = await startKeel({
      dataDir: makeTempDir(),
      entry: SERVER_BUNDLE,
      env: { KEEL_DEMO: "true" },
    });
  }, 120_000);

  afterAll(stopAllKeels);

  it("migrates, loads the questionnaires and models, and serves the web app", async () => {
    expect((await fetch(`${keel.url}/health`)).status).toBe(200);
    const page = await fetch(`${keel.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const signIn = await fetch(`${keel.url}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: keel.url },
      body: JSON.stringify({ email: "maya.coach@example.com", password: "keel-demo-password" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const catalog = await fetch(`${keel.url}/api/instruments`, { headers: { cookie } });
    expect(catalog.status).toBe(200);
    expect(JSON.stringify(await catalog.json())).toContain("ipip-neo-120");
  });
});
