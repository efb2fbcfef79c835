import { describe, expect, it } from "vitest";
import { actionVerb, judgeStatement } from "./observable-statement";

describe("a statement with an observable verb", () => {
  it.each([
    ["Delegate two projects a month to my direct reports", "delegate"],
    ["I will hold a one-to-one with each report every two weeks", "hold"],
    ["Each week, ask two questions before giving my view", "ask"],
    ["In every team meeting ask two questions before I give my view", "ask"],
    ["Improve delegation by handing two projects a month to the team", "hand"],
    ["Spend two hours a week on strategy, away from email", "spend"],
    ["Reduce meetings that overrun to one a week", "reduce"],
    ["Replies to every escalation within a day", "reply"],
    ["Planned and ran a quarterly review with the team", "plan"],
    ["Give my team’s members feedback within a day", "give"],
  ])("passes %j", (statement, verb) => {
    expect(judgeStatement(statement)).toEqual({ observable: true, verb });
  });

  it.each([
    ["Be better at delegating", "be better at"],
    ["Get better at giving feedback", "get better at"],
    ["Improve my delegation", "improve"],
    ["Improve the team's plan", "improve"],
    ["Improve my report writing", "improve"],
    ["Understand my team's priorities", "understand"],
    ["Feel more confident in meetings", "feel"],
    ["Be more strategic", "be more"],
    ["Know my numbers", "know"],
    ["Work on team planning", "work on"],
  ])("flags %j and names the vague phrase", (statement, phrase) => {
    expect(judgeStatement(statement)).toEqual({ observable: false, vaguePhrase: phrase });
  });

  it("flags a statement with neither an action nor a known vague phrase, naming none", () => {
    expect(judgeStatement("Strategic thinking")).toEqual({ observable: false, vaguePhrase: null });
    expect(judgeStatement("")).toEqual({ observable: false, vaguePhrase: null });
  });
});

describe("the forms of an action verb", () => {
  it.each([
    ["delegates", "delegate"],
    ["delegated", "delegate"],
    ["delegating", "delegate"],
    ["planning", "plan"],
    ["stopped", "stop"],
    ["replied", "reply"],
    ["wrote", "write"],
    ["held", "hold"],
    ["asks", "ask"],
  ])("%s is a form of %s", (word, verb) => {
    expect(actionVerb(word)).toBe(verb);
  });

  it.each(["delegation", "better", "improve", "s", "ed", "strategy"])("%s is none", (word) => {
    expect(actionVerb(word)).toBeNull();
  });
});
