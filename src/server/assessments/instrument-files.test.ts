import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { makeContentRoot, removeContentRoots } from "../../../test/support/temp-content-root";
import type { InstrumentDefinition } from "../../domain/assessment/instrument";
import {
  INSTRUMENTS_ROOT,
  type instrumentDefinitionSchema,
  loadInstrumentFiles,
} from "./instrument-files";

// [+ keyed, - keyed] per scale, as the IPIP key pages (and the shared data files) give them.
const BFFM_KEYING: Record<string, [number, number]> = {
  extraversion: [5, 5],
  agreeableness: [6, 4],
  conscientiousness: [6, 4],
  emotional_stability: [2, 8],
  intellect_imagination: [7, 3],
};

const NEO_FACET_KEYING: Record<string, [number, number]> = {
  N1: [4, 0],
  N2: [3, 1],
  N3: [3, 1],
  N4: [3, 1],
  N5: [1, 3],
  N6: [3, 1],
  E1: [2, 2],
  E2: [2, 2],
  E3: [3, 1],
  E4: [3, 1],
  E5: [4, 0],
  E6: [4, 0],
  O1: [4, 0],
  O2: [2, 2],
  O3: [2, 2],
  O4: [1, 3],
  O5: [1, 3],
  O6: [2, 2],
  A1: [3, 1],
  A2: [0, 4],
  A3: [2, 2],
  A4: [0, 4],
  A5: [0, 4],
  A6: [2, 2],
  C1: [4, 0],
  C2: [1, 3],
  C3: [2, 2],
  C4: [2, 2],
  C5: [2, 2],
  C6: [0, 4],
};

const NEO_DOMAIN_LETTERS: Record<string, string> = {
  neuroticism: "N",
  extraversion: "E",
  openness: "O",
  agreeableness: "A",
  conscientiousness: "C",
};

function shipped(id: string): InstrumentDefinition {
  const found = loadInstrumentFiles(INSTRUMENTS_ROOT).find((definition) => definition.id === id);
  if (!found) throw new Error(`${id} is not shipped`);
  return found;
}

function keyingCounts(definition: InstrumentDefinition, itemIds: string[]): [number, number] {
  const keyed = new Map(definition.items.map((item) => [item.id, item.keyed]));
  const plus = itemIds.filter((id) => keyed.get(id) === "+").length;
  return [plus, itemIds.length - plus];
}

function keyingByScale(definition: InstrumentDefinition, kind: "scale" | "facet") {
  return Object.fromEntries(
    definition.scales
      .filter((scale) => scale.kind === kind)
      .map((scale) => [scale.id, keyingCounts(definition, scale.items)]),
  );
}

describe("the shipped instrument files", () => {
  it("load, one version each", () => {
    const loaded = loadInstrumentFiles(INSTRUMENTS_ROOT);
    expect(loaded.map(({ id, version }) => `${id}/v${version}`)).toEqual([
      "ipip-bffm-50/v1",
      "ipip-neo-120/v1",
    ]);
  });

  it("give the 50-item markers five scales of 10 items, keyed as on the key page", () => {
    const bffm = shipped("ipip-bffm-50");
    expect(bffm.items).toHaveLength(50);
    expect(bffm.scales.map((scale) => [scale.kind, scale.items.length])).toEqual(
      Array(5).fill(["scale", 10]),
    );
    expect(keyingByScale(bffm, "scale")).toEqual(BFFM_KEYING);
  });

  it("give the IPIP-NEO-120 five domains of 24 items and 30 facets of 4, keyed as on the key page", () => {
    const neo = shipped("ipip-neo-120");
    expect(neo.items).toHaveLength(120);
    const domains = neo.scales.filter((scale) => scale.kind === "domain");
    const facets = neo.scales.filter((scale) => scale.kind === "facet");
    expect(domains.map((domain) => [domain.id, domain.items.length])).toEqual(
      Object.keys(NEO_DOMAIN_LETTERS).map((id) => [id, 24]),
    );
    expect(facets).toHaveLength(30);
    for (const facet of facets) {
      expect(facet.items).toHaveLength(4);
      expect(facet.id[0]).toBe(NEO_DOMAIN_LETTERS[facet.parent ?? ""]);
    }
    expect(keyingByScale(neo, "facet")).toEqual(NEO_FACET_KEYING);
  });

  it("give alphas for every scale and facet, and none for the NEO domains", () => {
    const scales = [...shipped("ipip-bffm-50").scales, ...shipped("ipip-neo-120").scales];
    for (const scale of scales) {
      expect(scale.alpha === null).toBe(scale.kind === "domain");
      expect(scale.alphaSource).toBeTruthy();
    }
  });

  it("say that the IPIP-NEO is not the NEO PI-R", () => {
    expect(shipped("ipip-neo-120").notices).toContainEqual(
      expect.stringMatching(/It is not the NEO PI-R/),
    );
  });
});

