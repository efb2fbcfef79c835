import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  startBrowserJourney,
  step,
} from "../support/journey";
import { seedEngagementThroughApi } from "../support/journey-seed";
import { waitFor } from "../support/smtp-sink";

const coach: JourneyCoach = {
  name: "Amara Diallo",
  email: "amara.coach@example.com",
  password: "a long coach password",
  practice: "Diallo Coaching",
};
const client: JourneyClient = {
  name: "Tomas Lind",
  email: "tomas.leader@example.com",
  password: "a long client password",
};

// The coach schedules a series in the browser: sees its dates first, schedules it, the one
// invitation for the series reaches the client, and the coach cancels what is left of it.
describe("a series of sessions, scheduled by the coach", () => {
  let j: BrowserJourney;
  let engagementId = "";

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading through the merger", startDate: "2026-11-02", sessionsPlanned: 8 },
    );
    engagementId = engagement.id;
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("shows the dates, schedules them all with one invitation, and cancels the rest", async () => {
    const { coachPage } = j;
    const sessions = coachPage.getByRole("region", { name: "Sessions", exact: true });

    await step("the coach sees the dates of every second Tuesday before scheduling", async () => {
      await coachPage.goto(`/engagements/${engagementId}`);
      await sessions.getByText("0 of 8").waitFor();
      await sessions.getByRole("button", { name: "Schedule a series" }).click();
      const form = coachPage.getByRole("form", { name: "Schedule a series" });
      await form.getByLabel("Day of the week").selectOption("TU");
      await form.getByLabel("Time").fill("08:30");
      await form.getByLabel("Every").selectOption("2");
      await form.getByLabel("How many sessions").fill("4");
      await form.getByRole("button", { name: "Show the dates" }).click();
      await form.getByText("The 4 sessions").waitFor();
      await expectAccessible(coachPage);
      await form.getByRole("button", { name: "Schedule 4 sessions" }).click();
      await sessions.getByText(/4 sessions scheduled/).waitFor();
      await sessions.getByText("4 of 8").waitFor();
    });

    await step("one invitation for the whole series reaches the client", async () => {
      await waitFor(
        () =>
          j.smtp.received.find(
            (mail) =>
              mail.to.includes(client.email) &&
              /method=REQUEST/i.test(mail.raw) &&
              /RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4/.test(
                mail.raw.replace(/\r\n[ \t]/g, ""),
              ),
          ),
        "the series' invitation",
        40_000,
      );
    });

    await step("the coach cancels the rest of the series", async () => {
      await sessions.getByRole("button", { name: "Cancel the series" }).click();
      await coachPage
        .getByRole("alertdialog")
        .getByRole("button", { name: "Cancel the series" })
        .click();
      await sessions.getByText(/sessions ahead are cancelled/).waitFor();
      await sessions.getByText("0 of 8").waitFor();
    });
  });
});
