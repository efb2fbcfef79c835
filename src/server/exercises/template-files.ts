import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type ExerciseContent, templateProblems } from "../../domain/exercise/template";
import { exerciseContent } from "./schemas";

export const EXERCISES_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../content/exercises",
);

/** One version of an exercise Keel ships, from content/exercises/<id>/v<version>.json. */
export interface BuiltInTemplate {
  id: string;
  version: number;
  content: ExerciseContent;
}

export const exerciseFileSchema = exerciseContent.extend({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"),
  version: z.int().min(1),
});

/** The exercises Keel ships: the newest version of each, in the order a coach reads them. */
export interface BuiltInTemplates {
  list(): BuiltInTemplate[];
  get(id: string): BuiltInTemplate | undefined;
}

/** The order of the stage-1 exercises as a coach would usually give them. */
const SHOWN_FIRST = [
  "values-ranking",
  "strengths-energisers-drains",
  "career-aspirations",
  "leadership-wheel",
  "best-self",
];

export function builtInTemplates(files: BuiltInTemplate[]): BuiltInTemplates {
  const newest = new Map<string, BuiltInTemplate>();
  for (const file of files) {
    const current = newest.get(file.id);
    if (!current || current.version < file.version) newest.set(file.id, file);
  }
  const rank = (id: string) => {
    const at = SHOWN_FIRST.indexOf(id);
    return at === -1 ? SHOWN_FIRST.length : at;
  };
  const listed = [...newest.values()].sort(
    (a, b) => rank(a.id) - rank(b.id) || a.content.title.localeCompare(b.content.title),
  );
  return { list: () => listed, get: (id) => newest.get(id) };
}

interface CheckedFile {
  file: string;
  template?: BuiltInTemplate;
  problems: string[];
}

/**
 * Reads and checks every content/exercises/<id>/v<N>.json under root. Every problem in every file
 * is collected first, so one failed start shows all that needs fixing.
 */
export function loadExerciseFiles(root: string): BuiltInTemplate[] {
  const checked = listFiles(root).map((file) => checkFile(root, file));
  const failed = checked.filter((result) => result.problems.length > 0);
  if (failed.length > 0) {
    const sections = failed.map(
      ({ file, problems }) => `${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    throw new Error(`Invalid exercise files in ${root}:\n${sections.join("\n")}`);
  }
  return checked
    .flatMap((result) => (result.template ? [result.template] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
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

function checkFile(root: string, file: string): CheckedFile {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    return { file, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = exerciseFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      file,
      problems: parsed.error.issues.map((issue) => {
        const where = issue.path.map(String).join(".");
        return where ? `${where}: ${issue.message}` : issue.message;
      }),
    };
  const { id, version, ...content } = parsed.data;
  const folder = path.basename(path.dirname(file));
  const fileName = path.basename(file);
  return {
    file,
    template: { id, version, content },
    problems: [
      ...(folder === id ? [] : [`folder "${folder}" does not match id "${id}"`]),
      ...(fileName === `v${version}.json`
        ? []
        : [`file name "${fileName}" does not match version ${version}`]),
      ...templateProblems(content).map((problem) => `${problem.path}: ${problem.message}`),
    ],
  };
}
