import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailedConfirmationLink } from "../support/address-confirmation";
import { expectAccessible } from "../support/browser";
import { type BrowserJourney, laptop, phone, startBrowserJourney, step } from "../support/journey";
import { ok } from "../support/journey-seed";
import { decodeQuotedPrintable, waitFor } from "../support/smtp-sink";

const admin = {
  name: "Harriet Okafor",
  email: "harriet.admin@example.com",
  password: "a long admin password",
  practiceName: "Okafor Leadership",
};
const participants = [
  ["Amira Haddad", "amira.haddad@example.com", "jonas.weber@example.com"],
  ["Tomasz Nowak", "tomasz.nowak@example.com", ""],
  ["Leila Sørensen", "leila.sorensen@example.com", "jonas.weber@example.com"],
];

/** The participants' file, with Tomasz's address mistyped when `typo` (row 3 in a spreadsheet). */
function participantsCsv(typo: boolean): Buffer {
  const rows = participants.map(([name, email, manager]) => {
    const address = typo && name === "Tomasz Nowak" ? "tomasz.nowak(at)example.com" : email;
    return `${name},${address},${manager},Spring 2027`;
  });
  return Buffer.from(`name,email,manager,cohort\n${rows.join("\n")}\n`);
}

async function chooseFile(page: Page, typo: boolean) {
  await page.getByLabel("CSV file").setInputFiles({
    name: "participants.csv",
    mimeType: "text/csv",
    buffer: participantsCsv(typo),
  });
  await page.getByRole("heading", { name: "Preview of participants.csv" }).waitFor();
}

