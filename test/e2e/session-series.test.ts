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
// invitation for the series reaches the client, each session is marked as one of the series, the
// coach changes one to in person, and at last cancels what is left of it.
const SERIES_MARK = "Part of a series: every second Tuesday at 08:30, London time";
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

  it("shows the dates, schedules them with one invitation, marks them, changes one and cancels the rest", async () => {
    const { coachPage } = j;
    const sessions = coachPage.getByRole("region", { name: "Sessions", exact: true });

    await step("the coach sees the dates of every second Tuesday before scheduling", async () => {
      await coachPage.goto(`/engagements/${engagementId}`);
      await sessions.getByText("0 of 8").waitFor();
      await sessions.getByRole("button", { name: "Schedule a series" }).click();
      const form = coachPage.getByRole("form", { name: "Schedule a series" });
      await form.getByLabel("Day of the week").selectOption("TU");
      await form.getByLabel("Time", { exact: true }).fill("08:30");
      await form.getByLabel("Time zone").selectOption("Europe/London");
      await form.getByLabel("Every").selectOption("2");
      await form.getByLabel("How many sessions").fill("4");
      await form.getByRole("button", { name: "Show the dates" }).click();
      await form.getByText("The 4 sessions").waitFor();
      await expectAccessible(coachPage);
      await form.getByRole("button", { name: "Schedule 4 sessions" }).click();
      await sessions.getByText(/4 sessions scheduled/).waitFor();
      await sessions.getByText("4 of 8").waitFor();
      await sessions.getByText(SERIES_MARK).first().waitFor();
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

    let sessionPath = "";
    await step("the coach meets the first of them in person, at an address", async () => {
      const first = sessions.getByRole("listitem").filter({ hasText: SERIES_MARK }).first();
      sessionPath = (await first.getByRole("link").first().getAttribute("href")) ?? "";
      await coachPage.goto(sessionPath);
      await coachPage.getByText(SERIES_MARK).waitFor();
      await coachPage.getByRole("button", { name: "Change how or where" }).click();
      const form = coachPage.getByRole("form", { name: "Change how or where you meet" });
      await form.getByLabel("In person").check();
      await form.getByRole("button", { name: "Save and send the update" }).click();
      // The server's word, at the field.
      await form.getByText("Give the address where you will meet").waitFor();
      await form.getByLabel("Address").fill("12 Harbour Street, Leith");
      await expectAccessible(coachPage);
      await form.getByRole("button", { name: "Save and send the update" }).click();
      await coachPage
        .getByText(`Saved. You and ${client.name} were each sent an updated invitation.`)
        .waitFor();
      await coachPage.getByText("In person · 12 Harbour Street, Leith").waitFor();
      await waitFor(
        () =>
          j.smtp.received.find(
            (mail) =>
              mail.to.includes(client.email) &&
              /LOCATION:12 Harbour Street/.test(mail.raw.replace(/\r\n[ \t]/g, "")),
          ),
        "the updated invitation",
        40_000,
      );
    });

    await step("the client's cancel dialog says until when a cancellation is free", async () => {
      const { clientPage } = j;
      await clientPage.goto(sessionPath);
      await clientPage.getByText(SERIES_MARK).waitFor();
      await clientPage.getByRole("button", { name: "Cancel session" }).click();
      const dialog = clientPage.getByRole("alertdialog");
      await dialog.getByText(/You can cancel free of charge until .+, \d\d:\d\d/).waitFor();
      await dialog.getByRole("button", { name: "Keep the session" }).click();
      await coachPage.goto(`/engagements/${engagementId}`);
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
