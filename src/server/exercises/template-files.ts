import path from "node:path";
import { exerciseContent } from "../../contract/exercises";
import type { ExerciseContent } from "../../domain/exercise/template";
import { templateProblems } from "../../domain/exercise/template-problems";
import { loadVersionedFiles, newestVersions, versionedFileKeys } from "../content/versioned-files";
import { PROJECT_ROOT } from "../project-root";

export const EXERCISES_ROOT = path.join(PROJECT_ROOT, "content/exercises");

/** One version of an exercise Keel ships, from content/exercises/<id>/v<version>.json. */
export interface BuiltInTemplate {
  id: string;
  version: number;
  content: ExerciseContent;
}

export const exerciseFileSchema = exerciseContent.extend(versionedFileKeys);

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
  const newest = newestVersions(files);
  const rank = (id: string) => {
    const at = SHOWN_FIRST.indexOf(id);
    return at === -1 ? SHOWN_FIRST.length : at;
  };
  const listed = [...newest.values()].sort(
    (a, b) => rank(a.id) - rank(b.id) || a.content.title.localeCompare(b.content.title),
  );
  return { list: () => listed, get: (id) => newest.get(id) };
}

/**
 * Reads and checks every content/exercises/<id>/v<N>.json under root. Every problem in every file
 * is collected first, so one failed start shows all that needs fixing.
 */
export function loadExerciseFiles(root: string): BuiltInTemplate[] {
  return loadVersionedFiles(root, {
    kind: "exercise",
    schema: exerciseFileSchema,
    problems: ({ id, version, ...content }) =>
      templateProblems(content).map((problem) => `${problem.path}: ${problem.message}`),
    optional: true,
  }).map(({ id, version, ...content }) => ({ id, version, content }));
}
