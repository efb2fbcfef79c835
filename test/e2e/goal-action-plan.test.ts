import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  laptop,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok, seedEngagementThroughApi } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Ines Duarte",
  email: "ines.coach@example.com",
  password: "a long coach password",
  practice: "Duarte Leadership",
};
const client: JourneyClient = {
  name: "Tomas Berg",
  email: "tomas.leader@example.com",
  password: "a long client password",
};
const area = "Letting the team decide";
const statement = "Hand two decisions a week to my team leads and leave them with them";
const firstIfThen =
  "If a lead brings me an urgent decision, then I will ask what they would do and let them decide.";
const coachStrategy = "Agree each Monday which decisions Ana and Luis own";
const clientStrategy = "Agree each Monday which decisions each lead owns, in writing";
const changedIfThen =
  "If a lead brings me an urgent decision, then I will ask for their recommendation before I say anything.";

/** The plan's card on the goal's page. */
function plan(page: Page) {
  return page.getByRole("region", { name: "Action plan" });
}

// The engagement and its development profile are set up through the API; the goal, its plan,
// the change and the comparison are made in the coach's and the client's browsers.
describe("a goal's action plan, written by coach and client together", () => {
  let j: BrowserJourney;
  let engagementId = "";
  let goalUrl = "";
  const goalApi = () => `/api${goalUrl}`;

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the new region", startDate: "2026-11-02", sessionsPlanned: 8 },
    );
    engagementId = engagement.id;
    await ok(
      await j.coachPage.request.post(
        `/api/engagements/${engagementId}/development-profile/entries`,
        {
          data: {
            kind: "development_area",
            title: area,
            detail: "Takes decisions back under pressure",
          },
        },
      ),
      201,
    );
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("coach and client write a goal from a development area, add an obstacle with an if-then plan, change the plan, and compare the two versions", async () => {
    const { coachPage, clientPage } = j;

    await step("the client writes a goal from a development area of their profile", async () => {
      await clientPage.goto(`/engagements/${engagementId}/goals/new`);
      await clientPage.getByLabel("Goal statement").fill(statement);
      await clientPage.getByLabel("What is counted or rated").fill("Decisions handed over");
      await clientPage.getByLabel("Unit").fill("decisions a week");
      await clientPage.getByLabel("Baseline").fill("0");
      await clientPage.getByLabel("Target").fill("2");
      await clientPage.getByLabel("Due date").fill("2027-03-31");
      await clientPage.getByLabel(new RegExp(area)).check();
      await clientPage.getByRole("button", { name: "Add goal" }).click();
      await clientPage.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
      goalUrl = new URL(clientPage.url()).pathname;
      await plan(clientPage).getByText("Nothing in the plan yet.").waitFor();
    });

    await step("the coach writes the plan with an obstacle and its if-then plan", async () => {
      await coachPage.goto(goalUrl);
      await plan(coachPage).getByRole("button", { name: "Write the plan" }).click();
      const form = coachPage.getByRole("form", { name: "Edit the plan" });
      await form.getByRole("button", { name: "Add a strategy" }).click();
      await form
        .getByLabel("Strategy 1", { exact: true })
        .fill("Agree each Monday which decisions the leads own");
      await form.getByRole("button", { name: "Add an obstacle" }).click();
      await form
        .getByLabel("Obstacle 1", { exact: true })
        .fill("I take decisions back when they are urgent");
      await form.getByRole("button", { name: "Save the plan" }).click();
      await form
        .getByText("Say when the obstacle shows up: the situation that starts the plan.")
        .waitFor();
      await expect(
        form.getByLabel("If…").evaluate((input) => input === document.activeElement),
      ).resolves.toBe(true);
      await form.getByLabel("If…").fill("a lead brings me an urgent decision");
      await form.getByLabel("…then I will").fill("ask what they would do and let them decide");
      await form.getByText(firstIfThen).waitFor();
      await form
        .getByLabel("What changed, and why?")
        .fill("Our first plan, from the second session");
      await expectAccessible(coachPage);
      await form.getByRole("button", { name: "Save the plan" }).click();
      await form.waitFor({ state: "detached" });
      await plan(coachPage).getByText(firstIfThen).waitFor();
      await plan(coachPage).getByText(`Version 1, saved by ${coach.name}`).waitFor();
    });

    await step("the client changes the if-then plan and adds a weekly exercise", async () => {
      await clientPage.reload();
      await plan(clientPage).getByText(firstIfThen).waitFor();
      await plan(clientPage).getByRole("button", { name: "Edit the plan" }).click();
      const form = clientPage.getByRole("form", { name: "Edit the plan" });
      await form
        .getByLabel("…then I will")
        .fill("ask for their recommendation before I say anything");
      await form.getByRole("button", { name: "Add an exercise" }).click();
      await form
        .getByLabel("Exercise 1", { exact: true })
        .fill("Note each decision I handed over and how it went");
      await form.getByLabel("When").selectOption({ label: "Every second week" });
      await form.getByLabel("On", { exact: true }).selectOption({ label: "Friday" });
      await form.getByText("Every second Friday").waitFor();
      await form.getByLabel("What changed, and why?").fill("Asking first works better for me");
      await form.getByRole("button", { name: "Save the plan" }).click();
      await form.waitFor({ state: "detached" });
      await plan(clientPage).getByText(`Version 2, saved by ${client.name}`).waitFor();
      await plan(clientPage).getByText(changedIfThen).waitFor();
      await plan(clientPage).getByText("Every second Friday").waitFor();
      expect(await plan(clientPage).getByText("FREQ=").count()).toBe(0);
    });

    await step(
      "the coach sees who changed what and why, and compares the two versions",
      async () => {
        await coachPage.reload();
        await plan(coachPage).getByRole("button", { name: "Versions" }).click();
        const versions = coachPage.getByRole("list", { name: "Versions of the plan" });
        await versions.getByText("“Asking first works better for me”").waitFor();
        await versions.getByText("“Our first plan, from the second session”").waitFor();
        await versions.getByText(new RegExp(`${client.name} ·`)).waitFor();
        await coachPage.getByRole("button", { name: "Compare", exact: true }).click();
        const comparison = coachPage.getByRole("region", {
          name: "Version 1 and version 2 side by side",
        });
        await comparison.getByText("2 items added, removed or changed.").waitFor();
        const changed = comparison.getByRole("listitem", { name: "Changed item" });
        await changed.getByText("If-then plan (changed):").first().waitFor();
        await changed.getByText(firstIfThen).waitFor();
        await changed.getByText(changedIfThen).waitFor();
        const added = comparison.getByRole("listitem", { name: "Added item" });
        await added.getByText("Note each decision I handed over and how it went").waitFor();
        await added.getByText("Not in this version").waitFor();
        await expectAccessible(coachPage);
      },
    );

    await step("the comparison stacks the two versions at phone width", async () => {
      await coachPage.setViewportSize(phone);
      const changed = coachPage.getByRole("listitem", { name: "Changed item" });
      const [before, after] = await Promise.all([
        changed.getByText(firstIfThen).boundingBox(),
        changed.getByText(changedIfThen).boundingBox(),
      ]);
      expect(after?.y ?? 0).toBeGreaterThan((before?.y ?? 0) + (before?.height ?? 0) - 1);
      const width = await coachPage.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(phone.width);
      await coachPage.setViewportSize(laptop);
    });

    await step(
      "two edits at once: the second sees both and keeps theirs, nothing lost",
      async () => {
        await plan(coachPage).getByRole("button", { name: "Edit the plan" }).click();
        const coachForm = coachPage.getByRole("form", { name: "Edit the plan" });
        await coachForm.getByLabel("Strategy 1", { exact: true }).fill(coachStrategy);
        await coachForm.getByRole("button", { name: "Add a resource" }).click();
        await coachForm.getByLabel("Resource 1", { exact: true }).fill("Turn the Ship Around!");
        await plan(clientPage).getByRole("button", { name: "Edit the plan" }).click();
        const clientForm = clientPage.getByRole("form", { name: "Edit the plan" });
        await clientForm.getByLabel("Strategy 1", { exact: true }).fill(clientStrategy);
        await clientForm.getByRole("button", { name: "Save the plan" }).click();
        await clientForm.waitFor({ state: "detached" });
        await coachForm.getByLabel("What changed, and why?").fill("Named the leads and a book");
        await coachForm.getByRole("button", { name: "Save the plan" }).click();
        const conflict = coachPage.getByRole("region", {
          name: `${client.name} saved the plan while you were editing`,
        });
        const side = (name: string) => conflict.locator("label", { hasText: name });
        await side("Keep yours").getByText(coachStrategy).waitFor();
        await side(`Keep ${client.name}’s`).getByText(clientStrategy).waitFor();
        await expectAccessible(coachPage);
        await conflict.getByRole("button", { name: "Save the combined plan" }).click();
        await conflict.getByText(`Choose yours or ${client.name}’s for each item below.`).waitFor();
        await conflict.getByLabel("Keep yours").check();
        await conflict.getByRole("button", { name: "Save the combined plan" }).click();
        await plan(coachPage)
          .getByText(/^Version 4, saved by/)
          .waitFor();
        await plan(coachPage).getByText(coachStrategy).waitFor();
        await plan(coachPage).getByText("Turn the Ship Around!").waitFor();
        const saved = await ok(await coachPage.request.get(`${goalApi()}/plan/versions`));
        expect(saved.map((v: { source: string }) => v.source)).toEqual([
          "resolution",
          "edit",
          "edit",
          "edit",
        ]);
      },
    );
  });
});
