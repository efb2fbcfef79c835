import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// For tests of content loaders: temporary content roots, and their removal (in an afterEach).

const roots: string[] = [];

/** A temporary folder holding `files`: each path (e.g. "check-in/v1.json") with JSON, or text as it is. */
export function makeContentRoot(files: Record<string, unknown>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "keel-content-"));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(
      path.join(root, file),
      typeof content === "string" ? content : JSON.stringify(content),
    );
  }
  return root;
}

/** Removes every root makeContentRoot made. */
export function removeContentRoots(): void {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}
