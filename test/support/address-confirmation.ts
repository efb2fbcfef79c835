import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { decodeQuotedPrintable, type ReceivedMail, waitFor } from "./smtp-sink";

/** The notice at the top of every page while a coach who opened a practice is unconfirmed. */
export function unconfirmedAddressNotice(page: Page): Locator {
  return page.getByText("Keel sends no invitations or other mail for your practice until you do.");
}

/** The link to the confirmation page in the newest mail delivered to `to` that carries one. */
export function mailedConfirmationLink(received: ReceivedMail[], to: string): Promise<string> {
  return waitFor(
    () =>
      received
        .filter((mail) => mail.to.includes(to))
        .map(
          (mail) =>
            decodeQuotedPrintable(mail.raw).match(
              /https?:\/\/\S+?\/verify-address\?token=[\w.%-]+/,
            )?.[0],
        )
        .findLast((link) => link !== undefined),
    `a mail to ${to} with a link to confirm the address`,
    30_000,
  );
}

/** Waits for the home page's answer on the address, then expects no notice. */
export async function goHomeConfirmed(page: Page, go: () => Promise<void>): Promise<void> {
  const addressChecked = page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/auth/address",
  );
  await go();
  await expect((await addressChecked).json()).resolves.toMatchObject({ verified: true });
  await expect(unconfirmedAddressNotice(page).count()).resolves.toBe(0);
}

/**
 * What a coach who just opened a practice does before inviting anyone: sees the notice, opens the
 * link Keel mailed them, confirms, sees that it worked, and goes back to Keel.
 */
export async function confirmAddressFromMail(
  page: Page,
  received: ReceivedMail[],
  email: string,
): Promise<void> {
  await unconfirmedAddressNotice(page).waitFor();
  await page.goto(await mailedConfirmationLink(received, email));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await page.getByRole("heading", { level: 1, name: "Email address confirmed" }).waitFor();
  await goHomeConfirmed(page, () => page.getByRole("link", { name: "Go to Keel" }).click());
}
