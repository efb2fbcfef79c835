import { describe, expect, it } from "vitest";
import { anonymityPromise, askedAs } from "./anonymity-promise";

const asked = { clientName: "Dana", threshold: 3, managerIdentified: false };

describe("anonymityPromise", () => {
  it("promises a peer that answers show only together, with the threshold", () => {
    const text = anonymityPromise({ ...asked, group: "peer" }).join(" ");
    expect(text).toContain("combined with those of others in your group");
    expect(text).toContain("only when at least 3 people have answered");
    expect(text).toContain("Comments are shown without your name");
    expect(text).not.toContain("manager");
  });

  it("uses the campaign's threshold when a practice raised it", () => {
    const text = anonymityPromise({ ...asked, group: "direct_report", threshold: 5 }).join(" ");
    expect(text).toContain("at least 5 people");
  });

  it("tells an identified manager that their answers are shown on their own", () => {
    const text = anonymityPromise({ ...asked, group: "manager", managerIdentified: true });
    expect(text[0]).toContain("As Dana's manager your answers are shown on their own");
    expect(text.join(" ")).toContain("marked as the manager's");
    expect(text.join(" ")).not.toContain("combined with those of others");
  });

  it("tells the other raters that only the manager is shown separately", () => {
    const text = anonymityPromise({ ...asked, group: "peer", managerIdentified: true });
    expect(text).toContain("The manager's answers are shown separately; yours are not.");
  });

  it("promises a manager who was not identified the same as everyone", () => {
    const text = anonymityPromise({ ...asked, group: "manager" }).join(" ");
    expect(text).toContain("combined with those of others in your group");
    expect(text).not.toContain("on their own");
  });
});

describe("askedAs", () => {
  it("names the rater's relation to the client", () => {
    expect(askedAs({ clientName: "Dana", group: "direct_report" })).toBe(
      "someone who reports to Dana",
    );
    expect(askedAs({ clientName: "Dana", group: "manager" })).toBe("Dana's manager");
  });
});
