import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The keys every versioned content file starts with: what it is, and which version. */
export const versionedFileKeys = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"),
  version: z.int().min(1),
};

export interface VersionedFiles<T extends { id: string; version: number }> {
  /** What the files hold, for the error: "instrument" gives "Invalid instrument files in …". */
  kind: string;
  schema: z.ZodType<T>;
  /** Problems the schema cannot see, checked once a file matches it. */
  problems?: (value: T) => string[];
  /** A root that does not exist holds no files, rather than failing the start. */
  optional?: boolean;
}

interface CheckedFile<T> {
  file: string;
  value?: T;
  problems: string[];
}

/**
 * Reads and checks every <root>/<id>/v<N>.json: valid JSON, matching the schema, in the folder of
 * its id and named after its version, and free of `problems`. Every problem in every file is
 * collected first, so one failed start shows all that needs fixing. Returns the files' values by id,
 * then version.
 */
export function loadVersionedFiles<T extends { id: string; version: number }>(
  root: string,
  files: VersionedFiles<T>,
): T[] {
  if (files.optional && !fs.existsSync(root)) return [];
  const checked = listFiles(root).map((file) => checkFile(root, file, files));
  const failed = checked.filter((result) => result.problems.length > 0);
  if (failed.length > 0) throw new Error(describeFailures(root, files.kind, failed));
  return checked
    .flatMap((result) => (result.value ? [result.value] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      fs
        .readdirSync(path.join(root, folder.name))
        .filter((name) => name.endsWith(".json"))
        .map((name) => path.join(folder.name, name)),
    )
    .sort();
}

function checkFile<T extends { id: string; version: number }>(
  root: string,
  file: string,
  { schema, problems }: VersionedFiles<T>,
): CheckedFile<T> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    return { file, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { file, problems: parsed.error.issues.map(describeIssue) };
  const value = parsed.data;
  return {
    file,
    value,
    problems: [...namingProblems(file, value), ...(problems?.(value) ?? [])],
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

function namingProblems(file: string, { id, version }: { id: string; version: number }): string[] {
  const folder = path.basename(path.dirname(file));
  const fileName = path.basename(file);
  return [
    ...(folder === id ? [] : [`folder "${folder}" does not match id "${id}"`]),
    ...(fileName === `v${version}.json`
      ? []
      : [`file name "${fileName}" does not match version ${version}`]),
  ];
}

function describeFailures(root: string, kind: string, failed: CheckedFile<unknown>[]): string {
  const sections = failed.map(
    ({ file, problems }) => `${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  return `Invalid ${kind} files in ${root}:\n${sections.join("\n")}`;
}

/** The highest version of each id, keyed by id: what is offered for new work. */
export function newestVersions<T extends { id: string; version: number }>(
  files: readonly T[],
): Map<string, T> {
  const newest = new Map<string, T>();
  for (const file of files) {
    const current = newest.get(file.id);
    if (!current || current.version < file.version) newest.set(file.id, file);
  }
  return newest;
}
