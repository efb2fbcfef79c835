import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { type BrowserJourney, laptop, phone, startBrowserJourney, step } from "../support/journey";
import { seedEngagementThroughApi } from "../support/journey-seed";
import { decodeQuotedPrintable, waitFor } from "../support/smtp-sink";

const coach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Coaching",
};
const client = {
  name: "Daniel Brook",
  email: "daniel.brook@example.com",
  password: "a long client password",
};
const title = "Five one-to-ones that matter";
const lessons = [
  {
    title: "Whose meeting is it?",
    body: "The one-to-one is **their** time.",
    task: "Ask your report to bring the first item.",
  },
  {
    title: "Ask, then wait",
    body: "Let the silence run.",
    task: "Count to five after asking *What else?*",
  },
];

async function writeLesson(page: Page, number: number, lesson: (typeof lessons)[number]) {
  await page.getByRole("button", { name: "Add a lesson" }).click();
  const card = page.getByRole("region", { name: `Lesson ${number}` });
  await card.getByLabel("Title").fill(lesson.title);
  await card.getByLabel("Text").fill(lesson.body);
  await card.getByLabel("Today's task").fill(lesson.task);
  await card
    .getByTestId("preview-subject")
    .getByText(`Lesson ${number} of ${number}: ${lesson.title}`)
    .waitFor();
}

// The people and the engagement are set up through the API; the course is written, previewed,
// published and given to the client in the browser.
describe("a coach writes an email course and enrols their client", () => {
  let j: BrowserJourney;
  let engagementUrl = "";

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the new team", startDate: "2026-12-01", sessionsPlanned: 6 },
    );
    engagementUrl = `/engagements/${engagement.id}`;
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("writes two lessons, previews them, publishes, enrols and shows the progress", async () => {
    const { coachPage, clientPage } = j;
    await step("starts a weekly course from the Courses page", async () => {
      await coachPage.setViewportSize(laptop);
      await coachPage.goto("/courses");
      await coachPage.getByRole("heading", { level: 1, name: "Courses" }).waitFor();
      await coachPage.getByRole("button", { name: "New course" }).click();
      await coachPage.getByLabel("Title").fill(title);
      await coachPage.getByLabel("Summary").fill("Five weekly lessons on the one-to-one.");
      await coachPage.getByLabel("Lessons arrive").selectOption("every");
      await expectAccessible(coachPage);
      await coachPage.getByRole("button", { name: "Create and write lessons" }).click();
      await coachPage.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
      await coachPage.getByRole("heading", { level: 1, name: title }).waitFor();
    });

    await step("writes two lessons, each previewed as its mail", async () => {
      await writeLesson(coachPage, 1, lessons[0] as (typeof lessons)[number]);
      await writeLesson(coachPage, 2, lessons[1] as (typeof lessons)[number]);
      const frame = coachPage.frameLocator('iframe[title="The lesson\'s mail, formatted"]');
      await frame.getByText("Count to five after asking").waitFor();
      await coachPage.getByRole("button", { name: "Plain text" }).click();
      await coachPage
        .locator("pre")
        .filter({ hasText: "## Today's task\n\nCount to five after asking *What else?*" })
        .waitFor();
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(phone);
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(laptop);
    });

    await step("publishes after confirming", async () => {
      await coachPage.getByRole("button", { name: "Publish", exact: true }).click();
      const dialog = coachPage.getByRole("alertdialog", { name: "Publish this course?" });
      await dialog.getByRole("button", { name: "Publish" }).click();
      await coachPage.getByText("Published. New subscribers get this version.").waitFor();
      await coachPage.getByText("published version 1").waitFor();
    });

    await step("enrols Daniel from the engagement; lesson 1 goes at once", async () => {
      await coachPage.goto(engagementUrl);
      const card = coachPage.getByRole("region", { name: "Email course" });
      await card.getByLabel("Enrol in a course").selectOption({ label: `${title} (2 lessons)` });
      await card.getByRole("button", { name: "Enrol Daniel" }).click();
      await card.getByText(`Enrolled Daniel in ${title}.`).waitFor();
      const mail = await waitFor(
        () =>
          j.smtp.received.find(
            (m) => m.to.includes(client.email) && m.raw.includes("Subject: Lesson 1 of 2"),
          ),
        "lesson 1's mail",
        30_000,
      );
      expect(decodeQuotedPrintable(mail.raw)).toContain(`${coach.name} enrolled you`);
    });

    await step("shows the practice's admin the subscribers, lesson by lesson", async () => {
      await coachPage.setViewportSize(phone);
      await coachPage.goto("/subscribers");
      const list = coachPage.getByRole("region", { name: title });
      await list.getByText("Active").waitFor();
      await list.getByRole("rowheader", { name: "1" }).waitFor();
      const csv = coachPage.getByRole("link", { name: "Download CSV" });
      expect(await csv.getAttribute("href")).toBe("/api/list-stats/subscribers.csv");
      await expectAccessible(coachPage);
      await coachPage.setViewportSize(laptop);
    });

    await step("shows the progress to Daniel", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto(engagementUrl);
      const card = clientPage.getByRole("region", { name: "Email course" });
      await card.getByText(title, { exact: true }).waitFor();
      await card.getByText(/^Lesson 1 of 2 sent · 0 done · next /).waitFor();
      await card.getByRole("button", { name: /^Stop this course/ }).waitFor();
      await expectAccessible(clientPage);
    });
  });
});
