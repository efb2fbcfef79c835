import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAddressFromMail } from "../support/address-confirmation";
import { expectAccessible } from "../support/browser";
import {
  acceptInvitation,
  inviteClient,
  openEngagement,
  signUpAsCoach,
  step,
} from "../support/journey";
import {
  answerWithMouse,
  client,
  coach,
  expectProfile,
  laptop,
  type ProfileJourney,
  phone,
  questionnaire,
  startProfileJourney,
  statement,
  title,
  waitUntilSaved,
  wheelTitle,
} from "../support/profile-journey";

describe("a client answers a personality questionnaire and sees their profile", () => {
  let j: ProfileJourney;

  beforeAll(async () => {
    j = await startProfileJourney();
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("walks from the coach's sign-up to the client's submitted answers and profile, in order", async () => {
    const { coachPage, clientPage } = j;
    await step(
      "lets a coach sign up, invite a client and open an engagement with them",
      async () => {
        await coachPage.goto("/sign-up");
        await signUpAsCoach(coachPage, coach);
        await confirmAddressFromMail(coachPage, j.smtp.received, coach.email);

        await coachPage.goto("/clients/invite");
        await inviteClient(coachPage, client);

        await coachPage.goto("/outbox");
        await coachPage.getByText(`invited you to ${coach.practice}`).first().click();
        await coachPage.getByText("/invitations/").first().waitFor();
        const body = (await coachPage.locator("main").textContent()) ?? "";
        const invitationLink =
          body.match(/https?:\/\/[^\s"<]+?\/invitations\/[\w-]{43}/)?.[0] ?? "";
        expect(invitationLink).toContain(j.keel.url);

        await clientPage.goto(invitationLink);
        await acceptInvitation(clientPage, client);

        await coachPage.goto("/engagements/new");
        await openEngagement(coachPage, { client, title, sessions: 6 });
        j.engagementUrl = coachPage.url();
      },
    );

    await step(
      "lets the coach assign the IPIP 50-item questionnaire from the engagement",
      async () => {
        const section = coachPage.getByRole("region", { name: "Questionnaires" });
        await section.getByText("No questionnaires yet").waitFor();
        await section.getByRole("button", { name: "Assign questionnaire" }).click();
        const choice = section.getByRole("radio", { name: /Big-Five markers \(50 items\)/ });
        await choice.check();
        await section.getByText("about 8 minutes").first().waitFor();
        await expectAccessible(coachPage);
        await section.getByRole("button", { name: "Assign questionnaire" }).click();
        await section.getByText(questionnaire, { exact: true }).waitFor();
        await section.getByText("0 of 50 answered").waitFor();
        await expect(
          section.getByRole("button", { name: /^Withdraw\W+Big-Five markers/ }).count(),
        ).resolves.toBe(1);
        await expectAccessible(coachPage);
      },
    );

    await step(
      "lets the coach assign the leadership wheel exercise from the engagement too",
      async () => {
        const section = coachPage.getByRole("region", { name: "Exercises" });
        await section.getByText("No exercises yet").waitFor();
        await section.getByRole("button", { name: "Assign exercise" }).click();
        const form = section.getByRole("form", { name: "Assign an exercise" });
        await form.getByRole("radio", { name: new RegExp(`^${wheelTitle}`) }).check();
        await form.getByRole("button", { name: "Assign exercise" }).click();
        await section.getByText(wheelTitle, { exact: true }).waitFor();
        await section.getByText("Not started", { exact: true }).waitFor();
        await section.getByText(/^0 of 12 answered/).waitFor();
        await expectAccessible(coachPage);
      },
    );

    await step(
      "puts the questionnaire first on the client's home, the exercise after it, and shows the instructions",
      async () => {
        await clientPage.goto("/");
        const next = clientPage.getByRole("region", { name: "Your next step" });
        await next.getByText(questionnaire, { exact: true }).waitFor();
        const exercises = clientPage.getByRole("region", { name: "Reflection exercises" });
        await exercises.getByText(wheelTitle, { exact: true }).waitFor();
        await exercises.getByText("12 questions, about 15 minutes").waitFor();
        await exercises
          .getByRole("link", { name: new RegExp(`^Start\\W+${wheelTitle}`) })
          .waitFor();
        await expect(next.getByText(wheelTitle).count()).resolves.toBe(0);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(phone);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(laptop);
        await next.getByRole("link", { name: /^Start\b/ }).click();
        await clientPage.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
        j.assessmentUrl = clientPage.url();
        await clientPage.getByText("Describe yourself as you are now").waitFor();
        await expectAccessible(clientPage);
        await clientPage.getByRole("button", { name: "Start" }).click();
        await clientPage.getByRole("heading", { name: "Statements 1 to 10" }).waitFor();
      },
    );

    await step(
      "takes answers from the keyboard: Space chooses, arrows move within a statement, Tab to the next",
      async () => {
        const first = statement(clientPage, 0);
        await first.getByRole("radio", { name: "Very Inaccurate", exact: true }).focus();
        await clientPage.keyboard.press("Space");
        await clientPage.keyboard.press("ArrowRight");
        await clientPage.keyboard.press("ArrowRight");
        await expect(
          first.getByRole("radio", { name: "Neither Inaccurate nor Accurate" }).isChecked(),
        ).resolves.toBe(true);

        await clientPage.keyboard.press("Tab");
        await clientPage.keyboard.press("Space");
        await clientPage.keyboard.press("ArrowDown");
        await clientPage.keyboard.press("ArrowDown");
        await clientPage.keyboard.press("ArrowDown");
        await expect(
          statement(clientPage, 1).getByRole("radio", { name: "Moderately Accurate" }).isChecked(),
        ).resolves.toBe(true);

        await clientPage.keyboard.press("Tab");
        await clientPage.keyboard.press("Space");
        await expect(
          statement(clientPage, 2)
            .getByRole("radio", { name: "Very Inaccurate", exact: true })
            .isChecked(),
        ).resolves.toBe(true);
        await waitUntilSaved(clientPage, 3);
        await expectAccessible(clientPage);
      },
    );

    await step(
      "saves each answer as it is given, page after page, at laptop and phone widths",
      async () => {
        await answerWithMouse(clientPage, 3);
        await waitUntilSaved(clientPage, 10);
        await clientPage.getByRole("button", { name: "Next page" }).click();
        await clientPage.getByRole("heading", { name: "Statements 11 to 20" }).waitFor();

        await clientPage.setViewportSize(phone);
        await expectAccessible(clientPage);
        await answerWithMouse(clientPage);
        await waitUntilSaved(clientPage, 20);
        await expectAccessible(clientPage);
        await clientPage.setViewportSize(laptop);
      },
    );

    await step(
      "keeps an answer that could not be saved and sends it once the connection is back",
      async () => {
        await clientPage.context().setOffline(true);
        await statement(clientPage, 0)
          .getByRole("radio", { name: "Very Accurate", exact: true })
          .check();
        await clientPage.getByText("1 answer not saved yet, retrying").waitFor();
        await clientPage.getByText("Your answers could not be saved yet").waitFor();
        await clientPage.context().setOffline(false);
        await waitUntilSaved(clientPage, 20);
      },
    );

    await step(
      "shows the coach the progress but not the answers while the client works",
      async () => {
        await coachPage.goto(j.engagementUrl);
        const section = coachPage.getByRole("region", { name: "Questionnaires" });
        await section.getByText("20 of 50 answered").waitFor();
        await section.getByRole("link", { name: /^Details\W+Big-Five markers/ }).click();
        await coachPage.getByText("The client's answers stay private while they work").waitFor();
        await expect(coachPage.locator("main fieldset").count()).resolves.toBe(0);
        await expectAccessible(coachPage);
      },
    );

    await step("lets the client leave and come back where they stopped", async () => {
      await clientPage.goto("/");
      await clientPage.reload();
      await clientPage
        .getByRole("region", { name: "Your next step" })
        .getByRole("link", { name: /^Continue \(20 of 50\)\W+Big-Five markers/ })
        .click();
      await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
      await expect(
        statement(clientPage, 0).getByRole("radio", { checked: true }).count(),
      ).resolves.toBe(0);

      await clientPage.getByRole("button", { name: "Previous page" }).click();
      await clientPage.getByRole("heading", { name: "Statements 11 to 20" }).waitFor();
      await expect(
        statement(clientPage, 0)
          .getByRole("radio", { name: "Very Accurate", exact: true })
          .isChecked(),
      ).resolves.toBe(true);
      await clientPage.getByRole("button", { name: "Next page" }).click();
    });

    await step(
      "lists a statement left out before submitting and takes the client back to it",
      async () => {
        await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
        await answerWithMouse(clientPage, 0, [4]);
        await clientPage.getByRole("button", { name: "Next page" }).click();
        await answerWithMouse(clientPage);
        await clientPage.getByRole("button", { name: "Next page" }).click();
        await clientPage.getByRole("heading", { name: "Statements 41 to 50" }).waitFor();
        await answerWithMouse(clientPage);
        await waitUntilSaved(clientPage, 49);

        await clientPage.getByRole("button", { name: "Submit answers" }).click();
        await clientPage.getByText("1 statement is not answered").waitFor();
        await expectAccessible(clientPage);
        await clientPage
          .getByRole("button", { name: "Go to the first unanswered statement" })
          .click();
        await clientPage.getByRole("heading", { name: "Statements 21 to 30" }).waitFor();
        const skipped = statement(clientPage, 4);
        await skipped.getByText("Not answered yet").waitFor();
        await skipped.getByRole("radio", { name: "Very Accurate", exact: true }).check();
        await waitUntilSaved(clientPage, 50);
      },
    );

    await step("submits after confirmation and shows the client their profile", async () => {
      await clientPage.getByRole("button", { name: "Next page" }).click();
      await clientPage.getByRole("button", { name: "Next page" }).click();
      await clientPage.getByRole("button", { name: "Submit answers" }).click();
      const dialog = clientPage.getByRole("alertdialog", { name: "Submit your answers?" });
      await dialog.getByText("your answers are final").waitFor();
      await expectAccessible(clientPage);
      await dialog.getByRole("button", { name: "Submit answers" }).click();
      await clientPage.waitForURL(`${j.assessmentUrl}/results`);
      await clientPage
        .getByRole("heading", { level: 1, name: "Your personality profile" })
        .waitFor();
      await expectProfile(clientPage, "your");
      await expectAccessible(clientPage);
      await clientPage.setViewportSize(phone);
      await expectAccessible(clientPage);
      await clientPage.setViewportSize(laptop);
    });
  }, 600_000);
});
