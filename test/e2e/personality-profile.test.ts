import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { step } from "../support/journey";
import {
  client,
  clientsTitle,
  coach,
  coachsTitle,
  escaped,
  evidenceChip,
  expectProfile,
  laptop,
  type ProfileJourney,
  phone,
  questionnaire,
  seedEngagement,
  seedSubmittedQuestionnaire,
  startProfileJourney,
  suggested,
  title,
  wheelTitle,
} from "../support/profile-journey";

// The engagement and the submitted questionnaire are set up through the API, answered as the
// questionnaire journey answers it in the browser.
describe("both see a client's personality profile and build the development profile from it", () => {
  let j: ProfileJourney;

  beforeAll(async () => {
    j = await startProfileJourney();
    await seedEngagement(j, { questionnaire: true });
    await seedSubmittedQuestionnaire(j);
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("walks from the profile to the development profile's entries, in order", async () => {
    const { coachPage, clientPage } = j;
    await step("shows the coach the same profile from the engagement", async () => {
      await coachPage.goto(j.engagementUrl);
      const section = coachPage.getByRole("region", { name: "Questionnaires" });
      await section.getByText("Submitted", { exact: true }).waitFor();
      await expect(section.getByRole("button", { name: /^Withdraw/ }).count()).resolves.toBe(0);
      await section.getByRole("link", { name: /^See results\W+Big-Five markers/ }).click();
      await coachPage.waitForURL(`${j.assessmentUrl}/results`);
      await coachPage
        .getByRole("heading", { level: 1, name: `${client.name}'s personality profile` })
        .waitFor();
      await expectProfile(coachPage, "this");
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(phone);
      await expectAccessible(coachPage);
    });

    await step(
      "keeps the questionnaire out of the client's to-do list once submitted: the wheel is next",
      async () => {
        await clientPage.goto("/");
        await clientPage.getByText(title).first().waitFor();
        const next = clientPage.getByRole("region", { name: "Your next step" });
        await next.getByText(wheelTitle, { exact: true }).waitFor();
        await expect(next.getByText(questionnaire).count()).resolves.toBe(0);
        await expect(
          clientPage.getByRole("region", { name: "Reflection exercises" }).count(),
        ).resolves.toBe(0);
      },
    );

    await step(
      "takes the client from the results to the development profile, with Keel's suggestion",
      async () => {
        await clientPage.setViewportSize(laptop);
        await clientPage.goto(`${j.assessmentUrl}/results`);
        await clientPage.getByRole("link", { name: "Add to the development profile" }).click();
        await clientPage.waitForURL(`${j.engagementUrl}/development-profile`);
        await clientPage
          .getByRole("heading", { level: 1, name: "Your development profile" })
          .waitFor();
        await clientPage.getByText("In Planning, you and your coach agree your goals").waitFor();

        // The answers above put Extraversion at 4.0, the only scale far enough from the middle.
        const suggestions = clientPage.getByRole("region", {
          name: /^Suggested from the evidence/,
        });
        const suggestion = suggestions.getByRole("article", { name: suggested });
        await suggestion.getByText("Strength", { exact: true }).waitFor();
        await suggestion
          .getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) })
          .waitFor();
        await expect(suggestions.getByRole("article").count()).resolves.toBe(1);
        await clientPage
          .getByRole("region", { name: "Blind spots" })
          .getByText(/come from the released 360 report/)
          .waitFor();
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(phone);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(laptop);
      },
    );

    await step("lets the client accept the suggestion in their own words", async () => {
      const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
      await suggestions
        .getByRole("button", { name: new RegExp(`^Edit and accept\\W+${escaped(suggested)}`) })
        .click();
      const form = suggestions.getByRole("form", { name: `Edit and accept “${suggested}”` });
      const titleField = form.getByLabel("Title");
      await expect(titleField.evaluate((field) => field === document.activeElement)).resolves.toBe(
        true,
      );
      await titleField.fill("ab");
      await form.getByRole("button", { name: "Accept", exact: true }).click();
      await form.getByText("Use at least 3 characters").waitFor();
      await expectAccessible(clientPage);
      await titleField.fill(clientsTitle);
      await form.getByRole("button", { name: "Accept", exact: true }).click();

      const strengths = clientPage.getByRole("region", { name: /^Strengths/ });
      const entry = strengths.getByRole("article", { name: clientsTitle });
      await entry.getByText("Accepted from a suggestion by you").waitFor();
      await entry.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).waitFor();
      await clientPage
        .getByRole("status")
        .getByText(`Added “${clientsTitle}” to Strengths.`)
        .waitFor();
      await suggestions.getByText("You've been through every suggestion").waitFor();
      // The suggestion is gone, so focus waits on the panel rather than on nothing.
      await expect(clientPage.evaluate(() => document.activeElement?.id)).resolves.toBe(
        "suggestions",
      );
      await expectAccessible(clientPage);
    });

    await step(
      "shows the coach the profile from the engagement and lets them add an entry",
      async () => {
        await coachPage.setViewportSize(laptop);
        await coachPage.goto(j.engagementUrl);
        const card = coachPage.getByRole("region", { name: "Development profile" });
        await card.getByText("1 strength", { exact: true }).waitFor();
        await card.getByText("0 suggestions waiting").waitFor();
        await card.getByRole("link", { name: /^Open\W+development profile/ }).click();
        await coachPage
          .getByRole("heading", { level: 1, name: `${client.name}'s development profile` })
          .waitFor();

        await coachPage.getByRole("button", { name: "Add an entry" }).click();
        const form = coachPage.getByRole("form", { name: "Add an entry" });
        await expect(
          form.getByLabel("Kind").evaluate((field) => field === document.activeElement),
        ).resolves.toBe(true);
        await form.getByRole("button", { name: "Add entry" }).click();
        await form.getByText("Give the entry a title").waitFor();
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(phone);
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(laptop);

        await form.getByLabel("Kind").selectOption({ label: "Development area" });
        await form.getByLabel("Title").fill(coachsTitle);
        await form.getByLabel("Detail").fill("Omar still checks every slide his team prepares.");
        await form.getByRole("button", { name: "Add entry" }).click();
        const entry = coachPage
          .getByRole("region", { name: /^Development areas/ })
          .getByRole("article", { name: coachsTitle });
        await entry.getByText("Added by you").waitFor();
        await expect(coachPage.evaluate(() => document.activeElement?.tagName)).resolves.toBe(
          "ARTICLE",
        );

        const accepted = coachPage
          .getByRole("region", { name: /^Strengths/ })
          .getByRole("article", { name: clientsTitle });
        await accepted.getByText(`Accepted from a suggestion by ${client.name}`).waitFor();
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(phone);
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(laptop);

        // The evidence leads back to the scale's reading on the results page.
        await accepted.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).click();
        await coachPage.waitForURL(`${j.assessmentUrl}/results#scale-extraversion`);
        await coachPage
          .getByRole("heading", { level: 1, name: `${client.name}'s personality profile` })
          .waitFor();
        await expect
          .poll(() => coachPage.evaluate(() => document.activeElement?.id))
          .toBe("scale-extraversion");
      },
    );

    await step("shows the client both entries, each leading back to its evidence", async () => {
      await clientPage.goto(`${j.engagementUrl}/development-profile`);
      const coachs = clientPage
        .getByRole("region", { name: /^Development areas/ })
        .getByRole("article", { name: coachsTitle });
      await coachs.getByText(`Added by ${coach.name}`).waitFor();
      await coachs.getByText("checks every slide").waitFor();
      const own = clientPage
        .getByRole("region", { name: /^Strengths/ })
        .getByRole("article", { name: clientsTitle });
      await own.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).click();
      await clientPage.waitForURL(`${j.assessmentUrl}/results#scale-extraversion`);
      await clientPage
        .getByRole("heading", { level: 1, name: "Your personality profile" })
        .waitFor();
    });
  }, 600_000);
});
