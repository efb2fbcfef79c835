import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { InstrumentDefinition, ScaleDefinition } from "../../domain/assessment/instrument";

export const INSTRUMENTS_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../content/instruments",
);

const text = z.string().regex(/\S/, "must not be blank");

const responseOptionSchema = z.strictObject({ value: z.int(), label: text });

const itemSchema = z.strictObject({ id: text, text, keyed: z.enum(["+", "-"]) });

const scaleSchema = z.strictObject({
  id: text,
  name: text,
  kind: z.enum(["scale", "domain", "facet"]),
  parent: text.optional(),
  items: z.array(text).min(1),
  alpha: z.number().gt(0).lt(1).nullable(),
  alphaSource: text.optional(),
  interpretation: z.strictObject({ about: text, high: text, low: text }),
  strengthPole: z.enum(["high", "low"]).optional(),
});

export const instrumentDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"),
  version: z.int().min(1),
  name: text,
  shortName: text,
  summary: text,
  minutes: z.number().positive(),
  license: text,
  licenseStatement: text,
  source: z.url(),
  citations: z.array(text).min(1),
  notices: z.array(text),
  instructions: text,
  responseScale: z.array(responseOptionSchema).min(2),
  itemsPerPage: z.int().min(1),
  items: z.array(itemSchema).min(1),
  scales: z.array(scaleSchema).min(1),
  scoring: z.strictObject({
    method: z.literal("mean"),
    maxMissingShare: z.number().min(0).lt(1),
  }),
});

interface CheckedFile {
  file: string;
  definition?: InstrumentDefinition;
  problems: string[];
}

/**
 * Reads and checks every content/instruments/<id>/v<N>.json under root. Every problem in every file
 * is collected first, so one failed start shows all that needs fixing.
 */
export function loadInstrumentFiles(root: string): InstrumentDefinition[] {
  const checked = listInstrumentFiles(root).map((file) => checkInstrumentFile(root, file));
  const failed = checked.filter((result) => result.problems.length > 0);
  if (failed.length > 0) throw new Error(describeFailures(root, failed));
  return checked
    .flatMap((result) => (result.definition ? [result.definition] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

function listInstrumentFiles(root: string): string[] {
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

function checkInstrumentFile(root: string, file: string): CheckedFile {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    return { file, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = instrumentDefinitionSchema.safeParse(json);
  if (!parsed.success) return { file, problems: parsed.error.issues.map(describeIssue) };
  const definition = parsed.data;
  return {
    file,
    definition,
    problems: [...namingProblems(file, definition), ...integrityProblems(definition)],
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

function describeFailures(root: string, failed: CheckedFile[]): string {
  const sections = failed.map(
    ({ file, problems }) => `${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  return `Invalid instrument files in ${root}:\n${sections.join("\n")}`;
}

function namingProblems(file: string, definition: InstrumentDefinition): string[] {
  const folder = path.basename(path.dirname(file));
  const fileName = path.basename(file);
  const expectedFileName = `v${definition.version}.json`;
  return [
    ...(folder === definition.id
      ? []
      : [`folder "${folder}" does not match id "${definition.id}"`]),
    ...(fileName === expectedFileName
      ? []
      : [`file name "${fileName}" does not match version ${definition.version}`]),
  ];
}

function integrityProblems(definition: InstrumentDefinition): string[] {
  return [
    ...duplicates(definition.items.map((item) => item.id)).map((id) => `item id "${id}" repeats`),
    ...duplicates(definition.scales.map((scale) => scale.id)).map(
      (id) => `scale id "${id}" repeats`,
    ),
    ...scaleItemProblems(definition),
    ...unscoredItemProblems(definition),
    ...parentProblems(definition.scales),
    ...domainProblems(definition.scales),
    ...responseScaleProblems(definition),
  ];
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

function scaleItemProblems({ items, scales }: InstrumentDefinition): string[] {
  const itemIds = new Set(items.map((item) => item.id));
  return scales.flatMap((scale) => [
    ...scale.items
      .filter((id) => !itemIds.has(id))
      .map((id) => `scale "${scale.id}" lists item "${id}", which does not exist`),
    ...duplicates(scale.items).map((id) => `scale "${scale.id}" lists item "${id}" twice`),
  ]);
}

function unscoredItemProblems({ items, scales }: InstrumentDefinition): string[] {
  const scored = new Set(scales.flatMap((scale) => scale.items));
  return items
    .filter((item) => !scored.has(item.id))
    .map((item) => `item "${item.id}" is scored on no scale`);
}

function parentProblems(scales: ScaleDefinition[]): string[] {
  const byId = new Map(scales.map((scale) => [scale.id, scale]));
  return scales.flatMap((scale) => {
    if (scale.kind !== "facet") {
      return scale.parent === undefined
        ? []
        : [`${scale.kind} "${scale.id}" has a parent; only facets have one`];
    }
    if (scale.parent === undefined) return [`facet "${scale.id}" has no parent`];
    const parent = byId.get(scale.parent);
    if (!parent)
      return [`facet "${scale.id}" names parent "${scale.parent}", which does not exist`];
    return parent.kind === "domain"
      ? []
      : [
          `facet "${scale.id}" names parent "${scale.parent}", which is a ${parent.kind}, not a domain`,
        ];
  });
}

function domainProblems(scales: ScaleDefinition[]): string[] {
  return scales
    .filter((scale) => scale.kind === "domain")
    .flatMap((domain) => {
      const facetItems = new Set(
        scales.filter((scale) => scale.parent === domain.id).flatMap((facet) => facet.items),
      );
      const domainItems = new Set(domain.items);
      const extra = [...domainItems].filter((id) => !facetItems.has(id));
      const missing = [...facetItems].filter((id) => !domainItems.has(id));
      return [
        ...(extra.length > 0
          ? [`domain "${domain.id}" lists items in none of its facets: ${extra.join(", ")}`]
          : []),
        ...(missing.length > 0
          ? [`domain "${domain.id}" lacks items of its facets: ${missing.join(", ")}`]
          : []),
      ];
    });
}

function responseScaleProblems({ responseScale }: InstrumentDefinition): string[] {
  return responseScale.slice(1).flatMap((option, index) => {
    const previous = responseScale[index]?.value ?? Number.NEGATIVE_INFINITY;
    return option.value > previous
      ? []
      : [`responseScale values must ascend, but ${option.value} follows ${previous}`];
  });
}
