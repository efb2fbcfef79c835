import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../src/server/project-root";
import { compressWebAssets } from "./compress-web";

const sources = [path.join(PROJECT_ROOT, "src/web"), path.join(PROJECT_ROOT, "vite.config.ts")];
const webRoot = path.join(PROJECT_ROOT, "dist/web");
const built = path.join(webRoot, "index.html");

function newestChange(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))),
  );
}

/** Built, compressed (the compressed index is written after Vite's files), and newer than its sources. */
function isCurrent(): boolean {
  if (!fs.existsSync(built) || !fs.existsSync(`${built}.br`)) return false;
  return fs.statSync(built).mtimeMs > Math.max(...sources.map(newestChange));
}

/**
 * Builds the web app, with a gzip and a brotli copy of each text file, when it was never built
 * or its sources changed since; otherwise does nothing. `always` builds in any case: what is
 * measured must be the production build of these sources, not whatever an earlier command left
 * in dist/web.
 */
export async function ensureWebBuild(options: { always?: boolean } = {}): Promise<void> {
  if (!options.always && isCurrent()) return;
  console.log("Building the web app...");
  execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
    },
  );
  await compressWebAssets(webRoot);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  await ensureWebBuild();
