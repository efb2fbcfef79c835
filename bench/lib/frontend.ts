import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../../test/support/browser";

export interface BundleSize {
  javascript: number;
  css: number;
}

/** Gzip size of what index.html loads before the first page can render: entry, preloads, styles. */
export function initialBundleSize(webRoot: string): BundleSize {
  const html = fs.readFileSync(path.join(webRoot, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? "");
  const gzipped = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(webRoot, f))).length, 0);
  return { javascript: gzipped(".js"), css: gzipped(".css") };
}

/** Largest contentful paint of a signed-in page, the median of a few cold loads, in ms. */
export async function largestContentfulPaint(
  baseUrl: string,
  cookie: string,
  pathname: string,
  runs = 3,
): Promise<number> {
  const browser = await launchChromium();
  const paints: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ baseURL: baseUrl });
      const [name = "", value = ""] = cookie.split("=");
      const { hostname } = new URL(baseUrl);
      await context.addCookies([
        { name, value, domain: hostname, path: "/", secure: name.startsWith("__Secure-") },
      ]);
      const page = await context.newPage();
      await page.goto(pathname, { waitUntil: "networkidle" });
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
              }).observe({ type: "largest-contentful-paint", buffered: true });
            }),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return paints.sort((a, b) => a - b)[Math.floor(paints.length / 2)] ?? Number.NaN;
}
