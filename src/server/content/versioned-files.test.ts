import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { makeContentRoot, removeContentRoots } from "../../../test/support/temp-content-root";
import { loadVersionedFiles, versionedFileKeys } from "./versioned-files";

const noteSchema = z.strictObject({ ...versionedFileKeys, text: z.string().min(1) });
type Note = z.output<typeof noteSchema>;

const notes = {
  kind: "note",
  schema: noteSchema,
  problems: (note: Note) => (note.text.includes("?") ? ["text must not ask"] : []),
};

afterEach(removeContentRoots);

function messageOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("it loaded");
}

describe("loadVersionedFiles", () => {
  it("loads every <id>/v<N>.json, by id and then version, and passes over other files", () => {
    const root = makeContentRoot({
      "b-note/v1.json": { id: "b-note", version: 1, text: "B." },
      "a-note/v2.json": { id: "a-note", version: 2, text: "A, again." },
      "a-note/v1.json": { id: "a-note", version: 1, text: "A." },
      "a-note/README.md": "not read",
      "loose.json": "not in a folder, not read",
    });
    expect(loadVersionedFiles(root, notes).map(({ id, version }) => `${id}@${version}`)).toEqual([
      "a-note@1",
      "a-note@2",
      "b-note@1",
    ]);
  });

  it("refuses a folder or file name that does not match the id and version", () => {
    const message = messageOf(() =>
      loadVersionedFiles(
        makeContentRoot({
          "small/v1.json": { id: "tiny", version: 1, text: "T." },
          "tiny/v2.json": { id: "tiny", version: 1, text: "T." },
        }),
        notes,
      ),
    );
    expect(message).toContain('folder "small" does not match id "tiny"');
    expect(message).toContain('file name "v2.json" does not match version 1');
  });

  it("names each schema problem by its path, and refuses a malformed id or version", () => {
    const message = messageOf(() =>
      loadVersionedFiles(
        makeContentRoot({ "Tiny/v0.json": { id: "Tiny", version: 0, text: "", extra: 1 } }),
        notes,
      ),
    );
    expect(message).toContain("id: must be lower-case words joined by hyphens");
    expect(message).toMatch(/ {2}- version: /);
    expect(message).toMatch(/ {2}- text: /);
    expect(message).toMatch(/Unrecognized key: "extra"/);
  });

  it("reports every problem of every file in one error, under the files' kind", () => {
    const root = makeContentRoot({
      "asks/v1.json": { id: "asks", version: 1, text: "Why?" },
      "broken/v1.json": "{ not json",
      "fine/v1.json": { id: "fine", version: 1, text: "Fine." },
      "misnamed/v1.json": { id: "other", version: 1, text: "Well?" },
    });
    const message = messageOf(() => loadVersionedFiles(root, notes));
    expect(message).toMatch(new RegExp(`^Invalid note files in ${root}:\n`));
    expect(message).toContain(`${path.join("asks", "v1.json")}:\n  - text must not ask`);
    expect(message).toContain(`${path.join("broken", "v1.json")}:\n  - not valid JSON`);
    expect(message).toContain(
      `${path.join("misnamed", "v1.json")}:\n  - folder "misnamed" does not match id "other"\n  - text must not ask`,
    );
    expect(message).not.toContain("fine");
  });

  it("fails on a missing root, unless the files are optional", () => {
    const missing = path.join(os.tmpdir(), "keel-versioned-never-made");
    expect(() => loadVersionedFiles(missing, notes)).toThrow(/ENOENT/);
    expect(loadVersionedFiles(missing, { ...notes, optional: true })).toEqual([]);
  });
});
