import { describe, expect, it } from "vitest";
import { sampleTemplate } from "../../../test/support/test-templates";
import { type ExerciseContent, type Question, tidyTemplate } from "./template";
import { templateProblems } from "./template-problems";

function withQuestion(index: number, change: Partial<Question>): ExerciseContent {
  const template = sampleTemplate();
  template.questions[index] = { ...template.questions[index], ...change } as Question;
  return template;
}

const paths = (content: ExerciseContent) => templateProblems(content).map((p) => p.path);

describe("templateProblems", () => {
  it("accepts a well-formed template with a wheel", () => {
    expect(templateProblems(sampleTemplate())).toEqual([]);
  });

  it("asks for a title, a purpose and at least one question", () => {
    const template = { ...sampleTemplate(), title: "  ", purpose: "", questions: [], groups: [] };
    expect(templateProblems(template)).toEqual([
      { path: "title", message: "Give the exercise a title" },
      { path: "purpose", message: "Say in a sentence why it is worth doing" },
      { path: "questions", message: "Add at least one question" },
    ]);
  });

  it("refuses over-long texts and odd minutes", () => {
    const template = { ...sampleTemplate(), title: "x".repeat(121), minutes: 0.5 };
    expect(paths(template)).toEqual(["title", "minutes"]);
  });

  it("names a repeated question id where it repeats, and a badly formed one", () => {
    const template = withQuestion(1, { id: "story" });
    expect(templateProblems(template)).toContainEqual({
      path: "questions.1.id",
      message: "Another question has this id; each needs its own",
    });
    expect(paths(withQuestion(1, { id: "two words" }))).toEqual(["questions.1.id"]);
  });

  it("asks for a prompt and keeps help short", () => {
    expect(paths(withQuestion(0, { prompt: "" }))).toEqual(["questions.0.prompt"]);
    expect(paths(withQuestion(0, { help: "h".repeat(1001) }))).toEqual(["questions.0.help"]);
  });

  it("checks a text question's longest answer", () => {
    expect(paths(withQuestion(0, { maxLength: 0 } as Partial<Question>))).toEqual([
      "questions.0.maxLength",
    ]);
  });

  it("checks a rating's range", () => {
    const reversed = sampleTemplate();
    reversed.questions.push({
      id: "r4",
      type: "rating",
      prompt: "?",
      required: false,
      min: 5,
      max: 5,
    });
    expect(templateProblems(reversed)).toEqual([
      { path: "questions.9.max", message: "The top of the scale must be above its bottom" },
    ]);
    const wide = sampleTemplate();
    wide.questions.push({
      id: "r4",
      type: "rating",
      prompt: "?",
      required: false,
      min: 0,
      max: 11,
    });
    expect(paths(wide)).toEqual(["questions.9.max"]);
    const fractional = sampleTemplate();
    fractional.questions.push({
      id: "r4",
      type: "rating",
      prompt: "?",
      required: false,
      min: 0.5,
      max: 5,
    });
    expect(paths(fractional)).toEqual(["questions.9.min"]);
  });

  it("checks options: enough of them, unique ids and labels", () => {
    expect(
      templateProblems(
        withQuestion(2, { options: [{ id: "a", label: "A" }] } as Partial<Question>),
      ),
    ).toEqual([{ path: "questions.2.options", message: "Give at least 2 options" }]);
    const repeated = withQuestion(4, {
      options: [
        { id: "yes", label: "Yes" },
        { id: "yes", label: "yes " },
        { id: "maybe", label: "" },
      ],
    } as Partial<Question>);
    expect(paths(repeated)).toEqual([
      "questions.4.options.2.label",
      "questions.4.options.1.id",
      "questions.4.options.1.label",
    ]);
  });

  it("keeps a ranking's top N within its options", () => {
    expect(paths(withQuestion(2, { top: 4 } as Partial<Question>))).toEqual(["questions.2.top"]);
    expect(paths(withQuestion(2, { top: 0 } as Partial<Question>))).toEqual(["questions.2.top"]);
    expect(paths(withQuestion(2, { top: 3 } as Partial<Question>))).toEqual([]);
  });

  it("allows a maximum of choices only on a multiple choice, within its options", () => {
    expect(paths(withQuestion(4, { maxChoices: 1 } as Partial<Question>))).toEqual([
      "questions.4.maxChoices",
    ]);
    expect(paths(withQuestion(5, { maxChoices: 4 } as Partial<Question>))).toEqual([
      "questions.5.maxChoices",
    ]);
  });

  describe("wheels", () => {
    const withGroup = (questionIds: string[], questions?: (q: Question[]) => void) => {
      const template = sampleTemplate();
      questions?.(template.questions);
      template.groups = [{ id: "wheel", title: "Wheel", display: "wheel", questionIds }];
      return template;
    };

    it("needs from 3 to 12 spokes", () => {
      expect(templateProblems(withGroup(["r1", "r2"]))).toEqual([
        { path: "groups.0.questionIds", message: "A wheel has from 3 to 12 rating questions" },
      ]);
    });

    it("takes only ratings that exist, each once", () => {
      expect(paths(withGroup(["r1", "r2", "nope"]))).toEqual(["groups.0.questionIds.2"]);
      expect(templateProblems(withGroup(["one", "r1", "r2"]))[0]?.message).toMatch(/not a rating/);
      expect(templateProblems(withGroup(["r1", "r1", "r2"]))[0]?.message).toMatch(
        /already in a group/,
      );
    });

    it("needs one shared scale and consecutive questions in order", () => {
      const mixed = withGroup(["r1", "r2", "r3"], (questions) => {
        questions[8] = { id: "r3", type: "rating", prompt: "E", required: true, min: 0, max: 10 };
      });
      expect(templateProblems(mixed)[0]?.message).toMatch(/share one scale/);
      expect(templateProblems(withGroup(["r1", "r3", "r2"]))[0]?.message).toMatch(
        /follow one another/,
      );
    });

    it("names a group without a title", () => {
      const template = sampleTemplate();
      (template.groups[0] as { title: string }).title = "";
      expect(paths(template)).toEqual(["groups.0.title"]);
    });
  });
});

describe("tidyTemplate", () => {
  it("trims texts and drops blank hints and labels", () => {
    const template = sampleTemplate();
    template.title = "  Title ";
    template.questions[0] = { ...template.questions[0], prompt: " Q ", help: "  " } as Question;
    template.questions[6] = {
      id: "r1",
      type: "rating",
      prompt: "Vision",
      required: true,
      min: 1,
      max: 10,
      lowLabel: "",
      highLabel: " High ",
    };
    const tidied = tidyTemplate(template);
    expect(tidied.title).toBe("Title");
    expect(tidied.questions[0]).not.toHaveProperty("help");
    expect(tidied.questions[0]?.prompt).toBe("Q");
    expect(tidied.questions[6]).toEqual({
      id: "r1",
      type: "rating",
      prompt: "Vision",
      required: true,
      min: 1,
      max: 10,
      highLabel: "High",
    });
  });
});
