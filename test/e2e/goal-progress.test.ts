import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  laptop,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok, seedEngagementThroughApi } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Lena Park",
  email: "lena.coach@example.com",
  password: "a long coach password",
  practice: "Park Coaching",
};
const client: JourneyClient = {
  name: "Omar Haddad",
  email: "omar.leader@example.com",
  password: "a long client password",
};
const statement = "Run a weekly one-to-one with each of my five direct reports";

/** A day `offset` days from today (UTC), as the API and the date inputs write it. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

// The goal is made through the API; measuring it, its milestones and comments in the browsers.
describe("client and coach track a goal's progress", () => {
  let j: BrowserJourney;
  let goalId = "";

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the team", startDate: day(-40), sessionsPlanned: 6 },
    );
    const goal = await ok(
      await j.coachPage.request.post(`/api/engagements/${engagement.id}/goals`, {
        data: {
          statement,
          measure: { what: "One-to-ones held", unit: "a week", direction: "higher" },
          baseline: 0,
          target: 5,
          startDate: day(-30),
          dueDate: day(60),
        },
      }),
      201,
    );
    goalId = goal.id;
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("measures the goal from the client's home, withdraws a measurement, ticks a milestone and comments", async () => {
    const { coachPage, clientPage } = j;

    await step("the client sees the goal on their home and records a measurement", async () => {
      // Accepting the invitation signed the client in.
      await clientPage.goto("/");
      const goal = clientPage.getByRole("article", { name: statement });
      await goal.getByText("Not measured yet", { exact: true }).waitFor();
      await goal.getByLabel("Value (a week)").fill("2");
      await goal.getByLabel("Note").fill("Missed one: travel");
      await goal.getByRole("button", { name: "Add measurement" }).click();
      await goal.getByText("On track", { exact: true }).waitFor();
      await goal.getByText("“Missed one: travel”").waitFor();
      expect(await goal.getByRole("img").count()).toBe(1);
      await expectAccessible(clientPage);
    });

    await step("the coach withdraws it on the goal's page, and the status follows", async () => {
      await coachPage.setViewportSize(phone);
      await coachPage.goto(`/goals/${goalId}`);
      const progress = coachPage.getByRole("region", { name: "Progress" });
      await progress.getByText("On track", { exact: true }).first().waitFor();
      await progress.getByText("All measurements (1)").click();
      await progress.getByRole("button", { name: /^Withdraw/ }).click();
      await coachPage.getByRole("button", { name: "Withdraw measurement" }).click();
      await progress.getByText("Not measured yet", { exact: true }).first().waitFor();
      const width = await coachPage.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(phone.width);
      await coachPage.setViewportSize(laptop);
    });

    await step("the coach adds a milestone and the client ticks it done", async () => {
      const milestones = coachPage.getByRole("region", { name: "Milestones" });
      await milestones.getByLabel("New milestone").fill("Book the slots for the quarter");
      await milestones.getByLabel("Milestone date").fill(day(7));
      await milestones.getByRole("button", { name: "Add milestone" }).click();
      await milestones.getByText("Book the slots for the quarter", { exact: true }).waitFor();
      await clientPage.goto(`/goals/${goalId}`);
      const theirs = clientPage.getByRole("region", { name: "Milestones" });
      await theirs.getByRole("checkbox", { name: /Book the slots/ }).check();
      await theirs.getByText(/^Done /).waitFor();
    });

    await step("the client comments and the coach sees it", async () => {
      const comments = clientPage.getByRole("region", { name: "Comments" });
      await comments.getByLabel("Your comment").fill("Two were on the phone; do they count?");
      await comments.getByRole("button", { name: "Comment" }).click();
      await comments.getByText("Two were on the phone; do they count?").waitFor();
      await expectAccessible(clientPage);
      await coachPage.reload();
      await coachPage
        .getByRole("region", { name: "Comments" })
        .getByText("Two were on the phone; do they count?")
        .waitFor();
    });
  });
});
