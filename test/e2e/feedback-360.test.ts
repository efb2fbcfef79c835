import fs from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAddressFromMail } from "../support/address-confirmation";
import { expectAccessible, launchChromium } from "../support/browser";
import { cleanUpKeels, type KeelProcess, makeTempDir, startKeel } from "../support/keel-process";
import { pdfText } from "../support/pdf-text";
import {
  decodeQuotedPrintable,
  type ReceivedMail,
  startSmtpSink,
  waitFor,
} from "../support/smtp-sink";

const coach = {
  name: "Amara Okafor",
  email: "amara.coach@example.com",
  password: "a long coach password",
  practice: "Okafor Leadership Partners",
};
const client = {
  name: "Daniel Reyes",
  email: "daniel.leader@example.com",
  password: "a long client password",
};
const title = "Leading the merged operations team";
const modelName = "Keel leadership model";

type Group = "manager" | "peer" | "direct_report";
type Rater = { name: string; email: string; group: Group };
const manager: Rater = {
  name: "Helen Brooks",
  email: "helen@raters.example.test",
  group: "manager",
};
const peers: Rater[] = [
  { name: "Marco Bianchi", email: "marco@raters.example.test", group: "peer" },
  { name: "Sofia Lind", email: "sofia@raters.example.test", group: "peer" },
  { name: "Kenji Sato", email: "kenji@raters.example.test", group: "peer" },
];
const directReports: Rater[] = [
  { name: "Ana Costa", email: "ana@raters.example.test", group: "direct_report" },
  { name: "Ben Carter", email: "ben@raters.example.test", group: "direct_report" },
  { name: "Chloe Martin", email: "chloe@raters.example.test", group: "direct_report" },
];
const raters = [manager, ...peers, ...directReports];

/** The comment that names a colleague; the coach blacks the name out before release. */
const priyaComment = "Keeps Priya and the rest of us informed before every release.";
const questions = {
  start: "What should this person start doing to be more effective as a leader?",
  stop: "What should this person stop doing, or do less of?",
  continue: "What should this person continue doing, because it works well?",
};

const ITEMS = 45;
const COMPETENCIES = 9;
const laptop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

/**
 * What the raters answer to behaviour `index` (0-based): the first competency stands out high,
 * the last low, the second a little low, so the report has strengths, development areas and
 * gaps between self and others.
 */
function othersAnswer(index: number): string {
  const competency = Math.floor(index / 5);
  if (competency === 0) return "Almost always";
  if (competency === 1) return "Sometimes";
  if (competency === COMPETENCIES - 1) return "Rarely";
  return "Often";
}

