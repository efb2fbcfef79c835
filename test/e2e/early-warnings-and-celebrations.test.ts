import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok, seedEngagementThroughApi } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Coaching",
};
const client: JourneyClient = {
  name: "Tomas Weber",
  email: "tomas.leader@example.com",
  password: "a long client password",
};
const statement = "Hand over three projects to my team leads";

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// A target reached is celebrated once for the client and once for the coach; the coach sets
// one engagement's early-warning threshold in the browser.
describe("celebrations and early-warning settings in the browser", () => {
  let j: BrowserJourney;
  let engagementId = "";

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Letting go", startDate: day(-40), sessionsPlanned: 6 },
    );
    engagementId = engagement.id;
    const goal = await ok(
      await j.coachPage.request.post(`/api/engagements/${engagementId}/goals`, {
        data: {
          statement,
          measure: { what: "Projects handed over", unit: "projects", direction: "higher" },
          baseline: 0,
          target: 3,
          startDate: day(-30),
          dueDate: day(60),
        },
      }),
      201,
    );
    await ok(
      await j.clientPage.request.post(`/api/goals/${goal.id}/measurements`, {
        data: { value: 3, measuredOn: day(-1) },
      }),
      201,
    );
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("celebrates once for each person and lets the coach set a threshold", async () => {
    const { coachPage, clientPage } = j;
    const title = `Target hit: “${statement}”`;

    await step("the client sees the target hit on their home and dismisses it", async () => {
      await clientPage.goto("/");
      const card = clientPage.getByRole("region", { name: /Worth celebrating/ });
      await card.getByText(title).waitFor();
      await expectAccessible(clientPage);
      await card.getByRole("button", { name: "Dismiss the celebrations" }).click();
      await card.waitFor({ state: "detached" });
      await clientPage.reload();
      await clientPage.getByRole("heading", { name: "Letting go" }).waitFor();
      expect(await clientPage.getByText(title).count()).toBe(0);
    });

    await step("the coach sees it too, on the engagement page and its timeline", async () => {
      await coachPage.goto(`/engagements/${engagementId}`);
      await coachPage.getByRole("region", { name: "Worth celebrating" }).getByText(title).waitFor();
      await coachPage.goto(`/engagements/${engagementId}/sessions/patterns`);
      await coachPage.getByText(title).waitFor();
    });

    await step("the coach sets this engagement's threshold for overdue commitments", async () => {
      await coachPage.goto(`/engagements/${engagementId}`);
      const card = coachPage.getByRole("heading", { name: "Early-warning settings" });
      await card.waitFor();
      await coachPage.getByRole("button", { name: "Change" }).click();
      const form = coachPage.getByRole("form", { name: "Early-warning settings" });
      const count = form.getByRole("spinbutton", { name: "Commitments overdue" });
      await count.fill("0");
      await form.getByRole("button", { name: "Save thresholds" }).click();
      await form.getByText("Choose a whole number from 1 to 50").waitFor();
      await count.fill("3");
      await form.getByRole("button", { name: "Save thresholds" }).click();
      await form.getByText("This engagement now warns by these thresholds.").waitFor();
      await form.getByText(/Fires when 3 or more of the client's commitments/).waitFor();
      await expectAccessible(coachPage);
      const saved = await ok(
        await coachPage.request.get(`/api/engagements/${engagementId}/early-warnings`),
      );
      expect(saved.effective.overdueCommitments.count).toBe(3);
      await form
        .getByRole("button", { name: /Reset to the practice's value: Commitments overdue/ })
        .click();
      await form.getByRole("button", { name: "Save thresholds" }).click();
      await form.getByText(/Fires when 2 or more of the client's commitments/).waitFor();
      const reset = await ok(
        await coachPage.request.get(`/api/engagements/${engagementId}/early-warnings`),
      );
      expect(reset.sources.overdueCommitments.count).toBe("default");
    });
  });
});
