import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium } from "../support/browser";
import { signUpAsCoach, step } from "../support/journey";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import { totpNow } from "../support/two-factor";

const coach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Executive Coaching",
};

async function signInWithPassword(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(coach.email);
  await page.getByLabel("Password").fill(coach.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Enter your sign-in code" }).waitFor();
}

describe("a coach turns on two-factor sign-in and signs in with a code", () => {
  const dataDir = makeTempDir("keel-e2e-");
  let keel: KeelProcess;
  let browser: Browser;
  let page: Page;
  let secret = "";
  let recoveryCode = "";

  beforeAll(async () => {
    keel = await startKeel({ dataDir });
    browser = await launchChromium();
    page = await (await browser.newContext({ baseURL: keel.url })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await cleanUpKeels();
  });

  it("walks from turning it on to signing in with a code and with a recovery code, in order", async () => {
    await step(
      "lets a coach turn it on from the settings page with a QR code and a first code",
      async () => {
        await page.goto("/sign-up");
        await signUpAsCoach(page, coach);

        await openMenuIfFolded(page);
        await page.getByRole("link", { name: "Settings" }).first().click();
        await page.getByRole("heading", { name: "Two-factor sign-in", exact: true }).waitFor();
        await expectAccessible(page);
        await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
        await page.getByLabel("Your password").fill(coach.password);
        await page.getByRole("button", { name: "Continue" }).click();
        await page.getByAltText("QR code to scan with your authenticator app").waitFor();
        await expectAccessible(page);

        const key = await page.locator("main code").textContent();
        secret = (key ?? "").replace(/\s/g, "");
        expect(secret.length).toBeGreaterThan(16);
        await page.getByLabel("6-digit code").fill(await totpNow(secret));
        await page.getByRole("button", { name: "Turn on", exact: true }).click();

        const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
        await codes.first().waitFor();
        expect(await codes.count()).toBe(10);
        recoveryCode = (await codes.first().textContent()) ?? "";
        await expectAccessible(page);
        await page.getByRole("button", { name: "I have saved them" }).click();
        await page.getByText("Two-factor sign-in is on.").waitFor();
      },
    );

    await step("asks for the code after the password when the coach signs back in", async () => {
      await openMenuIfFolded(page);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL("**/sign-in");

      await signInWithPassword(page);
      const code = page.getByLabel("6-digit code");
      expect(await code.getAttribute("inputmode")).toBe("numeric");
      expect(await code.getAttribute("autocomplete")).toBe("one-time-code");
      await expectAccessible(page);
      await code.fill(await totpNow(secret));
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { level: 1, name: /Ines/ }).waitFor();
    });

    await step("signs in with a recovery code instead, on a phone", async () => {
      const phone = await (
        await browser.newContext({ baseURL: keel.url, viewport: { width: 390, height: 844 } })
      ).newPage();
      await signInWithPassword(phone);
      await expectAccessible(phone);
      await phone.getByRole("button", { name: "Use a recovery code instead" }).click();
      const field = phone.getByRole("textbox", { name: "Recovery code" });
      await expectAccessible(phone);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await field.fill(recoveryCode);
      await phone.getByRole("button", { name: "Sign in" }).click();
      await phone.getByRole("heading", { level: 1, name: /Ines/ }).waitFor();
    });
  }, 120_000);
});

/** An admin's links fold into the menu below the widest screens. */
async function openMenuIfFolded(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
}
