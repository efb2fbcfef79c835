import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { moveCheckInsBack, queueCheckInMail } from "../support/check-in-time-travel";
import {
  type BrowserJourney,
  escaped,
  type JourneyClient,
  type JourneyCoach,
  laptop,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { engageClientThroughApi, ok, seedEngagementThroughApi } from "../support/journey-seed";
import { decodeQuotedPrintable, waitFor } from "../support/smtp-sink";
import { createEmptyDatabase } from "../support/template-databases";

/** A PostgreSQL server to run Keel on, whose database the test can let time pass in. */
const ADMIN_URL = process.env.TEST_DATABASE_URL;

const coach: JourneyCoach = {
  name: "Mira Santos",
  email: "mira.coach@example.com",
  password: "a long coach password",
  practice: "Santos Coaching",
};
/** Silent for four weeks: the coach's home asks the coach to act. */
const amira: JourneyClient = {
  name: "Amira Haddad",
  email: "amira.leader@example.com",
  password: "a long client password",
};
/** Checking in every week, drained each time: worth a look. */
const ben: JourneyClient = {
  name: "Ben Whitaker",
  email: "ben.leader@example.com",
  password: "another long client password",
};
const statement = "Hold a weekly one-to-one with each of my five direct reports";
const win = "All five one-to-ones happened, two of them walking.";

/** Where the phone's screenshots are left for a person to look at; each run overwrites them. */
const SCREENSHOTS = path.join(os.tmpdir(), "keel-check-in-journey");

/** A day `offset` days from today (UTC), as the API writes it. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The clients "Clients who need you" lists on the coach's home, most at risk first. */
async function clientsWhoNeedYou(page: Page): Promise<string[]> {
  const list = page.getByRole("list", { name: "Clients who need you" });
  await list.waitFor();
  const names = await list.getByRole("link").allTextContents();
  return names.map((name) => name.split(" · ")[0] ?? name);
}

/** A client's entry in "Clients who need you": their name and their warnings. */
function entryOf(page: Page, client: JourneyClient) {
  return page
    .getByRole("list", { name: "Clients who need you" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: new RegExp(`^${escaped(client.name)}`) }) });
}

