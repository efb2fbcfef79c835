import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { type BrowserJourney, escaped, laptop, phone, startBrowserJourney } from "./journey";
import { ok, seedEngagementThroughApi } from "./journey-seed";

// The people, answers and pages of the journeys through a personality questionnaire, the
// leadership wheel and the development profile they feed.

export const coach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Executive Coaching",
};
export const client = {
  name: "Omar Haddad",
  email: "omar.leader@example.com",
  password: "a long client password",
};
export const title = "Stepping up to the leadership team";
export const questionnaire = "Big-Five markers (50 items)";
export const suggested = "High Extraversion (Surgency)";
export const evidenceChip = "Big-Five markers · Extraversion (Surgency) 4.0 of 5";
export const clientsTitle = "Brings energy to the leadership team";
export const wheelTitle = "Leadership wheel";
export const wheelChip = "Leadership wheel · Delegation and empowerment 2 of 10";
/** The wheel's eight areas in order, and the ratings the client gives them. */
export const wheelRatings: [string, number][] = [
  ["Vision and direction", 9],
  ["Communication", 7],
  ["Developing others", 5],
  ["Decision-making", 6],
  ["Delegation and empowerment", 2],
  ["Relationships and influence", 6],
  ["Self-management and resilience", 5],
  ["Results and accountability", 8],
];
export const coachsTitle = "Lets go of the details";
export { escaped, laptop, phone };

/** The statements on the page, in order: each is a fieldset named by its statement. */
export function statement(page: Page, index: number): Locator {
  return page.locator("main fieldset").nth(index);
}

/** Answers the statements on the current page with the mouse, from `from` (0-based) on. */
export async function answerWithMouse(page: Page, from = 0, skip: number[] = []) {
  const count = await page.locator("main fieldset").count();
  for (let index = from; index < count; index += 1) {
    if (skip.includes(index)) continue;
    const label = index % 2 === 0 ? "Moderately Accurate" : "Moderately Inaccurate";
    await statement(page, index).getByRole("radio", { name: label, exact: true }).check();
  }
}

/** One rated area of the wheel while the client works on it: a fieldset named by its prompt. */
export function wheelArea(page: Page, area: string): Locator {
  return page.getByRole("group", { name: new RegExp(`^\\d+\\. ${escaped(area)}`) });
}

/** Clicks each rating's button: the radio inside it is visually hidden. */
export async function rateWithMouse(page: Page, ratings: [string, number][]) {
  for (const [area, rating] of ratings) {
    const point = page.getByRole("radio", { name: String(rating), exact: true });
    await wheelArea(page, area).locator("label").filter({ has: point }).click();
    await expect(wheelArea(page, area).locator(point).isChecked()).resolves.toBe(true);
  }
}

export async function expectRated(page: Page, ratings: [string, number][]) {
  for (const [area, rating] of ratings) {
    await expect(
      wheelArea(page, area)
        .getByRole("radio", { name: String(rating), exact: true })
        .isChecked(),
      area,
    ).resolves.toBe(true);
  }
}

export async function waitUntilSaved(page: Page, answered: number) {
  await page.getByText("Saved", { exact: true }).waitFor();
  const progress = page.getByRole("progressbar", { name: "Statements answered" });
  await expect(progress.getAttribute("aria-valuenow")).resolves.toBe(String(answered));
  await expect(progress.getAttribute("aria-valuetext")).resolves.toBe(`${answered} of 50 answered`);
}

/** Whether the element is wholly inside the window. */
export function inViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

/**
 * Five scales, each with a score to one decimal; with no comparison yet, no empty columns for it,
 * and what would bring it said once.
 */
export async function expectProfile(page: Page, whose: "your" | "this") {
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
  const headings = await table.locator("thead th").allTextContents();
  expect(headings).toEqual(["Scale", "Score (1 to 5)"]);
  await expect(page.getByText(/more (is|are) needed|Not available/).count()).resolves.toBe(0);
  await expect(
    page
      .getByText("appear once 30 people in the practice have completed this questionnaire")
      .count(),
  ).resolves.toBe(1);
  await page.getByText(`Each dot is ${whose === "your" ? "your" : "the"} score`).waitFor();
  await page.getByText("The IPIP team points out").waitFor();
  await page.getByRole("link", { name: "ipip.ori.org/newBigFive5broadKey.htm" }).waitFor();
}

export interface ProfileJourney extends BrowserJourney {
  engagementUrl: string;
  assessmentUrl: string;
  wheelUrl: string;
}

export async function startProfileJourney(): Promise<ProfileJourney> {
  return { ...(await startBrowserJourney()), engagementUrl: "", assessmentUrl: "", wheelUrl: "" };
}

/**
 * What the first steps of the questionnaire journey walk in the browser, made through the API
 * instead: the coach signs up and confirms their address, the client accepts the invitation, the
 * engagement opens and the coach assigns the leadership wheel, and the questionnaire unless told.
 */
export async function seedEngagement(j: ProfileJourney, options: { questionnaire: boolean }) {
  const asCoach = j.coachPage.request;
  const engagement = await seedEngagementThroughApi(
    j,
    { coach, client },
    { title, startDate: "2026-12-01", sessionsPlanned: 6 },
  );
  j.engagementUrl = `${j.keel.url}/engagements/${engagement.id}`;
  const assign = (kind: string, body: object) =>
    asCoach.post(`/api/engagements/${engagement.id}/${kind}`, { data: body });
  if (options.questionnaire) {
    const assessment = await ok(await assign("assessments", { instrumentId: "ipip-bffm-50" }), 201);
    j.assessmentUrl = `${j.keel.url}/assessments/${assessment.id}`;
  }
  await ok(await assign("exercises", { templateId: "leadership-wheel" }), 201);
}

/**
 * The client's answers as the questionnaire journey gives them, by statement (0-based): the
 * keyboard's first three, the mouse's alternating "Moderately Accurate" and "Moderately
 * Inaccurate", and "Very Accurate" for the answer sent again once online and the one left out.
 */
export function journeyAnswer(index: number): number {
  const byHand: Record<number, number> = { 0: 3, 1: 4, 2: 1, 10: 5, 24: 5 };
  return byHand[index] ?? (index % 2 === 0 ? 4 : 2);
}

/** The questionnaire answered as the questionnaire journey answers it, and submitted. */
export async function seedSubmittedQuestionnaire(j: ProfileJourney) {
  const asClient = j.clientPage.request;
  const api = j.assessmentUrl.replace(j.keel.url, "/api");
  const assessment = await ok(await asClient.get(api));
  const ids: string[] = assessment.items.map((item: { id: string }) => item.id);
  const answers = Object.fromEntries(ids.map((id, i) => [id, journeyAnswer(i)]));
  await ok(await asClient.put(`${api}/answers`, { data: { answers } }));
  await ok(await asClient.post(`${api}/submit`));
}