describe("the file schema", () => {
  it("describes exactly an InstrumentDefinition", () => {
    expectTypeOf<
      z.output<typeof instrumentDefinitionSchema>
    >().toEqualTypeOf<InstrumentDefinition>();
  });
});

const interpretation = { about: "About.", high: "High.", low: "Low." };

function tinyInstrument(): InstrumentDefinition {
  return {
    id: "tiny",
    version: 1,
    name: "Tiny",
    shortName: "Tiny",
    summary: "Two facets of one domain.",
    minutes: 1,
    license: "Public domain",
    licenseStatement: "Free to use.",
    source: "https://example.org/tiny",
    citations: ["Someone (2020). Tiny."],
    notices: [],
    instructions: "Answer.",
    responseScale: [
      { value: 1, label: "No" },
      { value: 2, label: "Yes" },
    ],
    itemsPerPage: 2,
    items: [
      { id: "a1", text: "A one.", keyed: "+" },
      { id: "b1", text: "B one.", keyed: "-" },
    ],
    scales: [
      { id: "d", name: "D", kind: "domain", items: ["a1", "b1"], alpha: null, interpretation },
      { id: "a", name: "A", kind: "facet", parent: "d", items: ["a1"], alpha: 0.7, interpretation },
      { id: "b", name: "B", kind: "facet", parent: "d", items: ["b1"], alpha: 0.8, interpretation },
    ],
    scoring: { method: "mean", maxMissingShare: 0.2 },
  };
}

function withScale(scaleId: string, change: object): InstrumentDefinition {
  const definition = tinyInstrument();
  definition.scales = definition.scales.map((scale) =>
    scale.id === scaleId ? { ...scale, ...change } : scale,
  );
  return definition;
}

afterEach(removeContentRoots);

function rootWith(content: unknown): string {
  return makeContentRoot({ "tiny/v1.json": content });
}

describe("loadInstrumentFiles", () => {
  it("loads a valid file", () => {
    expect(loadInstrumentFiles(rootWith(tinyInstrument()))).toEqual([tinyInstrument()]);
  });

  it.each([
    ["an unknown key", { ...tinyInstrument(), colour: "blue" }, /Unrecognized key: "colour"/],
    [
      "an item in no scale",
      {
        ...tinyInstrument(),
        items: [...tinyInstrument().items, { id: "c1", text: "C.", keyed: "+" }],
      },
      /item "c1" is scored on no scale/,
    ],
    [
      "a scale naming a missing item",
      withScale("a", { items: ["a1", "ghost"] }),
      /scale "a" lists item "ghost", which does not exist/,
    ],
    [
      "a facet whose parent is missing",
      withScale("b", { parent: "ghost" }),
      /facet "b" names parent "ghost", which does not exist/,
    ],
    [
      "a facet whose parent is not a domain",
      withScale("b", { parent: "a" }),
      /facet "b" names parent "a", which is a facet, not a domain/,
    ],
    [
      "a domain that differs from its facets",
      withScale("d", { items: ["a1"] }),
      /domain "d" lacks items of its facets: b1/,
    ],
    ["an alpha of 1", withScale("a", { alpha: 1 }), /scales\.1\.alpha/],
    ["no items per page", { ...tinyInstrument(), itemsPerPage: 0 }, /itemsPerPage/],
    [
      "a descending response scale",
      { ...tinyInstrument(), responseScale: [...tinyInstrument().responseScale].reverse() },
      /responseScale values must ascend, but 1 follows 2/,
    ],
  ])("refuses %s, naming the file and the problem", (_, content, problem) => {
    const load = () => loadInstrumentFiles(rootWith(content));
    expect(load).toThrow(problem);
    expect(load).toThrow(path.join("tiny", "v1.json"));
  });

  it("reports every problem of every file in one error", () => {
    const root = rootWith({ ...withScale("a", { items: ["ghost"] }), id: "small" });
    fs.mkdirSync(path.join(root, "other"));
    fs.writeFileSync(path.join(root, "other", "v1.json"), "{ not json");
    const problems = [
      /folder "tiny" does not match id "small"/,
      /scale "a" lists item "ghost", which does not exist/,
      /domain "d" lacks items of its facets: ghost/,
      /other\/v1\.json:\n {2}- not valid JSON/,
    ];
    for (const problem of problems) expect(() => loadInstrumentFiles(root)).toThrow(problem);
  });
});
