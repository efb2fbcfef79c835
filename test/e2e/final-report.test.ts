import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  addJourneySponsor,
  type EngagementJourney,
  startEngagementJourney,
} from "../support/engagement-journey";
import { type JourneyClient, type JourneyCoach, phone, step } from "../support/journey";
import { ok } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Mira Santos",
  email: "mira.coach@example.com",
  password: "a long coach password",
  practice: "Santos Coaching",
};
const client: JourneyClient = {
  name: "Daniel Okafor",
  email: "daniel.leader@example.com",
  password: "a long client password",
};
const statement = "Delegate two projects a month to my team";
const sponsor = {
  name: "Sam Lee",
  email: "sam.sponsor@example.com",
  password: "a long sponsor password",
};

// The final report: once both have shared the final review, the client opens the report from
// their home, sees both reflections, and on a phone writes the summary and chooses what to share.
describe("the final report", () => {
  let j: EngagementJourney;
  let sponsorPage: Page;

  beforeAll(async () => {
    j = await startEngagementJourney({
      coach,
      client,
      engagement: { title: "Leading the new region", sessionsPlanned: 6 },
    });
    sponsorPage = await addJourneySponsor(j, sponsor);
    const goal = await ok(
      await j.clientPage.request.post(`/api/engagements/${j.engagementId}/goals`, {
        data: {
          statement,
          measure: { what: "Projects delegated", unit: "projects a month", direction: "higher" },
          baseline: 0,
          target: 2,
          startDate: "2026-11-02",
          dueDate: "2027-03-01",
          whyItMatters: "I want to lead a larger team next year.",
        },
      }),
      201,
    );
    for (const to of ["planning", "active", "review"])
      await ok(
        await j.coachPage.request.post(`/api/engagements/${j.engagementId}/stage`, {
          data: { to, reason: "We agreed to move on." },
        }),
      );
    for (const [page, changed] of [
      [j.clientPage, "I hand over whole projects now."],
      [j.coachPage, "Daniel asks before he tells."],
    ] as const) {
      const url = `/api/engagements/${j.engagementId}/reflections/final`;
      await ok(
        await page.request.put(url, {
          data: {
            answers: { changed },
            outcomes: [{ goalId: goal.id, outcome: "achieved", words: "Two a month" }],
          },
        }),
      );
      await ok(await page.request.post(`${url}/share`));
    }
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("shows the report with both reflections and saves what the client shares", async () => {
    const { clientPage } = j;

    await step("the client opens the report from their home", async () => {
      await clientPage.goto("/");
      await clientPage.getByRole("link", { name: "Your final report" }).first().click();
      await clientPage.getByRole("heading", { name: "Goals and outcomes" }).waitFor();
      await clientPage.getByText("Daniel asks before he tells.").waitFor();
      await clientPage.getByRole("heading", { name: "Change since the start" }).waitFor();
      await expectAccessible(clientPage);
    });

    await step("on a phone, the client writes a summary and chooses what to share", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.getByLabel("Summary of the report").fill("Delegates whole projects now.");
      await clientPage.getByLabel("Share the summary").check();
      await clientPage.getByLabel("Share its title and status").check();
      await clientPage.getByRole("button", { name: "Save what I share" }).click();
      await clientPage.getByText("Saved. Your sponsor sees only what is ticked.").waitFor();
      await expectAccessible(clientPage);
    });

    await step("the sponsor sees the goal's title and the summary, nothing else", async () => {
      await sponsorPage.goto(`/engagements/${j.engagementId}/final-report`);
      await sponsorPage.getByText("Delegates whole projects now.").waitFor();
      await sponsorPage.getByText(statement).waitFor();
      await expectAccessible(sponsorPage);
      if ((await sponsorPage.getByText("I hand over whole projects now.").count()) > 0)
        throw new Error("The sponsor sees the client's reflection");
    });

    await step("the client sees that the sponsor read it", async () => {
      await clientPage.reload();
      await clientPage
        .getByText(/Sam Lee read the report's summary and your goal titles and status on/)
        .waitFor();
    });
  });
});
