import path from "node:path";
import { z } from "zod";
import type { InstrumentDefinition, ScaleDefinition } from "../../domain/assessment/instrument";
import { loadVersionedFiles, versionedFileKeys } from "../content/versioned-files";
import { PROJECT_ROOT } from "../project-root";

export const INSTRUMENTS_ROOT = path.join(PROJECT_ROOT, "content/instruments");

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
  ...versionedFileKeys,
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

/**
 * Reads and checks every content/instruments/<id>/v<N>.json under root. Every problem in every file
 * is collected first, so one failed start shows all that needs fixing.
 */
export function loadInstrumentFiles(root: string): InstrumentDefinition[] {
  return loadVersionedFiles(root, {
    kind: "instrument",
    schema: instrumentDefinitionSchema,
    problems: integrityProblems,
  });
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
