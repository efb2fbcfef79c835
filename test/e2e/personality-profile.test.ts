import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAddressFromMail } from "../support/address-confirmation";
import { expectAccessible, launchChromium } from "../support/browser";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import { startSmtpSink } from "../support/smtp-sink";

const coach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Executive Coaching",
};
const client = {
  name: "Omar Haddad",
  email: "omar.leader@example.com",
  password: "a long client password",
};
const title = "Stepping up to the leadership team";
const questionnaire = "Big-Five markers (50 items)";
const suggested = "High Extraversion (Surgency)";
const evidenceChip = "Big-Five markers · Extraversion (Surgency) 4.0 of 5";
const clientsTitle = "Brings energy to the leadership team";
const wheelTitle = "Leadership wheel";
const wheelChip = "Leadership wheel · Delegation and empowerment 2 of 10";
/** The wheel's eight areas in order, and the ratings the client gives them. */
const wheelRatings: [string, number][] = [
  ["Vision and direction", 9],
  ["Communication", 7],
  ["Developing others", 5],
  ["Decision-making", 6],
  ["Delegation and empowerment", 2],
  ["Relationships and influence", 6],
  ["Self-management and resilience", 5],
  ["Results and accountability", 8],
];
const coachsTitle = "Lets go of the details";
const laptop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The statements on the page, in order: each is a fieldset named by its statement. */
function statement(page: Page, index: number): Locator {
  return page.locator("main fieldset").nth(index);
}

/** Answers the statements on the current page with the mouse, from `from` (0-based) on. */
async function answerWithMouse(page: Page, from = 0, skip: number[] = []) {
  const count = await page.locator("main fieldset").count();
  for (let index = from; index < count; index += 1) {
    if (skip.includes(index)) continue;
    const label = index % 2 === 0 ? "Moderately Accurate" : "Moderately Inaccurate";
    await statement(page, index).getByRole("radio", { name: label, exact: true }).check();
  }
}

/** One rated area of the wheel while the client works on it: a fieldset named by its prompt. */
function wheelArea(page: Page, area: string): Locator {
  return page.getByRole("group", { name: new RegExp(`^\\d+\\. ${escaped(area)}`) });
}

/** Clicks each rating's button: the radio inside it is visually hidden. */
async function rateWithMouse(page: Page, ratings: [string, number][]) {
  for (const [area, rating] of ratings) {
    const point = page.getByRole("radio", { name: String(rating), exact: true });
    await wheelArea(page, area).locator("label").filter({ has: point }).click();
    await expect(wheelArea(page, area).locator(point).isChecked()).resolves.toBe(true);
  }
}

async function expectRated(page: Page, ratings: [string, number][]) {
  for (const [area, rating] of ratings) {
    await expect(
      wheelArea(page, area)
        .getByRole("radio", { name: String(rating), exact: true })
        .isChecked(),
      area,
    ).resolves.toBe(true);
  }
}

async function waitUntilSaved(page: Page, answered: number) {
  await page.getByText("Saved", { exact: true }).waitFor();
  const progress = page.getByRole("progressbar", { name: "Statements answered" });
  await expect(progress.getAttribute("aria-valuenow")).resolves.toBe(String(answered));
  await expect(progress.getAttribute("aria-valuetext")).resolves.toBe(`${answered} of 50 answered`);
}

