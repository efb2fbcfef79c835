import { describe, expect, it } from "vitest";
import type { ModelContent } from "../../../../contract/competency-models";
import { modelProblems } from "../../../../domain/feedback/model-rules";
import {
  idsOf,
  newBehaviour,
  newCompetency,
  newId,
  newOpenQuestion,
  sizeText,
  tidyModel,
} from "./model-draft";

const model: ModelContent = {
  name: "Model",
  summary: "",
  instructions: "",
  competencies: [
    {
      id: "listening",
      name: "Listening",
      description: "",
      items: [
        { id: "l-1", text: "Listens." },
        { id: "l-2", text: "Asks." },
        { id: "l-3", text: "Sums up." },
      ],
    },
  ],
  openQuestions: [{ id: "start", text: "Start?" }],
};

describe("the model editor's draft", () => {
  it("makes short ids the model does not use yet, trying again on a clash", () => {
    const draws = ["l1aaaa", "l1aaaa", "zz9x0k"];
    const random = () => draws.shift() ?? "";
    expect(newId("b", new Set(["b-l1aaaa"]), random)).toBe("b-zz9x0k");
    const id = newId("b", idsOf(model));
    expect(id).toMatch(/^b-[a-z0-9]{6}$/);
  });

  it("adds a competency with the fewest behaviours allowed, every id new and valid", () => {
    const competency = newCompetency(model);
    expect(competency.items).toHaveLength(3);
    const ids = [competency.id, ...competency.items.map((item) => item.id)];
    expect(new Set([...ids, ...idsOf(model)]).size).toBe(ids.length + idsOf(model).size);
    const named = {
      ...competency,
      name: "New",
      items: competency.items.map((item) => ({ ...item, text: "Does it." })),
    };
    expect(modelProblems({ ...model, competencies: [...model.competencies, named] })).toEqual([]);
  });

  it("gives new behaviours and open questions ids of their own", () => {
    expect(idsOf(model).has(newBehaviour(model).id)).toBe(false);
    expect(newOpenQuestion(model).id).toMatch(/^q-/);
  });

  it("trims every text before saving, as the server does", () => {
    const untidy = {
      ...model,
      name: "  Model ",
      competencies: [
        {
          ...model.competencies[0],
          name: " Listening ",
          items: [{ id: "l-1", text: " Listens. " }],
        },
      ],
    } as ModelContent;
    const tidy = tidyModel(untidy);
    expect(tidy.name).toBe("Model");
    expect(tidy.competencies[0]).toMatchObject({
      name: "Listening",
      items: [{ text: "Listens." }],
    });
  });

  it("counts competencies and behaviours in words", () => {
    expect(sizeText({ competencyCount: 9, itemCount: 45 })).toBe("9 competencies · 45 behaviours");
    expect(sizeText({ competencyCount: 1, itemCount: 1 })).toBe("1 competency · 1 behaviour");
  });
});
