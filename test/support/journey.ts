import type { Page } from "playwright-core";
import { launchChromium } from "./browser";
import { cleanUpKeels, makeTempDir, startKeel } from "./keel-process";
import { startSmtpSink } from "./smtp-sink";

export const laptop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };

/** The text as a regular expression matching it to the letter. */
export function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Keel with a real SMTP server, and a browser with a coach's and a client's own windows. */
export async function startBrowserJourney(env: Record<string, string> = {}) {
  const smtp = await startSmtpSink();
  const keel = await startKeel({
    dataDir: makeTempDir("keel-e2e-"),
    env: { SMTP_URL: smtp.url, ...env },
  });
  const browser = await launchChromium();
  const coachContext = await browser.newContext({ baseURL: keel.url, viewport: laptop });
  const clientContext = await browser.newContext({ baseURL: keel.url, viewport: laptop });
  return {
    smtp,
    keel,
    browser,
    coachPage: await coachContext.newPage(),
    clientPage: await clientContext.newPage(),
    async stop() {
      await browser.close();
      await cleanUpKeels();
      await smtp.close();
    },
  };
}

export type BrowserJourney = Awaited<ReturnType<typeof startBrowserJourney>>;

/**
 * One step of a journey a person walks in order, inside the single test that walks it: a failure
 * names the step it happened in.
 */
export async function step(name: string, walk: () => Promise<void>): Promise<void> {
  try {
    await walk();
  } catch (error) {
    if (error instanceof Error) error.message = `${name}: ${error.message}`;
    throw error;
  }
}

export interface JourneyCoach {
  name: string;
  email: string;
  password: string;
  practice: string;
}

export interface JourneyClient {
  name: string;
  email: string;
  password: string;
}

function firstNameOf(person: { name: string }): RegExp {
  return new RegExp(person.name.split(" ")[0] ?? person.name);
}

/** Fills the sign-up form the page shows and waits for the new coach's home. */
export async function signUpAsCoach(page: Page, coach: JourneyCoach): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill(coach.name);
  await page.getByLabel("Email").fill(coach.email);
  await page.getByLabel("Password").fill(coach.password);
  await page.getByLabel("Practice name").fill(coach.practice);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { level: 1, name: firstNameOf(coach) }).waitFor();
}

/** Fills the invitation form the page shows and waits for the invited address to be listed. */
export async function inviteClient(page: Page, client: JourneyClient): Promise<void> {
  await page.getByLabel("Name").fill(client.name);
  await page.getByLabel("Email").fill(client.email);
  await page.getByRole("button", { name: "Invite client" }).click();
  await page.getByText(client.email).first().waitFor();
}

/** Accepts the invitation the page shows with the client's password and waits for their home. */
export async function acceptInvitation(page: Page, client: JourneyClient): Promise<void> {
  await page.getByLabel("Password").fill(client.password);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await page.getByRole("heading", { level: 1, name: firstNameOf(client) }).waitFor();
}

/** Opens an engagement from the form the page shows and waits for the engagement's page. */
export async function openEngagement(
  page: Page,
  engagement: { client: JourneyClient; title: string; sessions: number },
): Promise<void> {
  const { client, title, sessions } = engagement;
  await page.getByLabel("Client").selectOption({ label: `${client.name} (${client.email})` });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Number of sessions").fill(String(sessions));
  await page.getByRole("button", { name: "Open engagement" }).click();
  await page.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
}
