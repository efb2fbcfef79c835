import path from "node:path";
import { z } from "zod";
import { actionPlan } from "../../contract/goals";
import type { ActionPlan } from "../../domain/goals/action-plan";
import { checkPlan } from "../../domain/goals/plan-checks";
import { loadVersionedFiles, newestVersions, versionedFileKeys } from "../content/versioned-files";
import { PROJECT_ROOT } from "../project-root";

export const PLAN_TEMPLATES_ROOT = path.join(PROJECT_ROOT, "content/plan-templates");

/** One version of a plan template Keel ships, from content/plan-templates/<id>/v<N>.json. */
export interface BuiltInPlanTemplate {
  id: string;
  version: number;
  title: string;
  summary: string;
  plan: ActionPlan;
}

const planTemplateFile = z.strictObject({
  ...versionedFileKeys,
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().max(1000),
  plan: actionPlan,
});

/** The plan templates Keel ships: the newest version of each, by title. */
export interface BuiltInPlanTemplates {
  list(): BuiltInPlanTemplate[];
  get(id: string): BuiltInPlanTemplate | undefined;
}

export function builtInPlanTemplates(files: BuiltInPlanTemplate[]): BuiltInPlanTemplates {
  const newest = newestVersions(files);
  const listed = [...newest.values()].sort((a, b) => a.title.localeCompare(b.title));
  return { list: () => listed, get: (id) => newest.get(id) };
}

/** Reads and checks every file; one failed start lists every problem in every file. */
export function loadPlanTemplateFiles(root: string): BuiltInPlanTemplate[] {
  return loadVersionedFiles(root, {
    kind: "plan template",
    schema: planTemplateFile,
    problems: ({ plan }) => checkPlan(plan).map((p) => `plan.${p.path}: ${p.message}`),
    optional: true,
  });
}