/** What the client answers about themselves: modest on the first competency, Often elsewhere. */
function selfAnswer(index: number): string {
  return index < 5 ? "Sometimes" : "Often";
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** YYYY-MM-DD of the local day `days` from today, as a date field takes it. */
function localDateIn(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The behaviours (or statements) on the page, in order: each a fieldset named by its text. */
function behaviour(page: Page, index: number): Locator {
  return page.locator("main fieldset").nth(index);
}

async function waitUntilSaved(page: Page, label: string, answered: number) {
  const progress = page.getByRole("progressbar", { name: label });
  await expect
    .poll(() => progress.getAttribute("aria-valuetext"))
    .toBe(`${answered} of ${ITEMS} answered`);
  await page.getByText("Saved", { exact: true }).waitFor();
}

// Each rater answers 45 behaviours by hand, and mails go through a real SMTP server: slow steps.
describe("a 360 feedback from the coach's start to the client's report", {
  timeout: 120_000,
}, () => {
  const dataDir = makeTempDir("keel-e2e-");
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let keel: KeelProcess;
  let browser: Browser;
  let coachPage: Page;
  let clientPage: Page;
  let engagementUrl = "";
  let campaignUrl = "";
  const links = new Map<string, string>();
  let ratersBefore = "";

  /** The first mail delivered to `to` whose raw text matches `about`. */
  function deliveredTo(to: string, about: RegExp): Promise<ReceivedMail> {
    return waitFor(
      () =>
        smtp.received.find((m) => m.to.includes(to) && about.test(decodeQuotedPrintable(m.raw))),
      `a mail to ${to} matching ${about}`,
      30_000,
    );
  }

  /** The first link to Keel in a delivered mail whose path matches `path`. */
  function linkIn(mail: ReceivedMail, path: RegExp): string {
    const pattern = new RegExp(`${escaped(keel.url)}${path.source}`);
    const link = decodeQuotedPrintable(mail.raw).match(pattern)?.[0];
    expect(link, mail.raw).toBeDefined();
    return link ?? "";
  }

  /** A browser of the rater's own: no account, no cookies, nothing kept from anyone else. */
  function raterContext(viewport = laptop): Promise<BrowserContext> {
    return browser.newContext({ baseURL: keel.url, viewport });
  }

  async function openSurvey(page: Page, rater: Rater) {
    const link = links.get(rater.email) ?? "";
    expect(link).not.toBe("");
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: `Feedback for ${client.name}` }).waitFor();
  }

  /** Answers behaviours from `from` to `to` (exclusive) by clicking. */
  async function answerBehaviours(page: Page, from: number, to: number) {
    for (let index = from; index < to; index += 1) {
      await behaviour(page, index)
        .getByRole("radio", { name: othersAnswer(index), exact: true })
        .check();
    }
  }

  async function writeComments(
    page: Page,
    comments: Partial<Record<keyof typeof questions, string>>,
  ) {
    for (const [question, text] of Object.entries(comments)) {
      const field = page.getByLabel(questions[question as keyof typeof questions], { exact: true });
      await field.fill(text);
      await field.blur();
    }
  }

  /** Sends the survey after confirming, then checks the link shows thanks and takes no more. */
  async function sendAndExpectThanks(page: Page, rater: Rater) {
    await page.getByText("You've answered every behaviour.").waitFor();
    await page.getByRole("button", { name: "Send feedback" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Send your feedback?" });
    await dialog.getByText("You can't change your answers after sending.").waitFor();
    await dialog.getByRole("button", { name: "Send feedback" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    await page.getByText(`Your feedback for ${client.name} has been sent.`).waitFor();

    // The same link, opened again, thanks the rater and offers nothing to answer.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();
    await page.getByText("this link accepts nothing more").waitFor();
    await expect(page.locator("main fieldset").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Send feedback" }).count()).resolves.toBe(0);

    // And the API behind it refuses another answer or another sending.
    const token = new URL(links.get(rater.email) ?? "").pathname.split("/").pop() ?? "";
    const saved = await page.request.put(`/api/feedback/survey/${token}/answers`, {
      data: { ratings: {}, comments: { start: "One more thing" } },
    });
    expect(saved.status()).toBe(409);
    const sentAgain = await page.request.post(`/api/feedback/survey/${token}/submit`);
    expect(sentAgain.status()).toBe(409);
  }

  /** A rater who answers everything in one go. */
  async function answerWholeSurvey(
    rater: Rater,
    comments: Partial<Record<keyof typeof questions, string>>,
  ) {
    const context = await raterContext();
    const page = await context.newPage();
    await openSurvey(page, rater);
    await answerBehaviours(page, 0, ITEMS);
    await writeComments(page, comments);
    await waitUntilSaved(page, "Behaviours answered", ITEMS);
    await sendAndExpectThanks(page, rater);
    await context.close();
  }

  async function expectCounts(counts: string[]) {
    await coachPage.goto(campaignUrl);
    const responses = coachPage.getByRole("region", { name: "Responses" });
    for (const count of counts) await responses.getByText(count, { exact: true }).waitFor();
    // Never who: no rater is named beside the counts, and the rater list reads as before.
    const text = (await responses.textContent()) ?? "";
    for (const rater of raters) expect(text).not.toContain(rater.name);
    await expect(coachPage.getByRole("region", { name: "Raters" }).textContent()).resolves.toBe(
      ratersBefore,
    );
  }

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

  it("lets a coach sign up, invite a client through a delivered mail and open an engagement", async () => {
    await coachPage.goto("/sign-up");
    await coachPage.getByLabel("Name", { exact: true }).fill(coach.name);
    await coachPage.getByLabel("Email").fill(coach.email);
    await coachPage.getByLabel("Password").fill(coach.password);
    await coachPage.getByLabel("Practice name").fill(coach.practice);
    await coachPage.getByRole("button", { name: "Create account" }).click();
    await coachPage.getByRole("heading", { level: 1, name: /Amara/ }).waitFor();
    await confirmAddressFromMail(coachPage, smtp.received, coach.email);

    await coachPage.goto("/clients/invite");
    await coachPage.getByLabel("Name").fill(client.name);
    await coachPage.getByLabel("Email").fill(client.email);
    await coachPage.getByRole("button", { name: "Invite client" }).click();
    await coachPage.getByText(client.email).first().waitFor();

    const invitation = await deliveredTo(client.email, /\/invitations\//);
    await clientPage.goto(linkIn(invitation, /\/invitations\/[\w-]{43}/));
    await clientPage.getByLabel("Password").fill(client.password);
    await clientPage.getByRole("button", { name: "Accept invitation" }).click();
    await clientPage.getByRole("heading", { level: 1, name: /Daniel/ }).waitFor();

    await coachPage.goto("/engagements/new");
    await coachPage
      .getByLabel("Client")
      .selectOption({ label: `${client.name} (${client.email})` });
    await coachPage.getByLabel("Title").fill(title);
    await coachPage.getByLabel("Number of sessions").fill("8");
    await coachPage.getByRole("button", { name: "Open engagement" }).click();
    await coachPage.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
    engagementUrl = coachPage.url();
  });

  it("lets the coach start a 360 with Keel's model and a deadline, the manager not shown alone", async () => {
    const section = coachPage.getByRole("region", { name: "360 feedback" });
    await section.getByText("No 360 feedback yet").waitFor();
    await section.getByRole("button", { name: "Start a 360 campaign" }).click();
    const form = section.getByRole("form", { name: "Start a 360 feedback campaign" });
    await form.getByRole("radio", { name: new RegExp(`^${modelName}`) }).check();
    await form.getByText("9 competencies · 45 behaviours").first().waitFor();
    await form.getByLabel("Deadline").fill(localDateIn(14));
    const alone = form.getByLabel("Tell raters the manager's answers are shown on their own");
    await expect(alone.isChecked()).resolves.toBe(false);
    await expectAccessible(coachPage);
    await form.getByRole("button", { name: "Start campaign" }).click();

    await coachPage.waitForURL(/\/feedback-campaigns\/[0-9a-f-]{36}$/);
    campaignUrl = coachPage.url();
    await coachPage
      .getByRole("heading", { level: 1, name: `360 feedback for ${client.name}` })
      .waitFor();
    await coachPage.getByText(`${modelName} · deadline`).waitFor();
    await expectAccessible(coachPage);
    await coachPage.getByRole("button", { name: "Ask Daniel to nominate raters" }).click();
    await coachPage.getByText("Daniel is nominating raters.").waitFor();
  });

  it("lets the client nominate 1 manager, 3 peers and 3 direct reports and send the list", async () => {
    const mail = await deliveredTo(client.email, /choose raters/);
    await clientPage.goto(linkIn(mail, /\/feedback-campaigns\/[0-9a-f-]{36}/));
    expect(clientPage.url()).toBe(campaignUrl);
    await clientPage.getByRole("heading", { level: 1, name: "Your 360 feedback" }).waitFor();
    const list = clientPage.getByRole("region", { name: "Raters" });
    await list.getByText(/Nominate at least 3 peers/).waitFor();
    await expectAccessible(clientPage);

    await list.getByRole("button", { name: "Add rater" }).click();
    const form = list.getByRole("form", { name: "Add a rater" });
    await expectAccessible(clientPage);
    for (const rater of raters) {
      await form.getByLabel("Group").selectOption(rater.group);
      await form.getByLabel("Name").fill(rater.name);
      await form.getByLabel("Email").fill(rater.email);
      await form.getByRole("button", { name: "Add rater" }).click();
      await list.getByRole("listitem").filter({ hasText: rater.email }).waitFor();
      await expect.poll(() => form.getByLabel("Name").inputValue()).toBe("");
    }
    await form.getByRole("button", { name: "Done" }).click();
    const heading = (name: string, n: number) =>
      list.getByRole("heading", { name: `${name} (${n})`, exact: true }).waitFor();
    await heading("Manager", 1);
    await heading("Peers", 3);
    await heading("Direct reports", 3);
    await clientPage.getByText("Your list meets the minimums.").waitFor();
    await expect(list.getByText(/^Nominate /).count()).resolves.toBe(0);
    await expectAccessible(clientPage);

    await clientPage.getByRole("button", { name: "Send the list to Amara" }).click();
    await clientPage.getByText("Amara is checking your list.").waitFor();
    await expect(list.getByRole("button", { name: /^Remove/ }).count()).resolves.toBe(0);
  });

  it("lets the client rate themselves on all 45 behaviours, a few by keyboard, saved as they go", async () => {
    await clientPage
      .getByRole("region", { name: "Rate yourself" })
      .getByRole("link", { name: "Rate yourself" })
      .click();
    await clientPage.waitForURL(`${campaignUrl}/self-rating`);
    await clientPage.getByRole("heading", { level: 1, name: "Rate yourself" }).waitFor();
    await clientPage.getByRole("heading", { level: 2, name: "Setting direction" }).waitFor();
    await expectAccessible(clientPage);

    // Tab reaches a behaviour, Space chooses, the arrow keys move along its answers.
    await behaviour(clientPage, 0).getByRole("radio", { name: "Never", exact: true }).focus();
    for (let index = 0; index < 3; index += 1) {
      if (index > 0) await clientPage.keyboard.press("Tab");
      await clientPage.keyboard.press("Space");
      await clientPage.keyboard.press("ArrowRight");
      await clientPage.keyboard.press("ArrowRight");
      await expect(
        behaviour(clientPage, index)
          .getByRole("radio", { name: selfAnswer(index), exact: true })
          .isChecked(),
      ).resolves.toBe(true);
    }
    await waitUntilSaved(clientPage, "Behaviours rated", 3);
    await expectAccessible(clientPage);

    for (let competency = 0; competency < COMPETENCIES; competency += 1) {
      const first = competency === 0 ? 3 : 0;
      for (let item = first; item < 5; item += 1) {
        await behaviour(clientPage, item)
          .getByRole("radio", { name: selfAnswer(competency * 5 + item), exact: true })
          .check();
      }
      await waitUntilSaved(clientPage, "Behaviours rated", (competency + 1) * 5);
      if (competency < COMPETENCIES - 1) {
        await clientPage.getByRole("button", { name: "Next competency" }).click();
        await clientPage.getByText(`Competency ${competency + 2} of ${COMPETENCIES}`).waitFor();
      }
    }

    await clientPage.getByRole("button", { name: "Submit ratings" }).click();
    const dialog = clientPage.getByRole("alertdialog", { name: "Submit your ratings?" });
    await dialog.getByText(`You rated all ${ITEMS} behaviours.`).waitFor();
    await expectAccessible(clientPage);
    await dialog.getByRole("button", { name: "Submit ratings" }).click();
    await clientPage.waitForURL(campaignUrl);
    await clientPage
      .getByRole("region", { name: "Rate yourself" })
      .getByText("You've rated yourself.")
      .waitFor();
  });

  it("lets the coach approve the list and send the invitations, which reach each rater's inbox only", async () => {
    await coachPage.goto(campaignUrl);
    await coachPage.getByText("Daniel has sent the list.").waitFor();
    await coachPage.getByRole("button", { name: "Approve and send invitations" }).click();
    const dialog = coachPage.getByRole("alertdialog", { name: "Send invitations to 7 raters?" });
    await expectAccessible(coachPage);
    await dialog.getByRole("button", { name: "Approve and send invitations" }).click();
    await coachPage.getByText("Raters are answering.").waitFor();

    const list = coachPage.getByRole("region", { name: "Raters" });
    await expect(list.getByText("Invited", { exact: true }).count()).resolves.toBe(7);
    ratersBefore = (await list.textContent()) ?? "";
    const responses = coachPage.getByRole("region", { name: "Responses" });
    // The lone manager is counted with the peers, never on their own.
    await responses
      .getByText("Peers and other colleagues: 0 of 4 answered", { exact: true })
      .waitFor();
    await expectAccessible(coachPage);

    for (const rater of raters) {
      const mail = await deliveredTo(rater.email, /asks for your feedback/);
      links.set(rater.email, linkIn(mail, /\/feedback\/[\w-]{43}/));
    }
    expect(new Set(links.values()).size).toBe(7);

    // The links are the raters' alone: the admin's outbox holds none of these mails.
    const outbox = await coachPage.request.get("/api/outbox");
    expect(outbox.status()).toBe(200);
    const recipients = ((await outbox.json()) as { to: string }[]).map((m) => m.to);
    for (const rater of raters) expect(recipients).not.toContain(rater.email);
  });

  it("takes the manager's answers in a fresh browser, then thanks them and takes no more", async () => {
    const context = await raterContext();
    const page = await context.newPage();
    await openSurvey(page, manager);
    await page.getByText(`Hello ${manager.name}.`).waitFor();
    await page.getByRole("heading", { name: "Setting direction" }).waitFor();
    await expectAccessible(page);
    await answerBehaviours(page, 0, ITEMS);
    await writeComments(page, {
      start: "Delegate the weekly planning to the team leads.",
      continue: "Clear priorities at the start of each quarter.",
    });
    await waitUntilSaved(page, "Behaviours answered", ITEMS);
    await sendAndExpectThanks(page, manager);
    await expectAccessible(page);
    await context.close();
  });

  it("takes a peer's answers on a phone, with a comment that names a colleague", async () => {
    const context = await raterContext(phone);
    const page = await context.newPage();
    const [peer] = peers as [Rater];
    await openSurvey(page, peer);
    await expectAccessible(page);
    await answerBehaviours(page, 0, 12);
    await waitUntilSaved(page, "Behaviours answered", 12);
    await expectAccessible(page);
    await answerBehaviours(page, 12, ITEMS);
    await writeComments(page, {
      start: "Share the reasons behind decisions, not only the decisions.",
      stop: "Stop rewriting our slides the night before a review.",
      continue: priyaComment,
    });
    await waitUntilSaved(page, "Behaviours answered", ITEMS);
    await sendAndExpectThanks(page, peer);
    await expectAccessible(page);
    await context.close();
  });

  it("keeps a peer's answers when they leave midway and open their link again", async () => {
    const [, peer] = peers as [Rater, Rater];
    const first = await raterContext();
    const before = await first.newPage();
    await openSurvey(before, peer);
    await answerBehaviours(before, 0, 20);
    await writeComments(before, { stop: "Fewer status meetings." });
    await waitUntilSaved(before, "Behaviours answered", 20);
    await first.close();

    // Another browser altogether: what comes back was kept by Keel, not by the tab.
    const second = await raterContext();
    const page = await second.newPage();
    await openSurvey(page, peer);
    await page.getByText("Your answers so far are saved.").waitFor();
    const progress = page.getByRole("progressbar", { name: "Behaviours answered" });
    await expect(progress.getAttribute("aria-valuetext")).resolves.toBe(`20 of ${ITEMS} answered`);
    for (let index = 0; index < 20; index += 1) {
      await expect(
        behaviour(page, index)
          .getByRole("radio", { name: othersAnswer(index), exact: true })
          .isChecked(),
      ).resolves.toBe(true);
    }
    await expect(behaviour(page, 20).getByRole("radio", { checked: true }).count()).resolves.toBe(
      0,
    );
    await expect(page.getByLabel(questions.stop, { exact: true }).inputValue()).resolves.toBe(
      "Fewer status meetings.",
    );
    await page.getByRole("button", { name: "Go to the next unanswered behaviour" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("FIELDSET");
    await expect(behaviour(page, 20).evaluate((e) => e === document.activeElement)).resolves.toBe(
      true,
    );
    await answerBehaviours(page, 20, ITEMS);
    await writeComments(page, { continue: "Asking for our view before a decision." });
    await waitUntilSaved(page, "Behaviours answered", ITEMS);
    await sendAndExpectThanks(page, peer);
    await second.close();
  });

  it("takes the third peer's answers", async () => {
    const [, , peer] = peers as [Rater, Rater, Rater];
    await answerWholeSurvey(peer, {
      start: "Set a clearer agenda for the leadership meeting.",
      continue: "Standing up for the team in budget talks.",
    });
  });

  it("shows the coach how many answered, in counts of at least k raters, never who", async () => {
    await expectCounts([
      "Peers and other colleagues: 4 of 4 answered",
      "Direct reports: 0 of 3 answered",
    ]);
    await coachPage.getByText("4 of 7 answered so far.", { exact: false }).waitFor();
    await expectAccessible(coachPage);
  });

  it("takes the answers of two of the three direct reports; the third never answers", async () => {
    const [first, second] = directReports as [Rater, Rater];
    await answerWholeSurvey(first, { start: "More one-to-ones, even short ones." });
    await answerWholeSurvey(second, { stop: "Cancelling one-to-ones at short notice." });
    await expectCounts([
      "Peers and other colleagues: 4 of 4 answered",
      "Direct reports: 2 of 3 answered",
    ]);
  });

  it("lets the coach close the survey, after which the last link takes no answers", async () => {
    await coachPage.getByRole("button", { name: "Close now" }).click();
    const dialog = coachPage.getByRole("alertdialog", { name: "Close the survey now?" });
    await dialog.getByRole("button", { name: "Close now" }).click();
    await coachPage.getByText("The answers are in.").waitFor();
    await coachPage
      .getByRole("region", { name: "Responses" })
      .getByText("The survey closed with 6 of 7 answered.")
      .waitFor();

    const context = await raterContext();
    const page = await context.newPage();
    const [, , last] = directReports as [Rater, Rater, Rater];
    await page.goto(links.get(last.email) ?? "");
    await page.getByRole("heading", { level: 1, name: "This survey has closed" }).waitFor();
    await expect(page.locator("main fieldset").count()).resolves.toBe(0);
    await context.close();
  });

  it("lets the coach preview the report and black out a colleague's name in a comment", async () => {
    await coachPage.getByRole("link", { name: "Preview the report" }).click();
    await coachPage.waitForURL(`${campaignUrl}/report`);
    await coachPage
      .getByRole("heading", { level: 1, name: `${client.name}'s 360 feedback report` })
      .waitFor();
    await coachPage.getByText("Preview: not yet released").waitFor();

    const comments = coachPage.getByRole("region", { name: "Comments" });
    const item = comments.getByRole("listitem").filter({ hasText: priyaComment });
    await item.getByRole("button", { name: "Black out words" }).click();
    await item.getByLabel("Words to black out").fill("Priya");
    await item.getByRole("button", { name: "Black out", exact: true }).click();
    await item.getByText("In the report", { exact: true }).waitFor();
    await item.getByText("[removed]", { exact: true }).waitFor();
    await item.getByRole("list", { name: "Blacked out" }).getByText("Priya").waitFor();
    await expectAccessible(coachPage);
  });

  it("lets the coach release the report after confirming", async () => {
    await coachPage.getByRole("link", { name: "Back to the campaign to release it" }).click();
    await coachPage.waitForURL(campaignUrl);
    await coachPage.getByRole("button", { name: "Release the report" }).click();
    const dialog = coachPage.getByRole("alertdialog", { name: "Release the report to Daniel?" });
    await dialog.getByText("The report can't be changed afterwards").waitFor();
    await dialog.getByRole("button", { name: "Release the report" }).click();
    await coachPage.getByText("Daniel can read the report.").waitFor();
  });

  it("shows the client the report: self and others, strengths, the merged groups and the redacted comments", async () => {
    await clientPage.goto(campaignUrl);
    await clientPage.getByRole("link", { name: "Read the report" }).click();
    await clientPage.waitForURL(`${campaignUrl}/report`);
    await clientPage.getByRole("heading", { level: 1, name: "Your 360 feedback report" }).waitFor();

    // Self against others, competency by competency.
    const chart = clientPage.getByRole("table", { name: /^Self and others for each competency/ });
    const rows = chart.locator("tbody tr");
    await rows.first().waitFor({ state: "attached" });
    await expect(rows.count()).resolves.toBe(COMPETENCIES);
    await expect(clientPage.getByText("Preview: not yet released").count()).resolves.toBe(0);
    await expect(rows.locator("th").first().textContent()).resolves.toBe("Setting direction");
    for (const cells of await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    )) {
      expect(cells[0]).toMatch(/^[1-5]\.\d$/);
      expect(cells[1]).toMatch(/^[1-5]\.\d$/);
    }
    const first = await rows.first().locator("td").allTextContents();
    expect(first.slice(0, 2)).toEqual(["5.0", "3.0"]);

    // Strengths and development areas, each with its figures.
    const highlights = clientPage.getByRole("region", { name: "Strengths and development areas" });
    await highlights.getByRole("heading", { name: "Top strengths" }).waitFor();
    await expect(highlights.locator("ol").first().locator("li").count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(highlights.locator("ol").nth(1).locator("li").count()).resolves.toBeGreaterThan(0);

    // Two direct reports answered: fewer than k = 3, so they have no figures of their own.
    const facts = clientPage.getByRole("region", { name: "About this report" });
    await facts.getByText("6 responses, and a self-rating").waitFor();
    const units = await facts.locator("ul li").allTextContents();
    expect(units.some((unit) => unit.startsWith("Direct reports"))).toBe(false);
    const byGroup = clientPage.getByRole("region", { name: "By group" });
    const headers = await byGroup.locator("thead th").allTextContents();
    expect(headers.some((header) => header.startsWith("Direct reports"))).toBe(false);
    expect(
      headers.some((h) => h.startsWith("Other colleagues")) ||
        (await facts.getByText(/in no figure of this report/).count()) > 0,
    ).toBe(true);
    await expect(clientPage.getByText(/^Direct reports/).count()).resolves.toBe(0);

    // The comments, with the colleague's name blacked out everywhere on the page.
    const comments = clientPage.getByRole("region", { name: "Comments" });
    await comments.getByText("Keeps [removed] and the rest of us informed").waitFor();
    await comments.getByText("Stop rewriting our slides").waitFor();
    await expect(clientPage.locator("body").textContent()).resolves.not.toContain("Priya");
    await expect(clientPage.content()).resolves.not.toContain("Priya");

    await expectAccessible(clientPage);
    await clientPage.setViewportSize(phone);
    await expectAccessible(clientPage);
    await clientPage.setViewportSize(laptop);
  });

  it("gives the client a working PDF of the report", async () => {
    const link = clientPage.getByRole("link", { name: "Download PDF" });
    const [download] = await Promise.all([clientPage.waitForEvent("download"), link.click()]);
    const pdf = fs.readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The PDF is the same released report: the name is blacked out there too.
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("360-degree feedback report");
    expect(text).toContain(client.name);
    expect(text).toContain("[removed]");
    expect(text).toContain("Stop rewriting our slides");
    expect(text).not.toContain("Priya");
    expect(text).not.toContain("Direct reports");

    const response = await clientPage.request.get((await link.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  });

  it("suggests development profile entries from the released 360", async () => {
    await clientPage.goto(`${engagementUrl}/development-profile`);
    await clientPage.getByRole("heading", { level: 1, name: "Your development profile" }).waitFor();
    const suggestions = clientPage.getByRole("region", { name: /^Suggested from the evidence/ });
    const from360 = suggestions.getByRole("link", { name: /^360 feedback · / });
    await from360.first().waitFor();
    const articles = suggestions
      .getByRole("article")
      .filter({ has: clientPage.getByRole("link", { name: /^360 feedback · / }) });
    await expect(articles.count()).resolves.toBeGreaterThan(0);
    for (const href of await from360.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? ""),
    )) {
      expect(href).toContain(`${new URL(campaignUrl).pathname}/report#`);
    }
    await expectAccessible(clientPage);
  });
});
