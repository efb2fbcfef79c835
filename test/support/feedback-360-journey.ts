import type { APIRequestContext, BrowserContext, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { type BrowserJourney, escaped, laptop, phone, startBrowserJourney } from "./journey";
import { ok, seedEngagementThroughApi } from "./journey-seed";
import { decodeQuotedPrintable, type ReceivedMail, waitFor } from "./smtp-sink";

// The people, answers and pages of the 360 feedback journeys in the browser.

export const coach = {
  name: "Amara Okafor",
  email: "amara.coach@example.com",
  password: "a long coach password",
  practice: "Okafor Leadership Partners",
};
export const client = {
  name: "Daniel Reyes",
  email: "daniel.leader@example.com",
  password: "a long client password",
};
export const title = "Leading the merged operations team";
export const modelName = "Keel leadership model";

export type Group = "manager" | "peer" | "direct_report";
export type Rater = { name: string; email: string; group: Group };
export const manager: Rater = {
  name: "Helen Brooks",
  email: "helen@raters.example.test",
  group: "manager",
};
export const peers: Rater[] = [
  { name: "Marco Bianchi", email: "marco@raters.example.test", group: "peer" },
  { name: "Sofia Lind", email: "sofia@raters.example.test", group: "peer" },
  { name: "Kenji Sato", email: "kenji@raters.example.test", group: "peer" },
];
export const directReports: Rater[] = [
  { name: "Ana Costa", email: "ana@raters.example.test", group: "direct_report" },
  { name: "Ben Carter", email: "ben@raters.example.test", group: "direct_report" },
  { name: "Chloe Martin", email: "chloe@raters.example.test", group: "direct_report" },
];
export const raters = [manager, ...peers, ...directReports];

/** The comment that names a colleague; the coach blacks the name out before release. */
export const priyaComment = "Keeps Priya and the rest of us informed before every release.";
export const questions = {
  start: "What should this person start doing to be more effective as a leader?",
  stop: "What should this person stop doing, or do less of?",
  continue: "What should this person continue doing, because it works well?",
};

export const ITEMS = 45;
export const COMPETENCIES = 9;
export { laptop, phone };

/**
 * What the raters answer to behaviour `index` (0-based): the first competency stands out high,
 * the last low, the second a little low, so the report has strengths, development areas and
 * gaps between self and others.
 */
export function othersAnswer(index: number): string {
  const competency = Math.floor(index / 5);
  if (competency === 0) return "Almost always";
  if (competency === 1) return "Sometimes";
  if (competency === COMPETENCIES - 1) return "Rarely";
  return "Often";
}

/** What the client answers about themselves: modest on the first competency, Often elsewhere. */
export function selfAnswer(index: number): string {
  return index < 5 ? "Sometimes" : "Often";
}

/** YYYY-MM-DD of the local day `days` from today, as a date field takes it. */
export function localDateIn(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The behaviours (or statements) on the page, in order: each a fieldset named by its text. */
export function behaviour(page: Page, index: number): Locator {
  return page.locator("main fieldset").nth(index);
}

export async function waitUntilSaved(page: Page, label: string, answered: number) {
  const progress = page.getByRole("progressbar", { name: label });
  await expect
    .poll(() => progress.getAttribute("aria-valuetext"))
    .toBe(`${answered} of ${ITEMS} answered`);
  await page.getByText("Saved", { exact: true }).waitFor();
}

export interface Journey360 extends BrowserJourney {
  /** Each rater's private link, by address, as their invitation mail carried it. */
  links: Map<string, string>;
  engagementUrl: string;
  campaignUrl: string;
  /** The coach's list of raters once invitations went out: counts of answers never change it. */
  ratersBefore: string;
}

export async function start360Journey() {
  const j: Journey360 = {
    ...(await startBrowserJourney()),
    links: new Map(),
    engagementUrl: "",
    campaignUrl: "",
    ratersBefore: "",
  };

  /** The first mail delivered to `to` whose raw text matches `about`. */
  function deliveredTo(to: string, about: RegExp): Promise<ReceivedMail> {
    return waitFor(
      () =>
        j.smtp.received.find((m) => m.to.includes(to) && about.test(decodeQuotedPrintable(m.raw))),
      `a mail to ${to} matching ${about}`,
      30_000,
    );
  }

  /** The first link to Keel in a delivered mail whose path matches `path`. */
  function linkIn(mail: ReceivedMail, path: RegExp): string {
    const pattern = new RegExp(`${escaped(j.keel.url)}${path.source}`);
    const link = decodeQuotedPrintable(mail.raw).match(pattern)?.[0];
    expect(link, mail.raw).toBeDefined();
    return link ?? "";
  }

  /** A browser of the rater's own: no account, no cookies, nothing kept from anyone else. */
  function raterContext(viewport = laptop): Promise<BrowserContext> {
    return j.browser.newContext({ baseURL: j.keel.url, viewport });
  }

  async function openSurvey(page: Page, rater: Rater) {
    const link = j.links.get(rater.email) ?? "";
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
    const token = new URL(j.links.get(rater.email) ?? "").pathname.split("/").pop() ?? "";
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
    await j.coachPage.goto(j.campaignUrl);
    const responses = j.coachPage.getByRole("region", { name: "Responses" });
    for (const count of counts) await responses.getByText(count, { exact: true }).waitFor();
    // Never who: no rater is named beside the counts, and every rater's row reads as before
    // (only the groups' counts, the same as above, move).
    const text = (await responses.textContent()) ?? "";
    for (const rater of raters) expect(text).not.toContain(rater.name);
    await expect(raterRows(j.coachPage)).resolves.toBe(j.ratersBefore);
  }

  return Object.assign(j, {
    deliveredTo,
    linkIn,
    raterContext,
    openSurvey,
    answerBehaviours,
    writeComments,
    sendAndExpectThanks,
    answerWholeSurvey,
    expectCounts,
  });
}

export type Started360Journey = Awaited<ReturnType<typeof start360Journey>>;

/**
 * What the campaign journey walks in the browser, made through the API instead: the coach signs
 * up and confirms their address, the client accepts the invitation, the engagement opens, the
 * client nominates the seven raters, sends the list and rates themselves as that journey does,
 * and the coach approves. Each rater's link is read from their invitation mail.
 */
export async function seedCollectingCampaign(j: Started360Journey) {
  const asCoach = j.coachPage.request;
  const asClient = j.clientPage.request;
  const engagement = await seedEngagementThroughApi(
    j,
    { coach, client },
    { title, startDate: localDateIn(0), sessionsPlanned: 8 },
  );
  j.engagementUrl = `${j.keel.url}/engagements/${engagement.id}`;
  const campaign = await ok(
    await asCoach.post(`/api/engagements/${engagement.id}/feedback-campaigns`, {
      data: {
        modelId: "keel-leadership",
        deadline: localDateIn(14),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    }),
    201,
  );
  j.campaignUrl = `${j.keel.url}/feedback-campaigns/${campaign.id}`;
  const api = `/api/feedback-campaigns/${campaign.id}`;
  const move = async (as: APIRequestContext, to: string) =>
    ok(await as.post(`${api}/status`, { data: { to } }));

  await move(asCoach, "nominating");
  for (const rater of raters) await ok(await asClient.post(`${api}/raters`, { data: rater }), 201);
  await move(asClient, "approval");
  const { model } = await ok(await asClient.get(`${api}/self-rating`));
  const scale: { value: number; label: string }[] = model.scale;
  const ids: string[] = model.competencies.flatMap((c: { items: { id: string }[] }) =>
    c.items.map((item) => item.id),
  );
  const ratings = Object.fromEntries(
    ids.map((id, i) => [id, scale.find((option) => option.label === selfAnswer(i))?.value]),
  );
  await ok(await asClient.put(`${api}/self-rating`, { data: { ratings } }));
  await ok(await asClient.post(`${api}/self-rating/submit`));
  await move(asCoach, "collecting");

  for (const rater of raters) {
    const mail = await j.deliveredTo(rater.email, /asks for your feedback/);
    j.links.set(rater.email, j.linkIn(mail, /\/feedback\/[\w-]{43}/));
  }
  await j.coachPage.goto(j.campaignUrl);
  await j.coachPage.getByText("Raters are answering.").waitFor();
  j.ratersBefore = await raterRows(j.coachPage);
}

/** The rows of the rater list, one per rater, as text: what answering must never change. */
async function raterRows(page: Page): Promise<string> {
  const rows = page.getByRole("region", { name: "Raters" }).getByRole("listitem");
  return (await rows.allTextContents()).join("\n");
}
