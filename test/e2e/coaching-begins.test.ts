import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  goHomeConfirmed,
  mailedConfirmationLink,
  unconfirmedAddressNotice,
} from "../support/address-confirmation";
import { expectAccessible, launchChromium } from "../support/browser";
import {
  acceptInvitation,
  inviteClient,
  openEngagement,
  signUpAsCoach,
  step,
} from "../support/journey";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import { startSmtpSink } from "../support/smtp-sink";

const coach = {
  name: "Rosa Mendes",
  email: "rosa.coach@example.com",
  password: "a long coach password",
  practice: "Mendes Leadership",
};
const client = {
  name: "Tom Becker",
  email: "tom.leader@example.com",
  password: "a long client password",
};
const title = "Leading the new platform team";

describe("a coach brings a client into Keel and opens their engagement", () => {
  const dataDir = makeTempDir("keel-e2e-");
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let keel: KeelProcess;
  let browser: Browser;
  let coachPage: Page;
  let clientPage: Page;
  let invitationLink = "";

  beforeAll(async () => {
    smtp = await startSmtpSink();
    keel = await startKeel({ dataDir, env: { SMTP_URL: smtp.url } });
    browser = await launchChromium();
    const coachContext = await browser.newContext({ baseURL: keel.url });
    const clientContext = await browser.newContext({
      baseURL: keel.url,
      viewport: { width: 390, height: 844 },
    });
    coachPage = await coachContext.newPage();
    clientPage = await clientContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await cleanUpKeels();
    await smtp?.close();
  });

  it("walks from the coach's sign-up to the engagement both of them see, in order", async () => {
    await step("lets a visitor sign up as a coach with a new practice", async () => {
      await coachPage.goto("/");
      await expectAccessible(coachPage);
      await coachPage.goto("/sign-up");
      await expectAccessible(coachPage);
      await signUpAsCoach(coachPage, coach);
      await expectAccessible(coachPage);
    });

    await step(
      "asks the coach to confirm their address, through the link Keel mailed them",
      async () => {
        const notice = unconfirmedAddressNotice(coachPage);
        await notice.waitFor();
        await coachPage.getByText(coach.email, { exact: true }).waitFor();
        await expectAccessible(coachPage);
        await coachPage.getByRole("button", { name: "Send a new link" }).click();
        await coachPage.getByText("A new link is on its way.").waitFor();
        await expect
          .poll(() => smtp.received.filter((mail) => mail.to.includes(coach.email)).length, {
            timeout: 30_000,
          })
          .toBe(2);

        await coachPage.goto(await mailedConfirmationLink(smtp.received, coach.email));
        await coachPage
          .getByRole("heading", { level: 1, name: "Confirm your email address" })
          .waitFor();
        await coachPage.waitForLoadState("networkidle");
        await expect(notice.count()).resolves.toBe(0);
        await expectAccessible(coachPage);
        await coachPage.getByRole("button", { name: "Confirm my address" }).click();
        await coachPage
          .getByRole("heading", { level: 1, name: "Email address confirmed" })
          .waitFor();
        await coachPage.getByText("Your practice can now send invitations").waitFor();
        await expectAccessible(coachPage);
        await goHomeConfirmed(coachPage, () =>
          coachPage.getByRole("link", { name: "Go to Keel" }).click(),
        );
        await coachPage.getByRole("heading", { level: 1, name: /Rosa/ }).waitFor();
      },
    );

    await step("lets the coach invite a client by email", async () => {
      await coachPage.getByRole("link", { name: "Invite client" }).first().click();
      await coachPage.waitForURL("**/clients/invite");
      await expectAccessible(coachPage);
      await inviteClient(coachPage, client);
    });

    await step("shows the invitation mail in the admin's outbox, with its link", async () => {
      await coachPage.goto("/outbox");
      await expectAccessible(coachPage);
      await coachPage.getByText(`invited you to ${coach.practice}`).first().click();
      await coachPage.getByText("/invitations/").first().waitFor();
      await expectAccessible(coachPage);
      const body = (await coachPage.locator("main").textContent()) ?? "";
      invitationLink = body.match(/https?:\/\/[^\s"<]+?\/invitations\/[\w-]{43}/)?.[0] ?? "";
      expect(invitationLink).toContain(keel.url);
    });

    await step(
      "lets the client accept the invitation in their own browser and land on their home",
      async () => {
        await clientPage.goto(invitationLink);
        await clientPage.getByText(coach.practice).first().waitFor();
        await expectAccessible(clientPage);
        await expect(clientPage.getByLabel("Name").inputValue()).resolves.toBe(client.name);
        await acceptInvitation(clientPage, client);
        await clientPage.waitForURL(`${keel.url}/`);
        await expectAccessible(clientPage);
      },
    );

    await step(
      "lets the coach open an engagement with the client and move it to planning",
      async () => {
        await coachPage.goto("/engagements/new");
        await expectAccessible(coachPage);
        await openEngagement(coachPage, { client, title, sessions: 8 });
        await expectAccessible(coachPage);
        await coachPage.getByRole("button", { name: "Move to Planning" }).click();
        await coachPage
          .getByRole("alertdialog", { name: "Move to Planning?" })
          .getByRole("button", { name: "Move to Planning" })
          .click();
        await coachPage.getByRole("button", { name: "Move to Active sessions" }).waitFor();
      },
    );

    await step(
      "lets the coach find the engagement on the engagements page by stage and search",
      async () => {
        await coachPage.goto("/engagements");
        await coachPage.getByRole("link", { name: title }).waitFor();
        await expectAccessible(coachPage);
        await coachPage.getByLabel("Stage").selectOption("assessment");
        await coachPage.getByText("No engagement matches").waitFor();
        await coachPage.getByLabel("Stage").selectOption("planning");
        await coachPage.getByLabel("Search").fill("becker");
        await coachPage.getByRole("link", { name: title }).waitFor();
        await coachPage.waitForURL(/[?&]q=becker/);
        expect(new URL(coachPage.url()).searchParams.get("stage")).toBe("planning");
        await expectAccessible(coachPage);
        await coachPage.getByLabel("Search").fill("nobody by this name");
        await coachPage.getByText("No engagement matches").waitFor();
        await coachPage.getByRole("button", { name: "Clear filters" }).click();
        await coachPage.getByRole("link", { name: title }).waitFor();
      },
    );

    await step(
      "leads the coach from the home to the client's page and on to the engagement",
      async () => {
        await coachPage.goto("/");
        await coachPage.getByRole("link", { name: client.name }).click();
        await coachPage.getByRole("heading", { level: 1, name: client.name }).waitFor();
        await coachPage.getByText(client.email).waitFor();
        await expectAccessible(coachPage);
        await expect(
          coachPage.getByRole("link", { name: "Open an engagement" }).getAttribute("href"),
        ).resolves.toMatch(/^\/engagements\/new\?clientId=/);
        await coachPage.getByRole("link", { name: title }).click();
        await coachPage.getByRole("button", { name: "Move to Active sessions" }).waitFor();
      },
    );

    await step(
      "shows the client the same engagement, in planning, with what comes next",
      async () => {
        await clientPage.goto("/");
        await clientPage.getByText(title).first().waitFor();
        await clientPage
          .getByText(/write your SMART goals and action plan with your coach/i)
          .first()
          .waitFor();
        await clientPage.getByText(coach.name).first().waitFor();
        await expectAccessible(clientPage);
        await expect(clientPage.getByRole("button", { name: /^Move to/ }).count()).resolves.toBe(0);
      },
    );

    await step("lets the client sign out and back in on a phone-sized screen", async () => {
      await clientPage.goto("/");
      await clientPage.getByRole("button", { name: "Menu" }).click();
      await clientPage.getByRole("button", { name: "Sign out" }).click();
      await clientPage.waitForURL("**/sign-in");
      await expectAccessible(clientPage);
      await clientPage.getByLabel("Email").fill(client.email);
      await clientPage.getByLabel("Password").fill(client.password);
      await clientPage.getByRole("button", { name: "Sign in" }).click();
      await clientPage.getByText(title).first().waitFor();
    });
  }, 180_000);
});
