import { describe, expect, it } from "vitest";
import {
  mayChooseSustainMail,
  mayEditSustainPlan,
  type SustainItem,
  sustainPlanProblems,
} from "./plan";

const item = (over: Partial<SustainItem> = {}): SustainItem => ({
  id: "a",
  kind: "habit",
  title: "Ask before I answer",
  cue: "When someone brings me a problem",
  check: "Three asked questions a week",
  ifThen: [{ situation: "I am short of time", action: "ask one question anyway" }],
  ...over,
});

describe("a sustain plan's items", () => {
  it("need a name, a cue, a check and an if-then plan checked as a goal's", () => {
    expect(sustainPlanProblems([item()])).toEqual([]);
    const paths = sustainPlanProblems([
      item({ title: " ", cue: "Mondays", check: "", ifThen: [{ situation: "busy", action: "" }] }),
    ]).map((p) => p.path);
    expect(paths).toEqual([
      "items.0.title",
      "items.0.cue",
      "items.0.check",
      "items.0.ifThen.0.situation",
      "items.0.ifThen.0.action",
    ]);
    expect(sustainPlanProblems([item({ ifThen: [] })]).map((p) => p.path)).toEqual([
      "items.0.ifThen",
    ]);
  });

  it("have ids of their own, and a plan holds twelve at most", () => {
    expect(sustainPlanProblems([item(), item()]).map((p) => p.path)).toEqual(["items.1.id"]);
    const many = Array.from({ length: 13 }, (_, i) => item({ id: String(i) }));
    expect(sustainPlanProblems(many).map((p) => p.path)).toEqual(["items"]);
  });

  it("are written by the client and coach; the choices of mail are the client's", () => {
    expect(["coach", "client", "sponsor", null].map((r) => mayEditSustainPlan(r as never))).toEqual(
      [true, true, false, false],
    );
    expect(mayChooseSustainMail("coach")).toBe(false);
    expect(mayChooseSustainMail("client")).toBe(true);
  });
});
