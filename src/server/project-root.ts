import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of Keel's package.json. Content, migrations and the web build are found from it,
 * whether Keel runs from its TypeScript sources or from the bundle in dist/server.
 */
export const PROJECT_ROOT = rootAbove(path.dirname(fileURLToPath(import.meta.url)));

function rootAbove(folder: string): string {
  if (fs.existsSync(path.join(folder, "package.json"))) return folder;
  const parent = path.dirname(folder);
  if (parent === folder) throw new Error("Keel's package.json was not found above its code.");
  return rootAbove(parent);
}
