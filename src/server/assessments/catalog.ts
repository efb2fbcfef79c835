import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { InstrumentDefinition } from "../../domain/assessment/instrument";
import { newestVersions } from "../content/versioned-files";
import type { Database } from "../db/database";
import { instrumentVersion } from "../db/schema";

export interface CatalogEntry {
  versionId: string;
  definition: InstrumentDefinition;
}

/** The questionnaires Keel offers (the newest version of each) and every version ever stored. */
export interface InstrumentCatalog {
  offered(): CatalogEntry[];
  newest(instrumentId: string): CatalogEntry | undefined;
  /** The exact version a response was taken on, even one no longer shipped as a file. */
  version(versionId: string): Promise<InstrumentDefinition>;
}

/**
 * Stores each shipped version the first time it is seen. A version already stored with other
 * content stops the start: scoring old responses by a silently edited file would change them.
 */
export async function loadInstrumentCatalog(
  db: Database,
  definitions: InstrumentDefinition[],
): Promise<InstrumentCatalog> {
  const stored = await storeVersions(db, definitions);
  const entryOf = (definition: InstrumentDefinition): CatalogEntry => ({
    versionId: stored.get(keyOf(definition)) as string,
    definition,
  });
  const byVersionId = new Map(definitions.map((d) => [entryOf(d).versionId, d]));
  const newest = new Map([...newestVersions(definitions)].map(([id, d]) => [id, entryOf(d)]));
  return {
    offered: () => [...newest.values()],
    newest: (instrumentId) => newest.get(instrumentId),
    version: async (versionId) => {
      const known = byVersionId.get(versionId);
      if (known) return known;
      const [row] = await db
        .select({ definition: instrumentVersion.definition })
        .from(instrumentVersion)
        .where(eq(instrumentVersion.id, versionId));
      if (!row) throw new Error(`Instrument version ${versionId} is not stored.`);
      byVersionId.set(versionId, row.definition);
      return row.definition;
    },
  };
}

async function storeVersions(db: Database, definitions: InstrumentDefinition[]) {
  if (definitions.length === 0) return new Map<string, string>();
  await db
    .insert(instrumentVersion)
    .values(
      definitions.map((definition) => ({
        instrumentId: definition.id,
        version: definition.version,
        definition,
        checksum: checksumOf(definition),
      })),
    )
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(instrumentVersion)
    .where(inArray(instrumentVersion.instrumentId, [...new Set(definitions.map((d) => d.id))]));
  const ids = new Map<string, string>();
  for (const definition of definitions) {
    const row = rows.find(
      (r) => r.instrumentId === definition.id && r.version === definition.version,
    );
    if (row && row.checksum !== checksumOf(definition)) throw changedVersion(definition);
    if (row) ids.set(keyOf(definition), row.id);
  }
  return ids;
}

const keyOf = (definition: InstrumentDefinition) => `${definition.id}@${definition.version}`;

function changedVersion(definition: InstrumentDefinition) {
  return new Error(
    `The questionnaire ${definition.id} version ${definition.version} differs from the one stored when it was first used. ` +
      `Restore content/instruments/${definition.id}/v${definition.version}.json and put the change in v${definition.version + 1}.json.`,
  );
}

/** SHA-256 of the definition with its keys sorted, so formatting and key order do not count. */
export function checksumOf(definition: InstrumentDefinition): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
