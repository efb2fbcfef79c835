import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailedConfirmationLink } from "../support/address-confirmation";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyCoach,
  laptop,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Maren Holt",
  email: "maren.coach@example.com",
  password: "a long coach password",
  practice: "Holt Leadership",
};
const title = "The leadership coaching process";
const series = "Coaching, step by step";
const replyText = "Thank you. <b>Bold</b> words stay words: this helped me plan my first session.";

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

// The coach signs up through the API; the article, its publishing and the moderation of a reply
// are walked in the coach's browser, and the reply is written by a reader who is not signed in.
describe("a practice's article and a reader's reply", () => {
  let j: BrowserJourney;

  beforeAll(async () => {
    j = await startBrowserJourney();
    const asCoach = j.coachPage.request;
    await ok(
      await asCoach.post("/api/auth/sign-up", { data: { ...coach, practiceName: coach.practice } }),
      201,
    );
    const link = new URL(await mailedConfirmationLink(j.smtp.received, coach.email));
    const token = link.searchParams.get("token");
    await ok(await asCoach.post("/api/auth/address/verify", { data: { token } }), 204);
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("a coach writes and publishes an article, a reader replies, and the coach approves the reply", async () => {
    const { coachPage, clientPage: readerPage } = j;
    let articlePath = "";
    let publicUrl = "";

    await step("the coach writes a draft in a new series, with a preview", async () => {
      await coachPage.goto("/articles");
      await coachPage.getByText("No articles yet").waitFor();
      await coachPage.getByRole("link", { name: "New article" }).first().click();
      await coachPage.getByLabel("Title", { exact: true }).fill(title);
      await expect(coachPage.getByLabel("Page address").inputValue()).resolves.toBe(
        "the-leadership-coaching-process",
      );
      await coachPage
        .getByLabel("Summary")
        .fill("What happens in leadership coaching, from the first talk to the last review.");
      await coachPage
        .getByLabel("Text, in Markdown")
        .fill(
          "Coaching starts with **a first talk**.\n\n## Assessment\n\nThen we look at <i>where you are</i>.",
        );
      const preview = coachPage.getByTestId("article-preview");
      await preview.locator("strong", { hasText: "a first talk" }).waitFor();
      await preview.getByText("<i>where you are</i>").waitFor();
      await coachPage
        .getByLabel("Series", { exact: true })
        .selectOption({ label: "Start a new series…" });
      await coachPage.getByLabel("Title of the new series").fill(series);
      await coachPage.getByRole("button", { name: "Start the series" }).click();
      await expect
        .poll(() =>
          coachPage.getByLabel("Series", { exact: true }).locator("option:checked").textContent(),
        )
        .toBe(series);
      await coachPage.getByLabel("Its title").fill("Setting goals that hold");
      await coachPage.getByLabel("Planned for").fill("2027-01-15");
      await expectAccessible(coachPage);
      await coachPage.getByRole("button", { name: "Save draft" }).click();
      await coachPage.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
      articlePath = new URL(coachPage.url()).pathname;
      await coachPage.getByRole("status").getByText("Saved.").waitFor();
    });

    await step(
      "a time in the past is refused beside the field, and nothing typed is lost",
      async () => {
        await coachPage.getByLabel("Or schedule it for later").fill("2020-01-01T08:00");
        await coachPage.getByRole("button", { name: "Schedule", exact: true }).click();
        await coachPage.getByText("Choose a time in the future, or publish now.").waitFor();
        await expect(coachPage.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(
          title,
        );
      },
    );

    await step("the coach publishes it now, after confirming", async () => {
      await coachPage.getByRole("button", { name: "Publish now" }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Publish this article now?" });
      await dialog.getByRole("button", { name: "Publish now" }).click();
      await dialog.waitFor({ state: "detached" });
      const open = coachPage.getByRole("link", { name: /Open the public page/ });
      publicUrl = (await open.getAttribute("href")) ?? "";
      expect(publicUrl).toMatch(/\/p\/[\w-]+\/articles\/the-leadership-coaching-process$/);
      await expect(open.getAttribute("target")).resolves.toBe("_blank");
    });

    await step("leaving with unsaved changes asks first", async () => {
      await coachPage.getByLabel("Summary").fill("A summary not saved yet.");
      await coachPage.getByRole("link", { name: "Back to articles" }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Leave without saving?" });
      await dialog.getByRole("button", { name: "Stay and keep editing" }).click();
      await expect(coachPage.getByLabel("Summary").inputValue()).resolves.toBe(
        "A summary not saved yet.",
      );
      await coachPage.getByRole("link", { name: "Back to articles" }).click();
      await dialog.getByRole("button", { name: "Leave and lose changes" }).click();
      await coachPage.waitForURL(/\/articles$/);
    });

    await step("the list shows it published, in its series", async () => {
      const published = coachPage.getByRole("region", { name: /Published/ });
      await published.getByText(title, { exact: true }).waitFor();
      await published.getByText(`Part 1 of “${series}”`).waitFor();
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(phone);
      await expectNoSidewaysScroll(coachPage);
      await coachPage.setViewportSize(laptop);
    });

    await step("a reader who is not signed in reads it and leaves a reply", async () => {
      await readerPage.goto(publicUrl);
      await readerPage.getByRole("heading", { level: 1, name: title }).waitFor();
      const form = readerPage.locator("#reply");
      await form.getByRole("textbox", { name: /^Your name/ }).fill("Jonas Weber");
      await form.getByRole("textbox", { name: /^Your email/ }).fill("jonas.reader@example.com");
      await form.getByRole("textbox", { name: /^Your reply/ }).fill(replyText);
      await form.getByRole("button", { name: "Send reply" }).click();
      await readerPage.getByRole("heading", { name: "Thank you for your reply" }).waitFor();
      await readerPage.goto(publicUrl);
      await expect(readerPage.getByText(replyText).count()).resolves.toBe(0);
    });

    await step("the coach approves the reply from the moderation page", async () => {
      await coachPage.goto("/articles");
      await coachPage.getByText("1 reply waiting").waitFor();
      await coachPage.goto(`${articlePath}/replies`);
      const waiting = coachPage.getByRole("region", { name: "Waiting for you" });
      await waiting.getByText(replyText).waitFor();
      await waiting.getByText("jonas.reader@example.com", { exact: true }).waitFor();
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(phone);
      await expectNoSidewaysScroll(coachPage);
      await waiting.getByRole("button", { name: /^Approve.*Jonas Weber/ }).click();
      await waiting.getByText("Nothing is waiting.", { exact: false }).waitFor();
      await coachPage.getByRole("button", { name: /Approved \(1\)/ }).click();
      await coachPage.getByRole("region", { name: "Approved" }).getByText(replyText).waitFor();
    });

    await step("the public page shows the reply, as text", async () => {
      // The page may be kept for a minute by the browser; a reload asks the server again.
      await readerPage.reload();
      await readerPage.getByText(replyText).waitFor();
      await expect(readerPage.locator("#reply b, .reply b").count()).resolves.toBe(0);
      await expectAccessible(readerPage);
    });
  });
});
