import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { type BrowserJourney, laptop, phone, startBrowserJourney, step } from "../support/journey";
import { pdfText } from "../support/pdf-text";

const sofia = { email: "sofia.sponsor@example.com", password: "keel-demo-password" };

// The sponsor of the demo's programme (Harbour Logistics, two cohorts of twelve): she signs in,
// reads the programme's figures, picks a cohort, sees why a finer view is not shown, and takes
// the figures away as a PDF.
describe("a programme's sponsor reads its impact", () => {
  let j: BrowserJourney;

  beforeAll(async () => {
    j = await startBrowserJourney({ KEEL_DEMO: "true" });
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("signs in, reads the figures, picks a cohort and downloads them as a PDF", async () => {
    const page = j.clientPage;
    const figures = page.getByRole("region", { name: "Figures" });

    await step("signs in and opens the programme", async () => {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(sofia.email);
      await page.getByLabel("Password").fill(sofia.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await page.goto("/sponsored-programmes");
      await page.getByRole("link", { name: "Leading Through Change" }).click();
      await page.getByRole("heading", { level: 1, name: "Leading Through Change" }).waitFor();
    });

    await step("sees the programme's figures", async () => {
      expect(await figureOf(page, "Participants")).toBe("24");
      expect(await figureOf(page, "Started")).toBe("22 of 24");
      await page.getByRole("img", { name: "Participants started, by cohort" }).waitFor();
      await expectAccessible(page);
    });

    await step("picks a cohort and sees why a finer view is not shown", async () => {
      await figures.getByLabel("Cohort", { exact: true }).selectOption({ label: "Spring cohort" });
      await expect.poll(() => figureOf(page, "Participants")).toBe("12");
      expect(await figureOf(page, "Started")).toBe("12 of 12");
      const refused = figures
        .getByLabel("Stage")
        .locator("option", { hasText: "No coach matched yet (not shown: fewer than 5 people)" });
      expect(await refused.isDisabled()).toBe(true);
    });

    await step("downloads the cohort's figures as a PDF", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figures.getByRole("link", { name: "Download PDF" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("programme-impact-leading-through-change.pdf");
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(bytes).replace(/\s+/g, " ");
      expect(text).toContain("Harbour Logistics");
      expect(text).toMatch(/GROUP SHOWN .* Spring cohort/);
      expect(text).toContain("Spring cohort: 12 participants, 12 started coaching");
    });

    await step("reads the same on a phone", async () => {
      await page.setViewportSize(phone);
      await figures.getByRole("link", { name: "Download PDF" }).waitFor();
      // The charts are drawn again at their new width once the resize reaches them.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 })
        .toBeLessThanOrEqual(phone.width);
      await expectAccessible(page);
      await page.setViewportSize(laptop);
    });
  });
});

/** The value shown under a figure's label in the Figures card. */
async function figureOf(page: Page, label: string): Promise<string> {
  const figure = page
    .getByRole("region", { name: "Figures" })
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
  return (await figure.locator("dd").textContent())?.trim() ?? "";
}
