import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  escaped,
  type JourneyClient,
  type JourneyCoach,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok, seedEngagementThroughApi } from "../support/journey-seed";
import { decodeQuotedPrintable, waitFor } from "../support/smtp-sink";
import { moveSustainingBack, queueSustainMail } from "../support/sustain-time-travel";
import { createEmptyDatabase } from "../support/template-databases";

/** A PostgreSQL server to run Keel on, whose database the test can let time pass in. */
const ADMIN_URL = process.env.TEST_DATABASE_URL;

const coach: JourneyCoach = {
  name: "Mira Santos",
  email: "mira.sustain@example.com",
  password: "a long coach password",
  practice: "Santos Coaching",
};
const client: JourneyClient = {
  name: "Daniel Okafor",
  email: "daniel.sustain@example.com",
  password: "a long client password",
};
const habit = "Ask before I answer";
const howItWent = "Asked first in most one-to-ones; slipped in the budget week.";

// The plan is written through the API in review, the engagement moves to sustaining and 30 days
// (and a day) pass in the database; Keel's own job mails the self check-in, which the client answers on a
// phone without signing in, and the coach reads it on the engagement's page.
describe.skipIf(!ADMIN_URL)("a self check-in of the sustain plan, on a phone", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>> | undefined;
  let j: BrowserJourney;
  let engagementId = "";

  beforeAll(async () => {
    if (!ADMIN_URL) return;
    database = await createEmptyDatabase(ADMIN_URL, "keel_e2e");
    j = await startBrowserJourney({ DATABASE_URL: database.url });
    const seeded = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the new region", startDate: "2026-05-04", sessionsPlanned: 8 },
    );
    engagementId = seeded.id;
    const asCoach = j.coachPage.request;
    for (const to of ["planning", "active", "review"])
      await ok(
        await asCoach.post(`/api/engagements/${engagementId}/stage`, {
          data: { to, reason: "Goals agreed on paper" },
        }),
      );
    const items = [
      {
        id: crypto.randomUUID(),
        kind: "habit",
        title: habit,
        cue: "When someone brings me a problem",
        check: "Three asked questions a week",
        ifThen: [{ situation: "I am short of time", action: "ask one question anyway" }],
      },
    ];
    await ok(
      await j.clientPage.request.put(`/api/engagements/${engagementId}/sustain-plan`, {
        data: { items },
      }),
    );
    await ok(
      await asCoach.post(`/api/engagements/${engagementId}/stage`, { data: { to: "sustaining" } }),
    );
    // A day past the 30 days' check-in: sent whatever the hour (on its own day, from 09:00).
    await moveSustainingBack(database.url, engagementId, 31);
  });

  afterAll(async () => {
    await j?.stop();
    await database?.drop();
  });

  it("is mailed after 30 days, answered on a phone, and read by the coach", async () => {
    if (!database) throw new Error("no database of Keel's to let time pass in");
    const databaseUrl = database.url;
    let link = "";
    await step("Keel's job mails the client their self check-in", async () => {
      await queueSustainMail(databaseUrl);
      const text = await waitFor(
        () =>
          j.smtp.received
            .filter((mail) => mail.to.includes(client.email))
            .map((mail) => decodeQuotedPrintable(mail.raw))
            .find((raw) => raw.includes("/sustain-check-in/")),
        "the self check-in mail",
      );
      link =
        text.match(new RegExp(`${escaped(j.keel.url)}/sustain-check-in/[\\w-]{43}`))?.[0] ?? "";
      expect(link, text).not.toBe("");
    });

    await step("the client rates the habit on a phone, without signing in", async () => {
      const context = await j.browser.newContext({
        baseURL: j.keel.url,
        viewport: phone,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Your self check-in" }).waitFor();
      // Sent with nothing rated: refused in the page, nothing sent.
      await page.getByRole("button", { name: "Send my self check-in" }).tap();
      await page.getByText("Rate each one, from 1 to 5.").waitFor();
      await page
        .getByRole("group", { name: /How often did you keep it up/ })
        .locator("label")
        .filter({ hasText: /^2/ })
        .tap();
      // A low rating shows the client their own plan for it.
      await page.getByText("If I am short of time, then I will ask one question anyway.").waitFor();
      await page.getByLabel("How did it go?").fill(howItWent);
      await expectAccessible(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(phone.width);
      await page.getByRole("button", { name: "Send my self check-in" }).tap();
      await page.getByRole("heading", { name: "Thank you: your self check-in is sent" }).waitFor();
      await page.reload();
      await page.getByRole("heading", { name: "This self check-in is closed" }).waitFor();
      await context.close();
    });

    await step("the coach reads it on the engagement's page", async () => {
      await j.coachPage.goto(`/engagements/${engagementId}`);
      const card = j.coachPage.getByRole("region", { name: "Sustain plan" });
      await card.getByText(howItWent).waitFor();
      await card.getByText(`${habit}: 2 of 5`).waitFor();
      await expectAccessible(j.coachPage);
    });
  });
});
