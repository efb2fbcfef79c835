import path from "node:path";
import { competencyModelContent } from "../../contract/competency-models";
import type { CompetencyModel } from "../../domain/feedback/competency-model";
import { modelProblems } from "../../domain/feedback/model-rules";
import { loadVersionedFiles, newestVersions, versionedFileKeys } from "../content/versioned-files";
import { PROJECT_ROOT } from "../project-root";

export const COMPETENCY_MODELS_ROOT = path.join(PROJECT_ROOT, "content/competency-models");

const modelFileSchema = competencyModelContent.extend(versionedFileKeys);

/** The competency models Keel ships: the newest version of each. */
export interface BuiltInModels {
  list(): CompetencyModel[];
  get(id: string): CompetencyModel | undefined;
}

export function builtInModels(files: CompetencyModel[]): BuiltInModels {
  const newest = newestVersions(files);
  const listed = [...newest.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { list: () => listed, get: (id) => newest.get(id) };
}

/** Reads and checks every content/competency-models/<id>/v<N>.json under root. */
export function loadCompetencyModelFiles(root: string): CompetencyModel[] {
  return loadVersionedFiles(root, {
    kind: "competency model",
    schema: modelFileSchema,
    problems: (model) => modelProblems(model).map((p) => `${p.path}: ${p.message}`),
    optional: true,
  });
}
