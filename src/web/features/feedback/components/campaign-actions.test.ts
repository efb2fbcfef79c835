import { describe, expect, it } from "vitest";
import { CAMPAIGN_STATUSES } from "../../../../domain/feedback/campaign-status";
import { reportPath, summaryAction } from "./campaign-actions";

const campaign = { id: "c1", selfRated: false };

describe("summaryAction", () => {
  it("asks the client to nominate, then to rate themselves, then to read the released report", () => {
    expect(summaryAction({ ...campaign, status: "nominating" }, "client")).toEqual({
      label: "Nominate raters",
      to: "/feedback-campaigns/c1",
      primary: true,
    });
    expect(summaryAction({ ...campaign, status: "collecting" }, "client")).toEqual({
      label: "Rate yourself",
      to: "/feedback-campaigns/c1/self-rating",
      primary: true,
    });
    expect(
      summaryAction({ ...campaign, status: "collecting", selfRated: true }, "client").label,
    ).toBe("See responses");
    expect(summaryAction({ ...campaign, status: "released" }, "client").to).toBe(
      "/feedback-campaigns/c1/report",
    );
  });

  it("never sends the client to the report before it is released", () => {
    for (const status of CAMPAIGN_STATUSES.filter((s) => s !== "released"))
      expect(summaryAction({ ...campaign, status }, "client").to).not.toContain("/report");
  });

  it("points the coach at the steps that wait for them", () => {
    const primary = CAMPAIGN_STATUSES.filter(
      (status) => summaryAction({ ...campaign, status }, "coach").primary,
    );
    expect(primary).toEqual(["draft", "approval", "closed"]);
  });
});

describe("reportPath", () => {
  it("leads to a section of the report when asked", () => {
    expect(reportPath("c1", "comments")).toBe("/feedback-campaigns/c1/report#comments");
  });
});