// The coach, both clients, their engagements and their past weeks are set up through the API
// and moved back in time in the database; the check-in is made through the mail Keel's own job
// sends, on a phone, and the coach's home is read in the coach's browser before and after.
describe.skipIf(!ADMIN_URL)("a weekly check-in through the mailed link, on a phone", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>> | undefined;
  let j: BrowserJourney;

  beforeAll(async () => {
    if (!ADMIN_URL) return;
    database = await createEmptyDatabase(ADMIN_URL, "keel_e2e");
    j = await startBrowserJourney({ DATABASE_URL: database.url });
    const asCoach = j.coachPage.request;
    const benContext = await j.browser.newContext({ baseURL: j.keel.url, viewport: laptop });
    const benPage = await benContext.newPage();
    const engagement = { startDate: day(-35), sessionsPlanned: 8 };
    const amiras = await seedEngagementThroughApi(
      j,
      { coach, client: amira },
      { title: "Leading the new region", ...engagement },
    );
    const bens = await engageClientThroughApi({ ...j, clientPage: benPage }, ben, {
      title: "Stepping up to director",
      ...engagement,
    });
    const goal = await ok(
      await asCoach.post(`/api/engagements/${amiras.id}/goals`, {
        data: {
          statement,
          measure: { what: "One-to-ones held", unit: "a week", direction: "higher" },
          baseline: 0,
          target: 5,
          startDate: day(-35),
          dueDate: day(60),
        },
      }),
      201,
    );
    for (const [index, { id }, clientPage] of [
      [1, amiras, j.clientPage],
      [2, bens, benPage],
    ] as const) {
      await ok(await asCoach.post(`/api/engagements/${id}/stage`, { data: { to: "planning" } }));
      await ok(
        await asCoach.post(`/api/engagements/${id}/stage`, {
          data: { to: "active", reason: "Goals are agreed on paper" },
        }),
      );
      // The next session is booked: no warning about sessions muddles the list.
      const startsAt = new Date(Date.now() + (2 + index) * 86_400_000);
      await ok(
        await asCoach.post(`/api/engagements/${id}/sessions`, {
          data: { startsAt: startsAt.toISOString(), mode: "video" },
        }),
        201,
      );
      // Mondays from midnight UTC: this week's check-in is always due when the job runs.
      await ok(
        await clientPage.request.put(`/api/engagements/${id}/check-in-schedule`, {
          data: { weekday: 1, hour: 0, timeZone: "UTC", enabled: true },
        }),
      );
    }
    await ok(
      await j.clientPage.request.post(`/api/engagements/${amiras.id}/check-ins`, {
        data: { energy: 3, goals: [{ goalId: goal.id, confidence: 7 }] },
      }),
      201,
    );
    await moveCheckInsBack(database.url, amiras.id, 29);
    for (const weeksAgo of [2, 1, 0]) {
      await ok(
        await benPage.request.post(`/api/engagements/${bens.id}/check-ins`, {
          data: { energy: 2, goals: [] },
        }),
        201,
      );
      if (weeksAgo > 0) await moveCheckInsBack(database.url, bens.id, 7);
    }
  });

  afterAll(async () => {
    await j?.stop();
    await database?.drop();
  });

  it("the mailed link opens the week's form on a phone, and the check-in moves the client on the coach's home", async () => {
    const { coachPage } = j;
    if (!database) throw new Error("no database of Keel's to let time pass in");
    const databaseUrl = database.url;

    await step("the coach's home puts Amira, silent for four weeks, above Ben", async () => {
      await coachPage.goto("/");
      expect(await clientsWhoNeedYou(coachPage)).toEqual([amira.name, ben.name]);
      await entryOf(coachPage, amira).getByText("No check-in for 29 days").waitFor();
      await entryOf(coachPage, amira).getByText("Act this week").waitFor();
      await entryOf(coachPage, ben)
        .getByText(/^Energy at 2 or lower of 5 for 3 weeks/)
        .waitFor();
    });

    let link = "";
    await step("Keel's weekly job mails Amira the link to this week's check-in", async () => {
      await queueCheckInMail(databaseUrl);
      const text = await waitFor(
        () =>
          j.smtp.received
            .filter((mail) => mail.to.includes(amira.email))
            .map((mail) => decodeQuotedPrintable(mail.raw))
            .find((raw) => raw.includes("/check-in/")),
        "the check-in mail to Amira",
      );
      expect(text).toContain("Your weekly check-in: two minutes");
      link = text.match(new RegExp(`${escaped(j.keel.url)}/check-in/[\\w-]{43}`))?.[0] ?? "";
      expect(link, text).not.toBe("");
    });

    await step("Amira checks in on her phone through the link, without signing in", async () => {
      const phoneContext = await j.browser.newContext({
        baseURL: j.keel.url,
        viewport: phone,
        isMobile: true,
        hasTouch: true,
      });
      const page = await phoneContext.newPage();
      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Your weekly check-in" }).waitFor();
      await page.getByText("Hello Amira").waitFor();
      const goal = page.getByRole("region", { name: statement });
      await goal
        .getByText("Target: 5. Leave it empty if you did not measure it this week.")
        .waitFor();
      await goal.getByLabel("One-to-ones held (a week)").fill("4");
      await goal
        .getByRole("group", { name: "How confident are you of reaching it?" })
        .getByText("8", { exact: true })
        .tap();
      await page
        .getByRole("group", { name: "Your energy this week" })
        .locator("label")
        .filter({ hasText: /^4/ })
        .tap();
      await page.getByLabel("A win").fill(win);
      await page.getByLabel("A challenge").fill("Travel next week may push two of them.");
      await expectAccessible(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(phone.width);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      // From the top: a page scrolled down draws its sticky header mid-way through a full shot.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, "form.png"), fullPage: true });
      await page.getByRole("button", { name: "Send my check-in" }).tap();
      await page.getByRole("heading", { name: "Thank you: your check-in is sent" }).waitFor();
      await page.getByText(win).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, "sent.png"), fullPage: true });
      await phoneContext.close();
    });

    await step("the coach's home no longer lists Amira: her check-in counted", async () => {
      await coachPage.reload();
      // Her missed check-ins were her one warning; the goal she measured is ahead of its line.
      expect(await clientsWhoNeedYou(coachPage)).toEqual([ben.name]);
      expect(await coachPage.getByText(/No check-in for \d+ days/).count()).toBe(0);
      await expectAccessible(coachPage);
    });

    await step("Ben, who checked in this week already, was not mailed", async () => {
      const toBen = j.smtp.received.filter(
        (mail) =>
          mail.to.includes(ben.email) && decodeQuotedPrintable(mail.raw).includes("/check-in/"),
      );
      expect(toBen).toHaveLength(0);
    });
  });
});
