import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { step } from "../support/journey";
import {
  escaped,
  expectRated,
  inViewport,
  laptop,
  type ProfileJourney,
  phone,
  rateWithMouse,
  seedEngagement,
  startProfileJourney,
  wheelArea,
  wheelChip,
  wheelRatings,
  wheelTitle,
} from "../support/profile-journey";

// The engagement and the assigned wheel are set up through the API.
describe("a client works through the leadership wheel and both see what it suggests", () => {
  let j: ProfileJourney;

  beforeAll(async () => {
    j = await startProfileJourney();
    await seedEngagement(j, { questionnaire: false });
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("walks from the client's first ratings to an accepted suggestion, in order", async () => {
    const { coachPage, clientPage } = j;
    await step(
      "opens the wheel from the client's home and takes the first ratings, one by keyboard",
      async () => {
        await clientPage.setViewportSize(laptop);
        await clientPage.goto("/");
        await clientPage
          .getByRole("region", { name: "Your next step" })
          .getByRole("link", { name: new RegExp(`^Start\\W+${wheelTitle}`) })
          .click();
        await clientPage.waitForURL(/\/exercises\/[0-9a-f-]{36}$/);
        j.wheelUrl = clientPage.url();
        await clientPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
        await clientPage.getByText("Rate each area from 1 to 10").waitFor();
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(phone);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(laptop);

        // Tab reaches the rating, Space chooses, the arrow keys move along the scale.
        const [area, rating] = wheelRatings[0] as [string, number];
        await wheelArea(clientPage, area).getByRole("radio", { name: "1", exact: true }).focus();
        await clientPage.keyboard.press("Space");
        for (let step = 1; step < rating; step += 1) await clientPage.keyboard.press("ArrowRight");
        await expectRated(clientPage, [[area, rating]]);
        await rateWithMouse(clientPage, wheelRatings.slice(1, 4));
        await clientPage.getByText("4 of 8 areas rated").waitFor();
        // Saved as the client goes: no button to press.
        await clientPage.getByText(/^Draft saved \d/).waitFor();
        await expectAccessible(clientPage);
      },
    );

    await step("keeps the four ratings in a new tab, from the server", async () => {
      const tab = await clientPage.context().newPage();
      await tab.goto(j.wheelUrl);
      await tab.getByText("4 of 8 areas rated").waitFor();
      await expectRated(tab, wheelRatings.slice(0, 4));
      await tab.close();
    });

    await step("keeps the four ratings when the client leaves and comes back", async () => {
      await clientPage.goto("/");
      await clientPage.reload();
      const next = clientPage.getByRole("region", { name: "Your next step" });
      await next.getByText("4 of 12 answered").waitFor();
      await next
        .getByRole("link", { name: new RegExp(`^Continue \\(4 of 12\\)\\W+${wheelTitle}`) })
        .click();
      await clientPage.waitForURL(j.wheelUrl);
      await clientPage.getByText("4 of 8 areas rated").waitFor();
      await expectRated(clientPage, wheelRatings.slice(0, 4));
      await expect(
        wheelArea(clientPage, "Delegation and empowerment")
          .getByRole("radio", { checked: true })
          .count(),
      ).resolves.toBe(0);
      await clientPage.getByText("Draft saved", { exact: true }).first().waitFor();
      await expect(
        clientPage.getByRole("button", { name: "Save draft" }).isDisabled(),
      ).resolves.toBe(true);
    });

    await step("asks for the required questions left, then submits the whole wheel", async () => {
      await rateWithMouse(clientPage, wheelRatings.slice(4));
      await clientPage.getByText("Every area rated.").waitFor();
      await clientPage.getByRole("button", { name: "Submit", exact: true }).click();
      const missing = clientPage.getByText("3 questions need an answer before you submit");
      await missing.waitFor();
      await expectAccessible(clientPage);

      await clientPage
        .getByRole("textbox", { name: /Which area did you rate highest/ })
        .fill("Vision: people say they know where we are heading and why.");
      await clientPage
        .getByRole("group", { name: /Which area do you most want to grow/ })
        .getByRole("radio", { name: "Delegation and empowerment" })
        .check();
      await clientPage
        .getByRole("textbox", { name: /Why that area, and why now/ })
        .fill("I still hold on to too much; my team would own their projects.");
      await clientPage.getByRole("button", { name: "Submit", exact: true }).click();
      const dialog = clientPage.getByRole("alertdialog", { name: "Submit your answers?" });
      await dialog.getByText("your answers are final").waitFor();
      await dialog.getByRole("button", { name: "Submit answers" }).click();
      await clientPage.getByText(/^You submitted this on /).waitFor();
      await clientPage.getByRole("heading", { name: "Your answers" }).waitFor();
      await expect(clientPage.locator("main fieldset").count()).resolves.toBe(0);
      await expectAccessible(clientPage);
    });

    await step("shows the coach the submitted wheel as a radar and a table", async () => {
      await coachPage.setViewportSize(laptop);
      await coachPage.goto(j.engagementUrl);
      const section = coachPage.getByRole("region", { name: "Exercises" });
      await section.getByText("Submitted", { exact: true }).waitFor();
      await section
        .getByRole("link", { name: new RegExp(`^Read answers\\W+${wheelTitle}`) })
        .click();
      await coachPage.waitForURL(j.wheelUrl);
      await coachPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
      // The template's "Your leadership wheel", as the coach reads it.
      const wheel = coachPage.getByRole("region", { name: wheelTitle, exact: true });
      await expect(wheel.locator("svg polygon").count()).resolves.toBeGreaterThan(1);
      const table = wheel.getByRole("table", { name: wheelTitle, exact: true });
      const rows = table.locator("tbody tr");
      await expect(rows.locator("th").allTextContents()).resolves.toEqual(
        wheelRatings.map(([area]) => area),
      );
      await expect(rows.locator("td").allTextContents()).resolves.toEqual(
        wheelRatings.map(([, rating]) => `${rating} / 10`),
      );
      await coachPage.getByText("I still hold on to too much").waitFor();
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(phone);
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(laptop);
    });

    await step(
      "suggests the wheel's strongest and weakest areas, each leading to its rating",
      async () => {
        await coachPage.goto(`${j.engagementUrl}/development-profile`);
        const suggestions = coachPage.getByRole("region", { name: /^Suggested from the evidence/ });
        // Vision (9) and Results (8) stand out at the top, Delegation (2) at the bottom.
        await suggestions.getByRole("article", { name: "Vision and direction" }).waitFor();
        await expect(suggestions.getByRole("article").count()).resolves.toBe(3);
        const delegation = suggestions.getByRole("article", { name: "Delegation and empowerment" });
        await delegation.getByText("Development area", { exact: true }).waitFor();
        await suggestions
          .getByRole("article", { name: "Results and accountability" })
          .getByRole("link", {
            name: new RegExp(
              `^${escaped("Leadership wheel · Results and accountability 8 of 10")}`,
            ),
          })
          .waitFor();
        await expectAccessible(coachPage);

        await delegation.getByRole("link", { name: new RegExp(`^${escaped(wheelChip)}`) }).click();
        await coachPage.waitForURL(`${j.wheelUrl}#question-delegation`);
        await coachPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
        await expect
          .poll(() => coachPage.evaluate(() => document.activeElement?.id))
          .toBe("question-delegation");
        const row = coachPage.locator("#question-delegation");
        await expect(row.textContent()).resolves.toBe("Delegation and empowerment2 / 10");
        await expect(
          row.evaluate((element) => getComputedStyle(element).outlineStyle),
        ).resolves.toBe("solid");
        await expect(row.isVisible()).resolves.toBe(true);
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(phone);
        await coachPage.reload();
        await expect
          .poll(() => coachPage.evaluate(() => document.activeElement?.id))
          .toBe("question-delegation");
        await expect(row.evaluate(inViewport)).resolves.toBe(true);
        await expectAccessible(coachPage);
        await coachPage.setViewportSize(laptop);
      },
    );

    await step(
      "shows the client the same suggestions and lets them accept one, its evidence leading to the wheel",
      async () => {
        await clientPage.goto(`${j.engagementUrl}/development-profile`);
        const suggestions = clientPage.getByRole("region", {
          name: /^Suggested from the evidence/,
        });
        await suggestions
          .getByRole("button", { name: /^Accept\W+Delegation and empowerment/ })
          .click();
        const entry = clientPage
          .getByRole("region", { name: /^Development areas/ })
          .getByRole("article", { name: "Delegation and empowerment" });
        await entry.getByRole("link", { name: new RegExp(`^${escaped(wheelChip)}`) }).click();
        await clientPage.waitForURL(`${j.wheelUrl}#question-delegation`);
        await clientPage.getByRole("heading", { name: "Your answers" }).waitFor();
        await expect
          .poll(() => clientPage.evaluate(() => document.activeElement?.id))
          .toBe("question-delegation");
      },
    );
  }, 600_000);
});