describe("a client takes a personality questionnaire, both see the profile and build the development profile", () => {
  const dataDir = makeTempDir("keel-e2e-");
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let keel: KeelProcess;
  let browser: Browser;
  let coachPage: Page;
  let clientPage: Page;
  let engagementUrl = "";
  let assessmentUrl = "";
  let wheelUrl = "";

  beforeAll(async () => {
    smtp = await startSmtpSink();
    keel = await startKeel({ dataDir, env: { SMTP_URL: smtp.url } });
    browser = await launchChromium();
    const coachContext = await browser.newContext({ baseURL: keel.url, viewport: laptop });
    const clientContext = await browser.newContext({ baseURL: keel.url, viewport: laptop });
    coachPage = await coachContext.newPage();
    clientPage = await clientContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await cleanUpKeels();
    await smtp?.close();
  });

  it("lets a coach sign up, invite a client and open an engagement with them", async () => {
    await coachPage.goto("/sign-up");
    await coachPage.getByLabel("Name", { exact: true }).fill(coach.name);
    await coachPage.getByLabel("Email").fill(coach.email);
    await coachPage.getByLabel("Password").fill(coach.password);
    await coachPage.getByLabel("Practice name").fill(coach.practice);
    await coachPage.getByRole("button", { name: "Create account" }).click();
    await coachPage.getByRole("heading", { level: 1, name: /Ines/ }).waitFor();
    await confirmAddressFromMail(coachPage, smtp.received, coach.email);

    await coachPage.goto("/clients/invite");
    await coachPage.getByLabel("Name").fill(client.name);
    await coachPage.getByLabel("Email").fill(client.email);
    await coachPage.getByRole("button", { name: "Invite client" }).click();
    await coachPage.getByText(client.email).first().waitFor();

    await coachPage.goto("/outbox");
    await coachPage.getByText(`invited you to ${coach.practice}`).first().click();
    await coachPage.getByText("/invitations/").first().waitFor();
    const body = (await coachPage.locator("main").textContent()) ?? "";
    const invitationLink = body.match(/https?:\/\/[^\s"<]+?\/invitations\/[\w-]{43}/)?.[0] ?? "";
    expect(invitationLink).toContain(keel.url);

    await clientPage.goto(invitationLink);
    await clientPage.getByLabel("Password").fill(client.password);
    await clientPage.getByRole("button", { name: "Accept invitation" }).click();
    await clientPage.getByRole("heading", { level: 1, name: /Omar/ }).waitFor();

    await coachPage.goto("/engagements/new");
    await coachPage
      .getByLabel("Client")
      .selectOption({ label: `${client.name} (${client.email})` });
    await coachPage.getByLabel("Title").fill(title);
    await coachPage.getByLabel("Number of sessions").fill("6");
    await coachPage.getByRole("button", { name: "Open engagement" }).click();
    await coachPage.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
    engagementUrl = coachPage.url();
  });

  it("lets the coach assign the IPIP 50-item questionnaire from the engagement", async () => {
    const section = coachPage.getByRole("region", { name: "Questionnaires" });
    await section.getByText("No questionnaires yet").waitFor();
    await section.getByRole("button", { name: "Assign questionnaire" }).click();
    const choice = section.getByRole("radio", { name: /IPIP Big-Five Factor Markers/ });
    await choice.check();
    await section.getByText("about 8 minutes").first().waitFor();
    await expectAccessible(coachPage);
    await section.getByRole("button", { name: "Assign questionnaire" }).click();
    await section.getByText(questionnaire, { exact: true }).waitFor();
    await section.getByText("0 of 50 answered").waitFor();
    await expect(
      section.getByRole("button", { name: /^Withdraw\W+Big-Five markers/ }).count(),
    ).resolves.toBe(1);
    await expectAccessible(coachPage);
  });

  it("lets the coach assign the leadership wheel exercise from the engagement too", async () => {
    const section = coachPage.getByRole("region", { name: "Exercises" });
    await section.getByText("No exercises yet").waitFor();
    await section.getByRole("button", { name: "Assign exercise" }).click();
    const form = section.getByRole("form", { name: "Assign an exercise" });
    await form.getByRole("radio", { name: new RegExp(`^${wheelTitle}`) }).check();
    await form.getByRole("button", { name: "Assign exercise" }).click();
    await section.getByText(wheelTitle, { exact: true }).waitFor();
    await section.getByText("Not started", { exact: true }).waitFor();
    await section.getByText(/^0 of 12 answered/).waitFor();
    await expectAccessible(coachPage);
  });

  it("puts the questionnaire first on the client's home, the exercise after it, and shows the instructions", async () => {
    await clientPage.goto("/");
    const next = clientPage.getByRole("region", { name: "Your next step" });
    await next.getByText(questionnaire, { exact: true }).waitFor();
    const exercises = clientPage.getByRole("region", { name: "Reflection exercises" });
    await exercises.getByText(wheelTitle, { exact: true }).waitFor();
    await exercises.getByText("12 questions, about 15 minutes").waitFor();
    await exercises.getByRole("link", { name: new RegExp(`^Start\\W+${wheelTitle}`) }).waitFor();
    await expect(next.getByText(wheelTitle).count()).resolves.toBe(0);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);
    await next.getByRole("link", { name: /^Start\b/ }).click();
    await clientPage.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    assessmentUrl = clientPage.url();
    await clientPage.getByText("Describe yourself as you are now").waitFor();
    await expectAccessible(clientPage);
    await clientPage.getByRole("button", { name: "Start" }).click();
    await clientPage.getByRole("heading", { name: "Statements 1 to 10" }).waitFor();
  });

  it("takes answers from the keyboard: Space chooses, arrows move within a statement, Tab to the next", async () => {
    const first = statement(clientPage, 0);
    await first.getByRole("radio", { name: "Very Inaccurate", exact: true }).focus();
    await clientPage.keyboard.press("Space");
    await clientPage.keyboard.press("ArrowRight");
    await clientPage.keyboard.press("ArrowRight");
    await expect(
      first.getByRole("radio", { name: "Neither Inaccurate nor Accurate" }).isChecked(),
    ).resolves.toBe(true);

    await clientPage.keyboard.press("Tab");
    await clientPage.keyboard.press("Space");
    await clientPage.keyboard.press("ArrowDown");
    await clientPage.keyboard.press("ArrowDown");
    await clientPage.keyboard.press("ArrowDown");
    await expect(
      statement(clientPage, 1).getByRole("radio", { name: "Moderately Accurate" }).isChecked(),
    ).resolves.toBe(true);

    await clientPage.keyboard.press("Tab");
    await clientPage.keyboard.press("Space");
    await expect(
      statement(clientPage, 2)
        .getByRole("radio", { name: "Very Inaccurate", exact: true })
        .isChecked(),
    ).resolves.toBe(true);
    await waitUntilSaved(clientPage, 3);
    await expectAccessible(clientPage);
  });

  it("saves each answer as it is given, page after page, at laptop and phone widths", async () => {
    await answerWithMouse(clientPage, 3);
    await waitUntilSaved(clientPage, 10);
    await clientPage.getByRole("button", { name: "Next page" }).click();
    await clientPage.getByRole("heading", { name: "Statements 11 to 20" }).waitFor();

    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await answerWithMouse(clientPage);
    await waitUntilSaved(clientPage, 20);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);
  });

  it("keeps an answer that could not be saved and sends it once the connection is back", async () => {
    await clientPage.context().setOffline(true);
    await statement(clientPage, 0)
      .getByRole("radio", { name: "Very Accurate", exact: true })
      .check();
    await clientPage.getByText("1 answer not saved yet, retrying").waitFor();
    await clientPage.getByText("Your answers could not be saved yet").waitFor();
    await clientPage.context().setOffline(false);
    await waitUntilSaved(clientPage, 20);
  });

  it("shows the coach the progress but not the answers while the client works", async () => {
    await coachPage.goto(engagementUrl);
    const section = coachPage.getByRole("region", { name: "Questionnaires" });
    await section.getByText("20 of 50 answered").waitFor();
    await section.getByRole("link", { name: /^Details\W+Big-Five markers/ }).click();
    await coachPage.getByText("The client's answers stay private while they work").waitFor();
    await expect(coachPage.locator("main fieldset").count()).resolves.toBe(0);
    await expectAccessible(coachPage);
  });

  it("lets the client leave and come back where they stopped", async () => {
    await clientPage.goto("/");
    await clientPage.reload();
    await clientPage
      .getByRole("region", { name: "Your next step" })
      .getByRole("link", { name: /^Continue \(20 of 50\)\W+Big-Five markers/ })
      .click();
    await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
    await expect(
      statement(clientPage, 0).getByRole("radio", { checked: true }).count(),
    ).resolves.toBe(0);

    await clientPage.getByRole("button", { name: "Previous page" }).click();
    await clientPage.getByRole("heading", { name: "Statements 11 to 20" }).waitFor();
    await expect(
      statement(clientPage, 0)
        .getByRole("radio", { name: "Very Accurate", exact: true })
        .isChecked(),
    ).resolves.toBe(true);
    await clientPage.getByRole("button", { name: "Next page" }).click();
  });

  it("lists a statement left out before submitting and takes the client back to it", async () => {
    await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
    await answerWithMouse(clientPage, 0, [4]);
    await clientPage.getByRole("button", { name: "Next page" }).click();
    await answerWithMouse(clientPage);
    await clientPage.getByRole("button", { name: "Next page" }).click();
    await clientPage.getByRole("heading", { name: "Statements 41 to 50" }).waitFor();
    await answerWithMouse(clientPage);
    await waitUntilSaved(clientPage, 49);

    await clientPage.getByRole("button", { name: "Submit answers" }).click();
    await clientPage.getByText("1 statement is not answered").waitFor();
    await expectAccessible(clientPage);
    await clientPage.getByRole("button", { name: "Go to the first unanswered statement" }).click();
    await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
    const skipped = statement(clientPage, 4);
    await skipped.getByText("Not answered yet").waitFor();
    await skipped.getByRole("radio", { name: "Very Accurate", exact: true }).check();
    await waitUntilSaved(clientPage, 50);
  });

  it("submits after confirmation and shows the client their profile", async () => {
    await clientPage.getByRole("button", { name: "Next page" }).click();
    await clientPage.getByRole("button", { name: "Next page" }).click();
    await clientPage.getByRole("button", { name: "Submit answers" }).click();
    const dialog = clientPage.getByRole("alertdialog", { name: "Submit your answers?" });
    await dialog.getByText("your answers are final").waitFor();
    await expectAccessible(clientPage);
    await dialog.getByRole("button", { name: "Submit answers" }).click();
    await clientPage.waitForURL(`${assessmentUrl}/results`);
    await clientPage.getByRole("heading", { level: 1, name: "Your personality profile" }).waitFor();
    await expectProfile(clientPage, "your");
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);
  });

  it("shows the coach the same profile from the engagement", async () => {
    await coachPage.goto(engagementUrl);
    const section = coachPage.getByRole("region", { name: "Questionnaires" });
    await section.getByText("Submitted", { exact: true }).waitFor();
    await expect(section.getByRole("button", { name: /^Withdraw/ }).count()).resolves.toBe(0);
    await section.getByRole("link", { name: /^See results\W+Big-Five markers/ }).click();
    await coachPage.waitForURL(`${assessmentUrl}/results`);
    await coachPage
      .getByRole("heading", { level: 1, name: `${client.name}'s personality profile` })
      .waitFor();
    await expectProfile(coachPage, "this");
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(phone);
    await expectAccessible(coachPage);
  });

  it("keeps the questionnaire out of the client's to-do list once submitted: the wheel is next", async () => {
    await clientPage.goto("/");
    await clientPage.getByText(title).first().waitFor();
    const next = clientPage.getByRole("region", { name: "Your next step" });
    await next.getByText(wheelTitle, { exact: true }).waitFor();
    await expect(next.getByText(questionnaire).count()).resolves.toBe(0);
    await expect(
      clientPage.getByRole("region", { name: "Reflection exercises" }).count(),
    ).resolves.toBe(0);
  });

  it("takes the client from the results to the development profile, with Keel's suggestion", async () => {
    await clientPage.setViewportSize(laptop);
    await clientPage.goto(`${assessmentUrl}/results`);
    await clientPage.getByRole("link", { name: "Add to the development profile" }).click();
    await clientPage.waitForURL(`${engagementUrl}/development-profile`);
    await clientPage.getByRole("heading", { level: 1, name: "Your development profile" }).waitFor();
    await clientPage.getByText("the foundation of your goals in the next stage").waitFor();

    // The answers above put Extraversion at 4.0, the only scale far enough from the middle.
    const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
    const suggestion = suggestions.getByRole("article", { name: suggested });
    await suggestion.getByText("Strength", { exact: true }).waitFor();
    await suggestion.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).waitFor();
    await expect(suggestions.getByRole("article").count()).resolves.toBe(1);
    await clientPage
      .getByRole("region", { name: "Blind spots" })
      .getByText(/come from the released 360 report/)
      .waitFor();
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);
  });

  it("lets the client accept the suggestion in their own words", async () => {
    const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
    await suggestions
      .getByRole("button", { name: new RegExp(`^Edit and accept\\W+${escaped(suggested)}`) })
      .click();
    const form = suggestions.getByRole("form", { name: `Edit and accept “${suggested}”` });
    const titleField = form.getByLabel("Title");
    await expect(titleField.evaluate((field) => field === document.activeElement)).resolves.toBe(
      true,
    );
    await titleField.fill("ab");
    await form.getByRole("button", { name: "Accept", exact: true }).click();
    await form.getByText("Use at least 3 characters").waitFor();
    await expectAccessible(clientPage);
    await titleField.fill(clientsTitle);
    await form.getByRole("button", { name: "Accept", exact: true }).click();

    const strengths = clientPage.getByRole("region", { name: /^Strengths/ });
    const entry = strengths.getByRole("article", { name: clientsTitle });
    await entry.getByText("Accepted from a suggestion by you").waitFor();
    await entry.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).waitFor();
    await clientPage
      .getByRole("status")
      .getByText(`Added “${clientsTitle}” to Strengths.`)
      .waitFor();
    await suggestions.getByText("You've been through every suggestion").waitFor();
    // The suggestion is gone, so focus waits on the panel rather than on nothing.
    await expect(clientPage.evaluate(() => document.activeElement?.id)).resolves.toBe(
      "suggestions",
    );
    await expectAccessible(clientPage);
  });

  it("shows the coach the profile from the engagement and lets them add an entry", async () => {
    await coachPage.setViewportSize(laptop);
    await coachPage.goto(engagementUrl);
    const card = coachPage.getByRole("region", { name: "Development profile" });
    await card.getByText("1 strength", { exact: true }).waitFor();
    await card.getByText("0 suggestions waiting").waitFor();
    await card.getByRole("link", { name: /^Open\W+development profile/ }).click();
    await coachPage
      .getByRole("heading", { level: 1, name: `${client.name}'s development profile` })
      .waitFor();

    await coachPage.getByRole("button", { name: "Add an entry" }).click();
    const form = coachPage.getByRole("form", { name: "Add an entry" });
    await expect(
      form.getByLabel("Kind").evaluate((field) => field === document.activeElement),
    ).resolves.toBe(true);
    await form.getByRole("button", { name: "Add entry" }).click();
    await form.getByText("Give the entry a title").waitFor();
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(phone);
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(laptop);

    await form.getByLabel("Kind").selectOption({ label: "Development area" });
    await form.getByLabel("Title").fill(coachsTitle);
    await form.getByLabel("Detail").fill("Omar still checks every slide his team prepares.");
    await form.getByRole("button", { name: "Add entry" }).click();
    const entry = coachPage
      .getByRole("region", { name: /^Development areas/ })
      .getByRole("article", { name: coachsTitle });
    await entry.getByText("Added by you").waitFor();
    await expect(coachPage.evaluate(() => document.activeElement?.tagName)).resolves.toBe(
      "ARTICLE",
    );

    const accepted = coachPage
      .getByRole("region", { name: /^Strengths/ })
      .getByRole("article", { name: clientsTitle });
    await accepted.getByText(`Accepted from a suggestion by ${client.name}`).waitFor();
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(phone);
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(laptop);

    // The evidence leads back to the scale's reading on the results page.
    await accepted.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).click();
    await coachPage.waitForURL(`${assessmentUrl}/results#scale-extraversion`);
    await coachPage
      .getByRole("heading", { level: 1, name: `${client.name}'s personality profile` })
      .waitFor();
    await expect
      .poll(() => coachPage.evaluate(() => document.activeElement?.id))
      .toBe("scale-extraversion");
  });

  it("shows the client both entries, each leading back to its evidence", async () => {
    await clientPage.goto(`${engagementUrl}/development-profile`);
    const coachs = clientPage
      .getByRole("region", { name: /^Development areas/ })
      .getByRole("article", { name: coachsTitle });
    await coachs.getByText(`Added by ${coach.name}`).waitFor();
    await coachs.getByText("checks every slide").waitFor();
    const own = clientPage
      .getByRole("region", { name: /^Strengths/ })
      .getByRole("article", { name: clientsTitle });
    await own.getByRole("link", { name: new RegExp(`^${escaped(evidenceChip)}`) }).click();
    await clientPage.waitForURL(`${assessmentUrl}/results#scale-extraversion`);
    await clientPage.getByRole("heading", { level: 1, name: "Your personality profile" }).waitFor();
  });

  it("opens the wheel from the client's home and takes the first ratings, one by keyboard", async () => {
    await clientPage.setViewportSize(laptop);
    await clientPage.goto("/");
    await clientPage
      .getByRole("region", { name: "Your next step" })
      .getByRole("link", { name: new RegExp(`^Start\\W+${wheelTitle}`) })
      .click();
    await clientPage.waitForURL(/\/exercises\/[0-9a-f-]{36}$/);
    wheelUrl = clientPage.url();
    await clientPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
    await clientPage.getByText("Rate each area from 1 to 10").waitFor();
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);

    // Tab reaches the rating, Space chooses, the arrow keys move along the scale.
    const [area, rating] = wheelRatings[0] as [string, number];
    await wheelArea(clientPage, area).getByRole("radio", { name: "1", exact: true }).focus();
    await clientPage.keyboard.press("Space");
    for (let step = 1; step < rating; step += 1) await clientPage.keyboard.press("ArrowRight");
    await expectRated(clientPage, [[area, rating]]);
    await rateWithMouse(clientPage, wheelRatings.slice(1, 4));
    await clientPage.getByText("4 of 8 areas rated").waitFor();
    await clientPage.getByText("Unsaved changes").waitFor();
    await clientPage.getByRole("button", { name: "Save draft" }).click();
    await clientPage.getByText(/^Draft saved \d/).waitFor();
    await expectAccessible(clientPage);
  });

  it("keeps the four ratings when the client leaves and comes back", async () => {
    await clientPage.goto("/");
    await clientPage.reload();
    const next = clientPage.getByRole("region", { name: "Your next step" });
    await next.getByText("4 of 12 answered").waitFor();
    await next
      .getByRole("link", { name: new RegExp(`^Continue \\(4 of 12\\)\\W+${wheelTitle}`) })
      .click();
    await clientPage.waitForURL(wheelUrl);
    await clientPage.getByText("4 of 8 areas rated").waitFor();
    await expectRated(clientPage, wheelRatings.slice(0, 4));
    await expect(
      wheelArea(clientPage, "Delegation and empowerment")
        .getByRole("radio", { checked: true })
        .count(),
    ).resolves.toBe(0);
    await clientPage.getByText("Draft saved", { exact: true }).first().waitFor();
    await expect(clientPage.getByRole("button", { name: "Save draft" }).isDisabled()).resolves.toBe(
      true,
    );
  });

  it("asks for the required questions left, then submits the whole wheel", async () => {
    await rateWithMouse(clientPage, wheelRatings.slice(4));
    await clientPage.getByText("Every area rated.").waitFor();
    await clientPage.getByRole("button", { name: "Submit", exact: true }).click();
    const missing = clientPage.getByText("3 questions need an answer before you submit");
    await missing.waitFor();
    await expectAccessible(clientPage);

    await clientPage
      .getByRole("textbox", { name: /Which area did you rate highest/ })
      .fill("Vision: people say they know where we are heading and why.");
    await clientPage
      .getByRole("group", { name: /Which area do you most want to grow/ })
      .getByRole("radio", { name: "Delegation and empowerment" })
      .check();
    await clientPage
      .getByRole("textbox", { name: /Why that area, and why now/ })
      .fill("I still hold on to too much; my team would own their projects.");
    await clientPage.getByRole("button", { name: "Submit", exact: true }).click();
    const dialog = clientPage.getByRole("alertdialog", { name: "Submit your answers?" });
    await dialog.getByText("your answers are final").waitFor();
    await dialog.getByRole("button", { name: "Submit answers" }).click();
    await clientPage.getByText(/^You submitted this on /).waitFor();
    await clientPage.getByRole("heading", { name: "Your answers" }).waitFor();
    await expect(clientPage.locator("main fieldset").count()).resolves.toBe(0);
    await expectAccessible(clientPage);
  });

  it("shows the coach the submitted wheel as a radar and a table", async () => {
    await coachPage.setViewportSize(laptop);
    await coachPage.goto(engagementUrl);
    const section = coachPage.getByRole("region", { name: "Exercises" });
    await section.getByText("Submitted", { exact: true }).waitFor();
    await section.getByRole("link", { name: new RegExp(`^Read answers\\W+${wheelTitle}`) }).click();
    await coachPage.waitForURL(wheelUrl);
    await coachPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
    // The template's "Your leadership wheel", as the coach reads it.
    const wheel = coachPage.getByRole("region", { name: wheelTitle, exact: true });
    await expect(wheel.locator("svg polygon").count()).resolves.toBeGreaterThan(1);
    const table = wheel.getByRole("table", { name: wheelTitle, exact: true });
    const rows = table.locator("tbody tr");
    await expect(rows.locator("th").allTextContents()).resolves.toEqual(
      wheelRatings.map(([area]) => area),
    );
    await expect(rows.locator("td").allTextContents()).resolves.toEqual(
      wheelRatings.map(([, rating]) => `${rating} / 10`),
    );
    await coachPage.getByText("I still hold on to too much").waitFor();
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(phone);
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(laptop);
  });

  it("suggests the wheel's strongest and weakest areas, each leading to its rating", async () => {
    await coachPage.goto(`${engagementUrl}/development-profile`);
    const suggestions = coachPage.getByRole("region", { name: /^Suggested from the evidence/ });
    // Vision (9) and Results (8) stand out at the top, Delegation (2) at the bottom.
    await suggestions.getByRole("article", { name: "Vision and direction" }).waitFor();
    await expect(suggestions.getByRole("article").count()).resolves.toBe(3);
    const delegation = suggestions.getByRole("article", { name: "Delegation and empowerment" });
    await delegation.getByText("Development area", { exact: true }).waitFor();
    await suggestions
      .getByRole("article", { name: "Results and accountability" })
      .getByRole("link", {
        name: new RegExp(`^${escaped("Leadership wheel · Results and accountability 8 of 10")}`),
      })
      .waitFor();
    await expectAccessible(coachPage);

    await delegation.getByRole("link", { name: new RegExp(`^${escaped(wheelChip)}`) }).click();
    await coachPage.waitForURL(`${wheelUrl}#question-delegation`);
    await coachPage.getByRole("heading", { level: 1, name: wheelTitle }).waitFor();
    await expect
      .poll(() => coachPage.evaluate(() => document.activeElement?.id))
      .toBe("question-delegation");
    const row = coachPage.locator("#question-delegation");
    await expect(row.textContent()).resolves.toBe("Delegation and empowerment2 / 10");
    await expect(row.evaluate((element) => getComputedStyle(element).outlineStyle)).resolves.toBe(
      "solid",
    );
    await expect(row.isVisible()).resolves.toBe(true);
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(phone);
    await coachPage.reload();
    await expect
      .poll(() => coachPage.evaluate(() => document.activeElement?.id))
      .toBe("question-delegation");
    await expect(row.evaluate(inViewport)).resolves.toBe(true);
    await expectAccessible(coachPage);
    await coachPage.setViewportSize(laptop);
  });

  it("shows the client the same suggestions and lets them accept one, its evidence leading to the wheel", async () => {
    await clientPage.goto(`${engagementUrl}/development-profile`);
    const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
    await suggestions.getByRole("button", { name: /^Accept\W+Delegation and empowerment/ }).click();
    const entry = clientPage
      .getByRole("region", { name: /^Development areas/ })
      .getByRole("article", { name: "Delegation and empowerment" });
    await entry.getByRole("link", { name: new RegExp(`^${escaped(wheelChip)}`) }).click();
    await clientPage.waitForURL(`${wheelUrl}#question-delegation`);
    await clientPage.getByRole("heading", { name: "Your answers" }).waitFor();
    await expect
      .poll(() => clientPage.evaluate(() => document.activeElement?.id))
      .toBe("question-delegation");
  });
});

/** Whether the element is wholly inside the window. */
function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

/** Five scales, each with a score to one decimal and the note that its range is not ready. */
async function expectProfile(page: Page, whose: "your" | "this") {
  const table = page.getByRole("table", { name: /Scores on the 5 scales/ });
  const rows = table.locator("tbody tr");
  await expect(rows.count()).resolves.toBe(5);
  const names = await table.locator("tbody th").allTextContents();
  expect(names).toEqual([
    "Extraversion (Surgency)",
    "Agreeableness",
    "Conscientiousness",
    "Emotional Stability",
    "Intellect/Imagination",
  ]);
  for (const score of await rows.locator("td:nth-of-type(1)").allTextContents()) {
    expect(score).toMatch(/^[1-5]\.\d$/);
  }
  await expect(
    page.getByText("The range around this score is not available yet").count(),
  ).resolves.toBe(5);
  await page.getByText(`once 30 people in ${whose} practice have taken`).waitFor();
  await page.getByText("The IPIP team points out").waitFor();
  await page.getByRole("link", { name: "ipip.ori.org/newBigFive5broadKey.htm" }).waitFor();
}
