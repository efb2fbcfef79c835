import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { type EngagementJourney, startEngagementJourney } from "../support/engagement-journey";
import { type JourneyClient, type JourneyCoach, phone, step } from "../support/journey";
import { ok } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Lena Brandt",
  email: "lena.coach@example.com",
  password: "a long coach password",
  practice: "Brandt Coaching",
};
const client: JourneyClient = {
  name: "Karl Lind",
  email: "karl.leader@example.com",
  password: "a long client password",
};
const title = "Leading through the merger";

/** The stage the stepper marks as current. */
function currentStage(page: Page) {
  return page
    .getByRole("list", { name: "Engagement stages" })
    .locator('[aria-current="step"]')
    .textContent();
}

// The engagement is set up through the API; the moves are made in the coach's browser.
describe("a coach moves an engagement to its next stage", () => {
  let j: EngagementJourney;

  beforeAll(async () => {
    j = await startEngagementJourney({ coach, client, engagement: { title, sessionsPlanned: 8 } });
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("asks first, says what the next stage holds, and lets Cancel leave it where it is", async () => {
    const { coachPage, clientPage, engagementId } = j;
    const stageOnServer = async () =>
      (await ok(await coachPage.request.get(`/api/engagements/${engagementId}`))).stage;

    await step("asks before moving to planning and says what planning holds", async () => {
      await coachPage.goto(`/engagements/${engagementId}`);
      await coachPage.getByRole("heading", { level: 1, name: title }).waitFor();
      await coachPage.getByRole("button", { name: "Move to Planning" }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Move to Planning?" });
      await dialog.waitFor();
      await dialog.getByText("In Planning:").waitFor();
      await dialog.getByText(/from the development profile and the assessment results/).waitFor();
      await dialog.getByText(/each goal with a measure, a baseline, a target/).waitFor();
      await dialog.getByText(`${client.name} will see “${title}” in Planning`).waitFor();
      const cancel = dialog.getByRole("button", { name: "Cancel" });
      await expect(cancel.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );
      await expectAccessible(coachPage);
    });

    await step("leaves the stage unchanged on Cancel, with focus back on the button", async () => {
      await coachPage.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
      await coachPage.getByRole("alertdialog").waitFor({ state: "detached" });
      const opener = coachPage.getByRole("button", { name: "Move to Planning" });
      await expect(opener.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );
      await expect(currentStage(coachPage)).resolves.toContain("Assessment");
      await expect(stageOnServer()).resolves.toBe("assessment");
    });

    await step("moves to planning once the coach confirms, and says what comes next", async () => {
      await coachPage.getByRole("button", { name: "Move to Planning" }).click();
      await coachPage
        .getByRole("alertdialog", { name: "Move to Planning?" })
        .getByRole("button", { name: "Move to Planning" })
        .click();
      await coachPage.getByRole("button", { name: "Move to Active sessions" }).waitFor();
      await expect(currentStage(coachPage)).resolves.toContain("Planning");
      await coachPage.getByText(/^Write SMART goals and an action plan with your client/).waitFor();
      await expect(stageOnServer()).resolves.toBe("planning");
    });

    await step("says what closing does, and Cancel keeps the engagement open", async () => {
      await coachPage.setViewportSize(phone);
      await coachPage.getByRole("button", { name: "Move to Closed" }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Close this engagement?" });
      await dialog.getByText(/Closing is final/).waitFor();
      await dialog.getByText(/Nothing new can be assigned in it/).waitFor();
      await dialog.getByText(`${client.name} will see it as closed.`).waitFor();
      await expectAccessible(coachPage);
      await coachPage.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await expect(stageOnServer()).resolves.toBe("planning");
    });

    await step("tells the client in planning only what Keel does", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto("/");
      await clientPage.getByText(title).first().waitFor();
      await clientPage
        .getByText(/^Write your SMART goals and action plan with your coach/)
        .waitFor();
      // Sessions are recorded since stage 3: the home counts them against the allowance.
      await clientPage.getByText("0 of 8").waitFor();
      const home = (await clientPage.locator("main").textContent()) ?? "";
      expect(home).not.toMatch(/check-ins at 30/);
      await expectAccessible(clientPage);
    });

    await step(
      "asks why before active sessions while no goal has a measure and a plan",
      async () => {
        await coachPage.setViewportSize(phone);
        await coachPage.getByRole("button", { name: "Move to Active sessions" }).click();
        const dialog = coachPage.getByRole("alertdialog", { name: "Move to Active sessions?" });
        await dialog.getByText(/There is no goal yet\./).waitFor();
        const confirm = dialog.getByRole("button", { name: "Move to Active sessions" });
        await expect(confirm.isDisabled()).resolves.toBe(true);
        await dialog.getByLabel("Why move on now?").fill("Goals agreed on paper in session one");
        await expectAccessible(coachPage);
        await confirm.click();
        await dialog.waitFor({ state: "detached" });
        await coachPage.getByText("Reason: Goals agreed on paper in session one").waitFor();
        await expect(stageOnServer()).resolves.toBe("active");
      },
    );
  }, 120_000);
});
