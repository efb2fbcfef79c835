import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../scripts/build-server";
import { ensureWebBuild } from "../../scripts/ensure-web-build";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import { pdfText } from "../support/pdf-text";
import { hasPackage, productionInstall } from "../support/production-install";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as sent: fetch would decompress them and hide what the server did. */
function getRaw(url: string, acceptEncoding?: string): Promise<RawResponse> {
  const headers = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject);
  });
}

// `npm start` and `keel` run the built bundle, not the sources: it must find its content,
// migrations and web app, and need no development package.
describe("the built server, installed without the development packages", () => {
  let keel: KeelProcess;
  let install: string;

  beforeAll(async () => {
    await ensureWebBuild();
    await buildServer();
    install = productionInstall();
    keel = await startKeel({
      dataDir: makeTempDir(),
      entry: path.join(install, "bin/keel.js"),
      cwd: install,
      env: { KEEL_DEMO: "true" },
    });
  }, 120_000);

  afterAll(cleanUpKeels);

  it("leaves the build tools out of the install it runs from", () => {
    expect(hasPackage(install, "fastify")).toBe(true);
    for (const tool of ["tsx", "esbuild", "vite", "tailwindcss"])
      expect(hasPackage(install, tool), tool).toBe(false);
  });

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

    // The demo's released 360 report as a PDF: charts rendered by React and visx, embedded by
    // svg-to-pdfkit, in the font from content/fonts, all from the production install.
    const dashboard = await fetch(`${keel.url}/api/feedback-campaigns`, { headers: { cookie } });
    const { items } = (await dashboard.json()) as { items: { id: string; status: string }[] };
    const released = items.find((campaign) => campaign.status === "released");
    expect(released).toBeDefined();
    const pdf = await fetch(`${keel.url}/api/feedback-campaigns/${released?.id}/report.pdf`, {
      headers: { cookie },
    });
    expect(pdf.status).toBe(200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("Self and others");
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it("sends the web app's files brotli- or gzip-compressed to clients that accept it", async () => {
    const page = (await getRaw(`${keel.url}/`)).body.toString();
    const script = page.match(/\/assets\/[^"]+\.js/)?.[0];
    expect(script).toBeDefined();
    const plain = await getRaw(`${keel.url}${script}`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();

    const brotli = await getRaw(`${keel.url}${script}`, "gzip, deflate, br");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toContain("javascript");
    expect(brotli.headers.vary).toContain("accept-encoding");
    expect(brotli.headers["cache-control"]).toContain("immutable");
    expect(brotli.body.length).toBeLessThan(plain.body.length);
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);

    const gzip = await getRaw(`${keel.url}${script}`, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    // The page itself, also at an address of the app that is no file.
    for (const address of ["/", "/engagements"]) {
      const shell = await getRaw(`${keel.url}${address}`, "br");
      expect(shell.status).toBe(200);
      expect(shell.headers["content-encoding"]).toBe("br");
      expect(shell.headers["cache-control"]).toBe("no-cache");
      expect(zlib.brotliDecompressSync(shell.body).toString()).toBe(page);
    }
  });
});
