import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  addJourneySponsor,
  card,
  type EngagementJourney,
  startEngagementJourney,
} from "../support/engagement-journey";
import { type JourneyClient, type JourneyCoach, phone, step } from "../support/journey";
import { ok } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Mira Santos",
  email: "mira.agreement@example.com",
  password: "a long coach password",
  practice: "Santos Coaching",
};
const client: JourneyClient = {
  name: "Daniel Okafor",
  email: "daniel.agreement@example.com",
  password: "a long client password",
};
const sponsor = {
  name: "Sam Lee",
  email: "sam.agreement@example.com",
  password: "a long sponsor password",
};
const goals = ["Delegate two projects a month to my team", "Speak first in the board meeting"];

// The three-way agreement: the coach drafts it, client and sponsor accept it on their phones,
// the sponsor sees the goals the agreement allows, the client narrows that, and the sponsor's
// page changes with it; the client sees each read.
describe("the three-way agreement", () => {
  let j: EngagementJourney;
  let sponsorPage: Page;

  beforeAll(async () => {
    j = await startEngagementJourney({
      coach,
      client,
      engagement: { title: "Leading the new region", sessionsPlanned: 6 },
    });
    sponsorPage = await addJourneySponsor(j, sponsor);
    for (const statement of goals)
      await ok(
        await j.clientPage.request.post(`/api/engagements/${j.engagementId}/goals`, {
          data: {
            statement,
            measure: { what: "Times a month", unit: "times", direction: "higher" },
            baseline: 0,
            target: 2,
            startDate: "2026-11-02",
            dueDate: "2027-03-01",
            whyItMatters: "I want to lead a larger team next year.",
          },
        }),
        201,
      );
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("is drafted, accepted by all three, and narrowed by the client", async () => {
    const { coachPage, clientPage } = j;
    const page = `/engagements/${j.engagementId}`;

    await step("the coach drafts the agreement and accepts it", async () => {
      await coachPage.goto(page);
      const agreement = card(coachPage, "Agreement");
      await agreement.getByRole("button", { name: "Draft the agreement" }).click();
      await agreement.getByLabel("Purpose").fill("Grow into leading the new region.");
      await agreement.getByLabel("Goal 1", { exact: true }).fill("Delegate more");
      await agreement.getByRole("button", { name: "Add a goal" }).click();
      await agreement.getByLabel("Goal 2", { exact: true }).fill("Speak up at the board");
      await agreement.getByLabel("Goal titles").check();
      await agreement.getByLabel("Goal status").check();
      await agreement.getByRole("button", { name: "Save the terms" }).click();
      await agreement.getByText("Draft: waiting for everyone to accept.").waitFor();
      await agreement.getByRole("button", { name: "Accept the agreement" }).click();
      await agreement.getByText("Waiting for the client and the sponsor to accept.").waitFor();
    });

    await step("on phones, the client and the sponsor accept it", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto(page);
      await card(clientPage, "Agreement")
        .getByRole("button", { name: "Accept the agreement" })
        .click();
      await clientPage.getByText("Waiting for the sponsor to accept.").waitFor();
      await sponsorPage.goto(page);
      const agreement = card(sponsorPage, "Agreement");
      await agreement.getByText("Grow into leading the new region.").waitFor();
      await agreement.getByRole("button", { name: "Accept the agreement" }).click();
      await agreement.getByText(/^Agreed on /).waitFor();
      const seen = card(sponsorPage, "What you see");
      for (const statement of goals) await seen.getByText(statement).waitFor();
      await expectAccessible(sponsorPage);
      await fitsThePhone(sponsorPage);
    });

    await step("the client narrows what the sponsor sees", async () => {
      await clientPage.reload();
      const consent = card(clientPage, "What your sponsor sees");
      await consent.getByLabel(`Show "${goals[1]}"`).uncheck();
      await consent.getByRole("button", { name: "Save what my sponsor sees" }).click();
      await consent.getByText("Saved. Your sponsor sees only what is ticked.").waitFor();
      await consent
        .getByText(/Sam Lee read your goal titles and status on/)
        .first()
        .waitFor();
      await expectAccessible(clientPage);
      await fitsThePhone(clientPage);
    });

    await step("the sponsor's view changes with it", async () => {
      await sponsorPage.reload();
      const seen = card(sponsorPage, "What you see");
      await seen.getByText(goals[0] ?? "").waitFor();
      await seen.getByText(/Never shown to the sponsor/).waitFor();
      if ((await seen.getByText(goals[1] ?? "").count()) > 0)
        throw new Error("The sponsor still sees the goal the client took back");
    });
  });
});

/** Nothing wider than the phone's screen: no sideways scrolling at 390 px. */
async function fitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > phone.width)
    throw new Error(`The page is ${width} px wide on a ${phone.width} px phone`);
}
