import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../src/server/project-root";

const sources = [path.join(PROJECT_ROOT, "src/web"), path.join(PROJECT_ROOT, "vite.config.ts")];
const built = path.join(PROJECT_ROOT, "dist/web/index.html");

function newestChange(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))),
  );
}

/**
 * Builds the web app when it was never built or its sources changed since; otherwise does nothing.
 * `always` builds in any case: what is measured must be the production build of these sources,
 * not whatever an earlier command left in dist/web.
 */
export function ensureWebBuild(options: { always?: boolean } = {}): void {
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (!options.always && builtAt > Math.max(...sources.map(newestChange))) return;
  console.log("Building the web app...");
  execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
    },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  ensureWebBuild();
