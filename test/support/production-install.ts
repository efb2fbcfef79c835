import fs from "node:fs";
import path from "node:path";
import { makeTempDir, REPO_ROOT } from "./keel-process";

interface LockedPackage {
  dev?: boolean;
  devOptional?: boolean;
}

/**
 * A copy of the built Keel whose node_modules holds only what a production install needs: the
 * locked packages that are neither development packages nor optional ones that only development
 * packages bring (npm keeps those, as other packages' optional peers). They are linked to the
 * repository's installed copies; Keel's own files are copied, so its imports resolve here.
 */
export function productionInstall(): string {
  const dir = makeTempDir("keel-install-");
  for (const file of ["package.json", "bin", "dist", "content", "drizzle"])
    fs.cpSync(path.join(REPO_ROOT, file), path.join(dir, file), { recursive: true });
  const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package-lock.json"), "utf8"));
  for (const [where, locked] of Object.entries<LockedPackage>(lock.packages)) {
    const topLevel = /^node_modules\/(@[^/]+\/)?[^/]+$/.test(where);
    const installed = path.join(REPO_ROOT, where);
    if (!topLevel || locked.dev || locked.devOptional || !fs.existsSync(installed)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, where)), { recursive: true });
    fs.symlinkSync(installed, path.join(dir, where), "dir");
  }
  return dir;
}

/** Whether a package is in the install; a check that the install leaves out what it should. */
export function hasPackage(install: string, name: string): boolean {
  return fs.existsSync(path.join(install, "node_modules", name));
}
