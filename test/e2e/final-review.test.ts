import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { type EngagementJourney, startEngagementJourney } from "../support/engagement-journey";
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

// The final review: the client writes an outcome and their reflection and shares; the coach sees
// that they shared but not what, writes theirs on a phone, shares, and both sides show side by side.
describe("the final review", () => {
  let j: EngagementJourney;

  beforeAll(async () => {
    j = await startEngagementJourney({
      coach,
      client,
      engagement: { title: "Leading the new region", sessionsPlanned: 6 },
    });
    await ok(
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
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("keeps each side's reflection blind until both have shared, then shows them side by side", async () => {
    const { coachPage, clientPage } = j;

    await step("the client opens the final review from the engagement page", async () => {
      await clientPage.goto(`/engagements/${j.engagementId}`);
      await clientPage.getByRole("link", { name: "Open the final review" }).first().click();
      await clientPage.getByRole("heading", { name: "Final reflections" }).waitFor();
      await clientPage.getByRole("heading", { name: "Goals and outcomes" }).waitFor();
      await expectAccessible(clientPage);
    });

    await step("the client writes an outcome and what changed, and shares", async () => {
      await clientPage.getByRole("combobox", { name: "Outcome" }).selectOption("achieved");
      await clientPage.getByLabel("What has changed?").fill("I hand over whole projects now.");
      await clientPage.getByText("Draft saved. Only you can see it.").waitFor();
      await clientPage.getByRole("button", { name: "Share with Mira Santos" }).click();
      await clientPage.getByRole("alertdialog").getByRole("button", { name: "Share" }).click();
      await clientPage.getByText(/Mira Santos's answers show here once/).waitFor();
    });

    await step(
      "the coach sees that the client shared, not what, and shares theirs on a phone",
      async () => {
        await coachPage.setViewportSize(phone);
        await coachPage.goto(`/engagements/${j.engagementId}/review`);
        await coachPage.getByText("Daniel Okafor shared").waitFor();
        expect(await coachPage.getByText("I hand over whole projects now.").count()).toBe(0);
        await expectAccessible(coachPage);
        await coachPage.getByRole("combobox", { name: "Outcome" }).selectOption("partly");
        await coachPage.getByLabel("What helped?").fill("Practising the if-then plans.");
        await coachPage.getByText("Draft saved. Only you can see it.").waitFor();
        await coachPage.getByRole("button", { name: "Share with Daniel Okafor" }).click();
        await coachPage.getByRole("alertdialog").getByRole("button", { name: "Share" }).click();
        await coachPage.getByText("I hand over whole projects now.").waitFor();
        await coachPage.getByText("Achieved", { exact: true }).first().waitFor();
      },
    );

    await step("the client now sees the coach's answers beside their own", async () => {
      await clientPage.reload();
      await clientPage.getByText("Practising the if-then plans.").waitFor();
      await clientPage.getByText("Partly achieved").first().waitFor();
      await expectAccessible(clientPage);
    });
  });
});
