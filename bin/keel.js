#!/usr/bin/env node
// The `keel` command, and what `npm start` runs: the built server (npm run build). Without a
// build it builds first, which needs the development packages (a fresh clone after npm install).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist/server/main.js");
const webApp = path.join(root, "dist/web/index.html");

if (!fs.existsSync(bundle) || !fs.existsSync(webApp)) build();
// Only a warning: a production install cannot build, and a stale build still runs.
else if (newestChange(path.join(root, "src")) > builtAt())
  console.warn(
    "Keel's sources changed since its last build; to run them, run npm run build first.",
  );

process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);

function build() {
  if (!fs.existsSync(path.join(root, "node_modules/tsx"))) {
    console.error(
      "Keel is not built, and building it needs the development packages: npm install, then npm run build.",
    );
    process.exit(1);
  }
  console.log("Keel is not built yet: building it (npm run build)...");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status === 0) return;
  console.error(
    "The build failed. Building needs the development packages: npm install, then npm run build.",
  );
  process.exit(1);
}

function builtAt() {
  return Math.min(fs.statSync(bundle).mtimeMs, fs.statSync(webApp).mtimeMs);
}

function newestChange(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))),
  );
}