// The practice's admin signs up through the API; the programme, its cohort and the import are
// done in the browser.
describe("a practice admin imports a programme's participants", () => {
  let j: BrowserJourney;

  beforeAll(async () => {
    j = await startBrowserJourney();
    const asAdmin = j.coachPage.request;
    await ok(await asAdmin.post("/api/auth/sign-up", { data: admin }), 201);
    const confirmation = new URL(await mailedConfirmationLink(j.smtp.received, admin.email));
    const token = confirmation.searchParams.get("token");
    await ok(await asAdmin.post("/api/auth/address/verify", { data: { token } }), 204);
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("creates a programme and a cohort, fixes a bad row, invites everyone", async () => {
    const page = j.coachPage;
    await step("creates a programme with its template", async () => {
      await page.goto("/programmes");
      await page.getByRole("heading", { level: 1, name: "Programmes" }).waitFor();
      await page.getByRole("button", { name: "New programme" }).click();
      await page.getByLabel("Programme name").fill("Leading at Northwind");
      await page.getByLabel("Organisation").fill("Northwind Logistics");
      await page.getByLabel("IPIP Big-Five Factor Markers (50 items)").check();
      await page
        .getByLabel("360 competency model")
        .selectOption({ label: "Keel leadership model" });
      await page.getByLabel("Sessions planned").fill("6");
      await page.getByLabel("Months").fill("6");
      await page.getByLabel("Email course to enrol in").selectOption({ index: 1 });
      await page.getByLabel("Stakeholder pulse").selectOption({ label: "Every 4 weeks" });
      await expectAccessible(page);
      await page.getByRole("button", { name: "Create programme" }).click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
      await page.getByRole("heading", { level: 1, name: "Leading at Northwind" }).waitFor();
    });

    await step("adds a cohort", async () => {
      const cohorts = page.getByRole("region", { name: "Cohorts" });
      await cohorts.getByLabel("Cohort name").fill("Spring 2027");
      await cohorts.getByLabel("Start date").fill("2027-03-01");
      await cohorts.getByRole("button", { name: "Add cohort" }).click();
      await cohorts.getByText("Starts 1 Mar 2027 · 0 participants").waitFor();
    });

    await step("sees the mistyped address on row 3, and no way to invite", async () => {
      await page.getByRole("link", { name: "Import participants" }).click();
      await page.getByRole("heading", { level: 1, name: "Import participants" }).waitFor();
      await chooseFile(page, true);
      await page.getByText("3 rows: 2 ready, 1 with problems").waitFor();
      const bad = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "3" }) });
      await bad.getByText('"tomasz.nowak(at)example.com" is not an email address.').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("3");
      expect(await page.getByRole("button", { name: /^Invite/ }).count()).toBe(0);
      await page.getByLabel("Show only the row with problems").check();
      expect(await page.getByRole("rowheader").allTextContents()).toEqual(["3"]);
      await page.getByLabel("Show only the row with problems").uncheck();
      await expectAccessible(page);
      await page.setViewportSize(phone);
      await expectAccessible(page);
      await page.setViewportSize(laptop);
    });

    await step("chooses the fixed file and invites the three", async () => {
      await chooseFile(page, false);
      await page.getByText("3 rows: 3 ready, 0 with problems").waitFor();
      await page.getByRole("button", { name: "Invite 3 people" }).click();
      await page.getByText("3 invited").waitFor();
      await page.getByText("Each participant was emailed a link to join.").waitFor();
      for (const [, email] of participants) {
        await waitFor(
          () => j.smtp.received.find((mail) => mail.to.includes(email as string)),
          `the invitation to ${email}`,
          30_000,
        );
      }
    });

    await step("sees the participants listed with their cohort", async () => {
      await page.getByRole("link", { name: "See the participants" }).click();
      const list = page.getByRole("region", { name: "Participants", exact: true });
      for (const [name] of participants) {
        const row = list.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
        await row.getByText("Spring 2027").waitFor();
        await row.getByText("Invited").waitFor();
      }
      await page.getByRole("region", { name: "Cohorts" }).getByText("3 participants").waitFor();
      await list.getByLabel("Search").fill("sorensen@");
      const rowheaders = list.getByRole("rowheader");
      await expect.poll(() => rowheaders.allTextContents()).toEqual(["Leila Sørensen"]);
      await list.getByLabel("Search").fill("");
      await expect.poll(() => rowheaders.count()).toBe(3);
      await page.setViewportSize(phone);
      await expectAccessible(page);
    });
  });

  it("matches a joined participant with a coach, which opens their engagement", async () => {
    const page = j.coachPage;
    const [name, email] = participants[0] as [string, string, string];
    const token = await waitFor(
      () =>
        j.smtp.received
          .filter((mail) => mail.to.includes(email))
          .map((mail) => decodeQuotedPrintable(mail.raw).match(/\/invitations\/([\w-]{43})/)?.[1])
          .find((found) => found !== undefined),
      `${name}'s invitation`,
      30_000,
    );
    await ok(
      await j.clientPage.request.post(`/api/invitations/token/${token}/accept`, {
        data: { name, password: "a long participant password" },
      }),
      201,
    );
    await step("matches Amira with Harriet on a phone", async () => {
      await page.setViewportSize(phone);
      await page.reload();
      const list = page.getByRole("region", { name: "Participants", exact: true });
      const amira = list.getByRole("listitem").filter({ hasText: name });
      await amira.getByRole("button", { name: "Match a coach" }).click();
      const dialog = page.getByRole("alertdialog", { name: `Match ${name} with a coach` });
      await dialog.getByRole("checkbox", { name: /Harriet Okafor/ }).check();
      await dialog.getByText("0 of 10 open").waitFor();
      await expectAccessible(page);
      await dialog.getByRole("button", { name: "Match and open the engagement" }).click();
      await amira.getByRole("button", { name: "Move to another coach" }).waitFor();
      await amira.getByText("Harriet Okafor").waitFor();
      await page.setViewportSize(laptop);
    });
    await step("Amira finds her engagement on her home", async () => {
      await j.clientPage.goto("/");
      await j.clientPage.getByText("Leading at Northwind").first().waitFor();
    });
  });

  it("offers Tomasz a shortlist he chooses from, and moves Amira to another coach", async () => {
    const page = j.coachPage;
    const coach = { name: "Ines Duarte", email: "ines.duarte@example.com" };
    await ok(
      await page.request.post("/api/invitations", { data: { ...coach, role: "coach" } }),
      201,
    );
    const ines = await acceptedPage(coach.email, coach.name);
    const tomasz = await acceptedPage("tomasz.nowak@example.com", "Tomasz Nowak");
    await step("offers Tomasz Harriet and Ines", async () => {
      await page.reload();
      const row = participantRow(page, "Tomasz Nowak");
      await row.getByRole("button", { name: "Match a coach" }).click();
      const dialog = page.getByRole("alertdialog", { name: "Match Tomasz Nowak with a coach" });
      await dialog.getByRole("checkbox", { name: /Harriet Okafor/ }).check();
      await dialog.getByRole("checkbox", { name: /Ines Duarte/ }).check();
      await dialog.getByRole("button", { name: "Offer these 2 coaches" }).click();
      await row.getByText("Choosing from Harriet Okafor, Ines Duarte").waitFor();
    });
    await step("Tomasz chooses Ines on his phone", async () => {
      await tomasz.setViewportSize(phone);
      await tomasz.goto("/");
      const card = tomasz.getByRole("region", { name: "Choose your coach" });
      await card.getByText("For Leading at Northwind").waitFor();
      await expectAccessible(tomasz);
      await card.getByRole("button", { name: "Choose Ines Duarte" }).click();
      await card.waitFor({ state: "detached" });
      await tomasz.getByText("Leading at Northwind").first().waitFor();
    });
    await step("moves Amira to Ines", async () => {
      await page.reload();
      const row = participantRow(page, "Amira Haddad");
      await row.getByRole("button", { name: "Move to another coach" }).click();
      const dialog = page.getByRole("alertdialog", { name: "Move Amira Haddad to another coach" });
      await dialog.getByRole("radio", { name: /Ines Duarte/ }).check();
      await dialog.getByRole("button", { name: "Move to this coach" }).click();
      await row.getByText("Ines Duarte").waitFor();
      await ines.goto("/");
      await ines.getByText("Amira Haddad").first().waitFor();
    });
  });

  /** A new browser's page, signed in by accepting the invitation mailed to `email`. */
  async function acceptedPage(email: string, name: string): Promise<Page> {
    const token = await waitFor(
      () =>
        j.smtp.received
          .filter((mail) => mail.to.includes(email))
          .map((mail) => decodeQuotedPrintable(mail.raw).match(/\/invitations\/([\w-]{43})/)?.[1])
          .find((found) => found !== undefined),
      `the invitation to ${email}`,
      30_000,
    );
    const context = await j.browser.newContext({ baseURL: j.keel.url, viewport: laptop });
    const other = await context.newPage();
    await ok(
      await other.request.post(`/api/invitations/token/${token}/accept`, {
        data: { name, password: "a long participant password" },
      }),
      201,
    );
    return other;
  }
});

function participantRow(page: Page, name: string) {
  return page
    .getByRole("region", { name: "Participants", exact: true })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name }) });
}
