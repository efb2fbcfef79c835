import { describe, expect, it } from "vitest";
import { changeType, newQuestion, nextId, reconcileGroups } from "./template-draft";

describe("the template editor's draft", () => {
  it("gives each new question the lowest free id", () => {
    expect(nextId("q", ["q1", "q3"])).toBe("q2");
    const first = newQuestion("rating", []);
    expect(first).toMatchObject({ id: "q1", type: "rating", min: 1, max: 10, required: true });
    expect(newQuestion("choice", [first])).toMatchObject({ id: "q2", multiple: false });
  });

  it("keeps the prompt, and the options between ranking and choice, when the type changes", () => {
    const ranking = { ...newQuestion("ranking", []), prompt: "Rank", help: "Hint" };
    const choice = changeType(ranking, "choice");
    expect(choice).toMatchObject({ id: "q1", prompt: "Rank", help: "Hint", type: "choice" });
    expect(choice.type === "choice" && choice.options).toEqual(
      ranking.type === "ranking" && ranking.options,
    );
    expect(changeType(choice, "text")).toEqual({
      id: "q1",
      prompt: "Rank",
      help: "Hint",
      required: true,
      type: "text",
    });
  });

  it("drops from a wheel the questions that are gone or no longer ratings, in question order", () => {
    const questions = [
      { ...newQuestion("rating", []), id: "b" },
      { ...newQuestion("text", []), id: "c" },
      { ...newQuestion("rating", []), id: "a" },
    ];
    const groups = [
      { id: "wheel", title: "W", display: "wheel" as const, questionIds: ["a", "b", "c", "gone"] },
    ];
    expect(reconcileGroups(questions, groups)[0]?.questionIds).toEqual(["b", "a"]);
  });
});
