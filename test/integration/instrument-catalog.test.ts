import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../src/domain/assessment/instrument";
import { loadInstrumentCatalog } from "../../src/server/assessments/catalog";
import {
  INSTRUMENTS_ROOT,
  loadInstrumentFiles,
} from "../../src/server/assessments/instrument-files";
import type { DatabaseHandle } from "../../src/server/db/database";
import { copyTemplateDatabase, databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the instrument catalog on the %s database", (kind) => {
  let handle: DatabaseHandle;
  let shipped: InstrumentDefinition[];

  beforeAll(async () => {
    handle = await copyTemplateDatabase(kind);
    shipped = loadInstrumentFiles(INSTRUMENTS_ROOT);
  });
  afterAll(async () => handle.close());

  const edited = (definition: InstrumentDefinition, version: number): InstrumentDefinition => ({
    ...definition,
    version,
    items: definition.items.map((item, i) =>
      i === 0 ? { ...item, keyed: item.keyed === "+" ? "-" : "+" } : item,
    ),
  });

  it("stores each shipped version once and finds it again on the next start", async () => {
    const first = await loadInstrumentCatalog(handle.db, shipped);
    const second = await loadInstrumentCatalog(handle.db, shipped);
    const ids = (catalog: typeof first) => catalog.offered().map((entry) => entry.versionId);
    expect(ids(second).sort()).toEqual(ids(first).sort());
    expect(
      first
        .offered()
        .map((entry) => entry.definition.id)
        .sort(),
    ).toEqual(["ipip-bffm-50", "ipip-neo-120"]);
  });

  it("refuses to start when a stored version's content changed", async () => {
    const ipip50 = shipped.find((d) => d.id === "ipip-bffm-50") as InstrumentDefinition;
    await expect(loadInstrumentCatalog(handle.db, [edited(ipip50, 1)])).rejects.toThrow(
      /ipip-bffm-50 version 1 differs.*v2\.json/,
    );
  });

  it("offers a new version and still scores old responses by the version they were taken on", async () => {
    const ipip50 = shipped.find((d) => d.id === "ipip-bffm-50") as InstrumentDefinition;
    const before = await loadInstrumentCatalog(handle.db, shipped);
    const oldVersionId = before.newest("ipip-bffm-50")?.versionId as string;

    const after = await loadInstrumentCatalog(handle.db, [edited(ipip50, 2)]);
    expect(after.newest("ipip-bffm-50")?.definition.version).toBe(2);
    const old = await after.version(oldVersionId);
    expect(old.version).toBe(1);
    expect(old.items[0]?.keyed).toBe(ipip50.items[0]?.keyed);
  });
});
