import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import { type BrowserJourney, laptop, phone, startBrowserJourney, step } from "../support/journey";
import { seedEngagementThroughApi } from "../support/journey-seed";
import { decodeQuotedPrintable, type ReceivedMail, waitFor } from "../support/smtp-sink";

const coach = {
  name: "Lena Berg",
  email: "lena.coach@example.com",
  password: "a long coach password",
  practice: "Berg Leadership",
};
const client = {
  name: "Sam Okafor",
  email: "sam.leader@example.com",
  password: "a long client password",
};
const exercise = "Leadership wheel";

// The people and the engagement are set up through the API; the assignment, the mail and its
// link are walked as the coach and the client meet them.
describe("a client is mailed about work their coach assigns", () => {
  let j: BrowserJourney;
  let engagementUrl = "";

  beforeAll(async () => {
    // A second, not two minutes, before work assigned is mailed.
    j = await startBrowserJourney({ KEEL_WORK_MAIL_DELAY_SECONDS: "1" });
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the new team", startDate: "2026-12-01", sessionsPlanned: 6 },
    );
    engagementUrl = `/engagements/${engagement.id}`;
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("assigns an exercise, mails the client, and the mail's link opens it", async () => {
    const { coachPage, clientPage } = j;
    await step("tells the coach, as they assign, that Sam will get a mail", async () => {
      await coachPage.setViewportSize(laptop);
      await coachPage.goto(engagementUrl);
      const section = coachPage.getByRole("region", { name: "Exercises" });
      await section.getByRole("button", { name: "Assign exercise" }).click();
      const form = section.getByRole("form", { name: "Assign an exercise" });
      await form
        .getByText("Sam will see it on their home page in Keel and get a mail with a link to it")
        .waitFor();
      await form.getByRole("radio", { name: new RegExp(exercise) }).check();
      await expectAccessible(coachPage);
      await form.getByRole("button", { name: "Assign exercise" }).click();
      await section.getByRole("listitem").filter({ hasText: exercise }).waitFor();
    });

    let link = "";
    await step("mails Sam once, naming the coach and the exercise, with its link", async () => {
      const aboutWork = (m: ReceivedMail) =>
        m.to.includes(client.email) && decodeQuotedPrintable(m.raw).includes("/exercises/");
      const mail = await waitFor(
        () => j.smtp.received.find(aboutWork),
        "the mail about the exercise",
        30_000,
      );
      const text = decodeQuotedPrintable(mail.raw);
      expect(text).toContain(`Lena Berg asks you to fill in the exercise "${exercise}".`);
      link = text.match(new RegExp(`${j.keel.url}/exercises/[0-9a-f-]{36}`))?.[0] ?? "";
      expect(link, text).not.toBe("");
    });

    await step("opens the exercise in Sam's signed-in browser", async () => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const aboutWork = j.smtp.received.filter(
        (m) => m.to.includes(client.email) && decodeQuotedPrintable(m.raw).includes("/exercises/"),
      );
      expect(aboutWork).toHaveLength(1);
      await clientPage.setViewportSize(phone);
      await clientPage.goto(link);
      await clientPage.getByRole("heading", { level: 1, name: exercise }).waitFor();
      expect(clientPage.url()).toBe(link);
      await expectAccessible(clientPage);
    });

    await step("lets Sam take that mail in a weekly digest instead, saved at once", async () => {
      await clientPage.goto("/settings");
      const when = clientPage.getByRole("combobox", { name: "When “Work assigned to me” comes" });
      await expect(when.inputValue()).resolves.toBe("each");
      await when.selectOption({ label: "In a weekly digest, Monday morning" });
      await clientPage
        .getByText("Saved. “Work assigned to me” comes in your weekly digest.")
        .waitFor();
      await clientPage.reload();
      await expect(
        clientPage.getByRole("combobox", { name: "When “Work assigned to me” comes" }).inputValue(),
      ).resolves.toBe("digest");
      await expectAccessible(clientPage);
    });

    await step("lets Sam turn that mail off on the settings page, saved at once", async () => {
      await clientPage.goto("/settings");
      const box = clientPage.getByRole("checkbox", { name: "Work assigned to me" });
      await expect(box.isChecked()).resolves.toBe(true);
      await box.uncheck();
      await clientPage.getByText("Saved. “Work assigned to me” is off.").waitFor();
      await clientPage.reload();
      await expect(
        clientPage.getByRole("checkbox", { name: "Work assigned to me" }).isChecked(),
      ).resolves.toBe(false);
      await expectAccessible(clientPage);
    });
  });
});
