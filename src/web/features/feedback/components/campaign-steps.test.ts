import { describe, expect, it } from "vitest";
import { CAMPAIGN_STATUSES } from "../../../../domain/feedback/campaign-status";
import {
  campaignSteps,
  firstName,
  isStepBack,
  moveConfirmation,
  moveLabel,
  nextStepText,
} from "./campaign-steps";

const names = { client: "Tom", coach: "Rosa" };

describe("campaignSteps", () => {
  it("lists the six statuses in order, with the current one and those before it done", () => {
    const steps = campaignSteps("approval", "coach", names);
    expect(steps.map((step) => step.status)).toEqual([...CAMPAIGN_STATUSES]);
    expect(steps.map((step) => step.state)).toEqual([
      "done",
      "done",
      "current",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
  });

  it("says who acts at each step: you at your own steps, the others by name", () => {
    const forCoach = campaignSteps("draft", "coach", names).map((step) => step.actor);
    expect(forCoach).toEqual(["You", "Tom", "You", "The raters", "You", "Tom"]);
    const forClient = campaignSteps("draft", "client", names).map((step) => step.actor);
    expect(forClient).toEqual(["Rosa", "You", "Rosa", "The raters", "Rosa", "You"]);
  });

  it("speaks to the client as you, never of them by name", () => {
    const texts = campaignSteps("released", "client", names).map((step) => step.description);
    for (const text of texts) expect(text).not.toContain("Tom");
    expect(texts.at(-1)).toBe("You read the report. It never changes from now on.");
    expect(texts[3]).toContain("you rate yourself too");
  });

  it("speaks to the coach as you, never of them by name", () => {
    const texts = campaignSteps("released", "coach", names).map((step) => step.description);
    for (const text of texts) expect(text).not.toContain("Rosa");
    expect(texts.at(-1)).toBe("Tom reads the report. It never changes from now on.");
  });
});

describe("nextStepText", () => {
  const facts = { status: "nominating" as const, selfRated: false, problemCount: 2 };

  it("tells the client to nominate while the list lacks raters, and to send it once it doesn't", () => {
    expect(nextStepText(facts, "client", names)).toBe(
      "Nominate the colleagues you'd like feedback from, then send the list to Rosa.",
    );
    expect(nextStepText({ ...facts, problemCount: 0 }, "client", names)).toContain(
      "Your list meets the minimums",
    );
  });

  it("asks the client to rate themselves while collecting, until they have", () => {
    const collecting = { ...facts, status: "collecting" as const };
    expect(nextStepText(collecting, "client", names)).toContain("Rate yourself");
    expect(nextStepText({ ...collecting, selfRated: true }, "client", names)).not.toContain(
      "Rate yourself",
    );
  });

  it("tells the coach to review comments before releasing a closed campaign", () => {
    expect(nextStepText({ ...facts, status: "closed" }, "coach", names)).toContain(
      "Review the comments",
    );
  });
});

describe("moveLabel", () => {
  it("names each of the coach's moves plainly, with the client's name", () => {
    expect(moveLabel("draft", "nominating", "coach", names)).toBe("Ask Tom to nominate raters");
    expect(moveLabel("approval", "nominating", "coach", names)).toBe("Send back to Tom");
    expect(moveLabel("approval", "collecting", "coach", names)).toBe(
      "Approve and send invitations",
    );
    expect(moveLabel("collecting", "closed", "coach", names)).toBe("Close now");
    expect(moveLabel("closed", "released", "coach", names)).toBe("Release the report");
  });

  it("lets the client send the list to their coach", () => {
    expect(moveLabel("nominating", "approval", "client", names)).toBe("Send the list to Rosa");
  });
});

describe("moveConfirmation", () => {
  it("asks before the moves that can't be undone, and only those", () => {
    const asked = CAMPAIGN_STATUSES.filter((to) => moveConfirmation(to, names, 9) !== null);
    expect(asked).toEqual(["collecting", "closed", "released"]);
  });

  it("says the invitations go out to how many raters, and that a released report never changes", () => {
    expect(moveConfirmation("collecting", names, 9)?.title).toBe("Send invitations to 9 raters?");
    expect(moveConfirmation("collecting", names, 1)?.title).toBe("Send invitations to 1 rater?");
    expect(moveConfirmation("released", names, 9)?.paragraphs.join(" ")).toContain(
      "can't be changed afterwards",
    );
  });

  it("promises no mail when Keel holds it, and says why rater links are not shown", () => {
    const held = moveConfirmation("collecting", names, 9, true);
    expect(held?.title).toBe("Approve the list of 9 raters?");
    expect(held?.confirmLabel).toBe("Approve the list");
    expect(held?.paragraphs.join(" ")).toContain("held, not sent");
    expect(held?.paragraphs.join(" ")).toContain("never shown");
    expect(moveLabel("approval", "collecting", "coach", names, true)).toBe("Approve the list");
    const approval = { status: "approval" as const, selfRated: false, problemCount: 0 };
    expect(nextStepText({ ...approval, mailHeld: true }, "coach", names)).not.toContain(
      "gets a mail",
    );
    expect(nextStepText({ ...approval, mailHeld: true }, "client", names)).not.toContain(
      "gets an invitation",
    );
  });
});

describe("isStepBack", () => {
  it("is true only for a move to an earlier status", () => {
    expect(isStepBack("approval", "nominating")).toBe(true);
    expect(isStepBack("approval", "collecting")).toBe(false);
  });
});

describe("firstName", () => {
  it("takes the first word of a name, or the whole when there is one word", () => {
    expect(firstName("  Tom   Becker ")).toBe("Tom");
    expect(firstName("Cher")).toBe("Cher");
  });
});
