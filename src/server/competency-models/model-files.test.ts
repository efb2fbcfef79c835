import { afterEach, describe, expect, it } from "vitest";
import { makeContentRoot, removeContentRoots } from "../../../test/support/temp-content-root";
import { itemIds, modelProblems } from "../../domain/feedback/model-rules";
import { builtInModels, COMPETENCY_MODELS_ROOT, loadCompetencyModelFiles } from "./model-files";

describe("the shipped competency model", () => {
  const shipped = builtInModels(loadCompetencyModelFiles(COMPETENCY_MODELS_ROOT));
  const keel = shipped.get("keel-leadership");
  if (!keel) throw new Error("keel-leadership is not shipped");
  const items = keel.competencies.flatMap((competency) => competency.items);

  it("is Keel's leadership model, the only one offered", () => {
    expect(shipped.list().map((model) => `${model.id}@${model.version}`)).toEqual([
      "keel-leadership@1",
    ]);
    expect(modelProblems(keel)).toEqual([]);
  });

  it("has 9 competencies of 5 behaviours each: the 45 items of a report", () => {
    expect(keel.competencies).toHaveLength(9);
    expect(keel.competencies.map((competency) => competency.items.length)).toEqual(
      Array(9).fill(5),
    );
    expect(new Set(itemIds(keel)).size).toBe(45);
  });

  it("covers direction, communicating, deciding, results, people, collaboration, trust, self-awareness and resilience", () => {
    expect(keel.competencies.map((competency) => competency.id)).toEqual([
      "direction",
      "communicating",
      "deciding",
      "results",
      "developing-others",
      "collaborating",
      "trust",
      "self-awareness",
      "resilience",
    ]);
    for (const competency of keel.competencies) expect(competency.description).not.toBe("");
  });

  it("gives short, stable item ids: the competency's prefix and a number", () => {
    for (const competency of keel.competencies) {
      const [prefix] = competency.items[0]?.id.split("-") ?? [];
      expect(competency.items.map((item) => item.id)).toEqual(
        [1, 2, 3, 4, 5].map((n) => `${prefix}-${n}`),
      );
    }
  });

  it("words each item as one sentence about what the person does, with no always or never", () => {
    for (const { text } of items) {
      expect(text, text).toMatch(/^[A-Z][a-z]+s\b[^.]*\.$/);
      expect(text, text).not.toMatch(/\b(always|never)\b/i);
      expect(text.length, text).toBeLessThanOrEqual(90);
    }
  });

  it("asks what the person should start, stop and continue doing", () => {
    expect(keel.openQuestions.map((question) => question.id)).toEqual([
      "start",
      "stop",
      "continue",
    ]);
    expect(keel.openQuestions.map((question) => question.text)).toEqual([
      expect.stringMatching(/start doing/),
      expect.stringMatching(/stop doing/),
      expect.stringMatching(/continue doing/),
    ]);
  });

  it("tells raters to answer from the last few months, prefer Not observed to a guess, and how answers are combined", () => {
    expect(keel.instructions).toMatch(/last few months/);
    expect(keel.instructions).toMatch(/Not observed rather than guess/);
    expect(keel.instructions).toMatch(/combined with those of others in the same group/);
    expect(keel.instructions).not.toMatch(/\d/);
  });
});

afterEach(removeContentRoots);

const valid = {
  id: "tiny-model",
  version: 1,
  name: "Tiny model",
  summary: "Three behaviours.",
  instructions: "Rate what you have seen.",
  competencies: [
    {
      id: "listening",
      name: "Listening",
      description: "Hears people out.",
      items: [
        { id: "l-1", text: "Listens without interrupting." },
        { id: "l-2", text: "Asks follow-up questions." },
        { id: "l-3", text: "Sums up what was said." },
      ],
    },
  ],
  openQuestions: [{ id: "start", text: "What should this person start doing?" }],
};

function messageOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("it loaded");
}

describe("loadCompetencyModelFiles", () => {
  it("loads a valid file and offers the newest version of each model", () => {
    const root = makeContentRoot({
      "tiny-model/v1.json": valid,
      "tiny-model/v2.json": { ...valid, version: 2, name: "Tiny model, again" },
    });
    const models = builtInModels(loadCompetencyModelFiles(root));
    expect(models.get("tiny-model")).toMatchObject({ version: 2, name: "Tiny model, again" });
    expect(models.list()).toHaveLength(1);
  });

  it("finds no models in a folder that does not exist", () => {
    expect(loadCompetencyModelFiles(`${makeContentRoot({})}/missing`)).toEqual([]);
  });

  it("refuses broken files, listing every problem of every file", () => {
    const [first, second, third] = valid.competencies[0]?.items ?? [];
    const root = makeContentRoot({
      "tiny-model/v2.json": valid,
      "broken/v1.json": "{ not json",
      "shape/v1.json": { ...valid, id: "shape", colour: "blue" },
      "rules/v1.json": {
        ...valid,
        id: "rules",
        name: " ",
        competencies: [
          { ...valid.competencies[0], items: [first, { ...second, id: "l-1" }, third] },
          { ...valid.competencies[0], items: [first, { ...second, text: " " }] },
        ],
        openQuestions: [{ id: "Start!", text: "?" }],
      },
    });
    const message = messageOf(() => loadCompetencyModelFiles(root));
    expect(message).toMatch(/^Invalid competency model files in /);
    expect(message).toContain("broken/v1.json:\n  - not valid JSON");
    expect(message).toContain('file name "v2.json" does not match version 1');
    expect(message).toMatch(/shape\/v1\.json:\n {2}- .*Unrecognized key: "colour"/);
    const rules = message.slice(message.indexOf("rules/v1.json:"));
    for (const problem of [
      "name: Give the model a name",
      'competencies.0.items.1.id: "l-1" is used twice',
      'competencies.1.id: "listening" is used twice',
      "competencies.1.items: Give 3 to 8 behaviours",
      'competencies.1.items.0.id: "l-1" is used twice',
      "competencies.1.items.1.text: Describe the behaviour",
      "openQuestions.0.id: Use letters, digits and hyphens",
    ])
      expect(rules).toContain(problem);
  });
});
