import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium } from "../support/browser";
import { phone, step } from "../support/journey";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import {
  decodeQuotedPrintable,
  type ReceivedMail,
  startSmtpSink,
  waitFor,
} from "../support/smtp-sink";

const reader = { name: "Jordan Avery", email: "jordan.reader@example.com" };
const coach = {
  name: "Lena Berg",
  email: "lena.coach@example.com",
  password: "a long coach password",
  practiceName: "Berg Leadership",
};
const COURSE = "Become a better leader in 30 days";

const headerOf = (raw: string, name: string) =>
  raw
    .split(/\r?\n\r?\n/)[0]
    ?.replace(/\r?\n[ \t]+/g, " ")
    .split(/\r?\n/)
    .filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));

const linkIn = (mail: ReceivedMail, path: string) =>
  decodeQuotedPrintable(mail.raw).match(new RegExp(`https?://[^\\s"<>]+${path}[^\\s"<>]+`))?.[0];

// A reader with no account finds the practice's course on its public page, on a phone in Los
// Angeles, subscribes, confirms from the mail (the link's page, then its button), gets the first
// lesson at once and marks its task done through the link in the lesson's mail.
describe("the 30-day email course", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let keel: KeelProcess;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let slug = "";

  beforeAll(async () => {
    smtp = await startSmtpSink();
    keel = await startKeel({ dataDir: makeTempDir("keel-e2e-"), env: { SMTP_URL: smtp.url } });
    browser = await launchChromium();
    const coachContext = await browser.newContext({ baseURL: keel.url });
    const signedUp = await coachContext.request.post("/api/auth/sign-up", { data: coach });
    expect(signedUp.status()).toBe(201);
    const practice = await (await coachContext.request.get("/api/practice")).json();
    slug = practice.slug;
    const readerContext = await browser.newContext({
      baseURL: keel.url,
      viewport: phone,
      timezoneId: "America/Los_Angeles",
      hasTouch: true,
    });
    page = await readerContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await cleanUpKeels();
    await smtp?.close();
  });

  const mailsTo = (subject: RegExp) =>
    smtp.received.filter(
      (m) => m.to.includes(reader.email) && subject.test(decodeQuotedPrintable(m.raw)),
    );

  it("subscribes, confirms from the mail, gets lesson 1 and marks it done", async () => {
    await step("finds the course on the practice's public page", async () => {
      await page.goto(`/p/${slug}`);
      await page.getByRole("link", { name: COURSE }).click();
      await page.getByRole("heading", { level: 1, name: COURSE }).waitFor();
      await expectAccessible(page);
    });

    await step("subscribes with the zone the browser gave", async () => {
      await page.getByLabel("Your name").fill(reader.name);
      await page.getByLabel("Your email address").fill(reader.email);
      await expect
        .poll(() => page.getByLabel(/Your time zone/).inputValue())
        .toBe("America/Los_Angeles");
      await page.getByRole("button", { name: "Subscribe to the course" }).tap();
      await page.getByRole("heading", { level: 1, name: "Check your inbox" }).waitFor();
    });

    let confirmUrl = "";
    await step("is mailed a confirmation link, which a GET alone does not use", async () => {
      const mail = await waitFor(
        () => mailsTo(/\/lists\/confirm\//)[0],
        "the confirmation mail",
        30_000,
      );
      confirmUrl = linkIn(mail, "/lists/confirm/") ?? "";
      expect(confirmUrl).not.toBe("");
      await page.goto(confirmUrl);
      await page.getByRole("button", { name: "Confirm my subscription" }).waitFor();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailsTo(/\/lists\/done\//)).toHaveLength(0);
      await expectAccessible(page);
    });

    let lesson: ReceivedMail | undefined;
    await step("confirms with the button and gets lesson 1 at once", async () => {
      await page.getByRole("button", { name: "Confirm my subscription" }).tap();
      await page
        .getByRole("heading", { level: 1 })
        .filter({ hasText: /confirmed|subscribed/i })
        .waitFor();
      lesson = await waitFor(() => mailsTo(/\/lists\/done\//)[0], "lesson 1", 30_000);
      const raw = lesson.raw;
      expect(headerOf(raw, "List-Unsubscribe")).toHaveLength(1);
      expect(headerOf(raw, "List-Unsubscribe-Post")).toEqual([
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
      ]);
      expect(headerOf(raw, "List-Id")).toHaveLength(1);
      expect(decodeQuotedPrintable(raw)).toContain("Where your time really goes");
    });

    await step("marks the day's task done through the mail's link", async () => {
      const done = lesson ? linkIn(lesson, "/lists/done/") : undefined;
      expect(done).toBeDefined();
      await page.goto(done ?? "");
      await page.getByRole("button", { name: "Mark lesson 1 done" }).tap();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: /done/i }).waitFor();
      await expectAccessible(page);
    });

    await step("unsubscribes from the link's page", async () => {
      const unsubscribe = lesson ? linkIn(lesson, "/lists/unsubscribe/") : undefined;
      await page.goto(unsubscribe ?? "");
      await page.getByRole("button", { name: "Unsubscribe" }).tap();
      await page
        .getByRole("heading", { level: 1 })
        .filter({ hasText: /unsubscribed/i })
        .waitFor();
    });
  });
});
