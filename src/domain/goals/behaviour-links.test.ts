import { describe, expect, it } from "vitest";
import { behaviourLinkProblems } from "./behaviour-links";

const model = {
  competencies: [
    {
      id: "empowering",
      name: "Empowering others",
      description: "",
      items: [{ id: "emp-1", text: "Hands over whole pieces of work." }],
    },
  ],
};

describe("links to the engagement's 360 model", () => {
  it("accepts a competency, or one of its behaviours", () => {
    const links = [{ competencyId: "empowering" }, { competencyId: "empowering", itemId: "emp-1" }];
    expect(behaviourLinkProblems(links, model)).toEqual([]);
  });

  it("refuses a competency outside the model, and a behaviour of another competency", () => {
    const links = [
      { competencyId: "empowering" },
      { competencyId: "coaching" },
      { competencyId: "empowering", itemId: "coa-1" },
    ];
    expect(behaviourLinkProblems(links, model)).toEqual([
      {
        path: "behaviourLinks.1.competencyId",
        message: "This competency is not in the 360 model.",
      },
      {
        path: "behaviourLinks.2.itemId",
        message: 'This behaviour is not part of "Empowering others".',
      },
    ]);
  });

  it("refuses every link when the engagement has no 360 model", () => {
    expect(behaviourLinkProblems([{ competencyId: "empowering" }], null)).toHaveLength(1);
    expect(behaviourLinkProblems([], null)).toEqual([]);
  });
});
