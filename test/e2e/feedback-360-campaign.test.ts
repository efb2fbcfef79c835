import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmAddressFromMail } from "../support/address-confirmation";
import { expectAccessible } from "../support/browser";
import {
  behaviour,
  COMPETENCIES,
  client,
  coach,
  ITEMS,
  localDateIn,
  modelName,
  raters,
  type Started360Journey,
  selfAnswer,
  start360Journey,
  title,
  waitUntilSaved,
} from "../support/feedback-360-journey";
import {
  acceptInvitation,
  inviteClient,
  openEngagement,
  signUpAsCoach,
  step,
} from "../support/journey";

// Mails go through a real SMTP server; the client rates 45 behaviours by hand.
describe("a coach starts a 360 feedback and the client chooses raters and rates themselves", () => {
  let j: Started360Journey;

  beforeAll(async () => {
    j = await start360Journey();
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("walks from the coach's sign-up to the invitations in the raters' inboxes, in order", async () => {
    const { coachPage, clientPage, smtp, links, deliveredTo, linkIn } = j;
    await step(
      "lets a coach sign up, invite a client through a delivered mail and open an engagement",
      async () => {
        await coachPage.goto("/sign-up");
        await signUpAsCoach(coachPage, coach);
        await confirmAddressFromMail(coachPage, smtp.received, coach.email);

        await coachPage.goto("/clients/invite");
        await inviteClient(coachPage, client);

        const invitation = await deliveredTo(client.email, /\/invitations\//);
        await clientPage.goto(linkIn(invitation, /\/invitations\/[\w-]{43}/));
        await acceptInvitation(clientPage, client);

        await coachPage.goto("/engagements/new");
        await openEngagement(coachPage, { client, title, sessions: 8 });
        j.engagementUrl = coachPage.url();
      },
    );

    await step(
      "lets the coach start a 360 with Keel's model and a deadline, the manager not shown alone",
      async () => {
        const section = coachPage.getByRole("region", { name: "360 feedback" });
        await section.getByText("No 360 feedback yet").waitFor();
        await section.getByRole("button", { name: "Start a 360 campaign" }).click();
        const form = section.getByRole("form", { name: "Start a 360 feedback campaign" });
        await form.getByRole("radio", { name: new RegExp(`^${modelName}`) }).check();
        await form.getByText("9 competencies · 45 behaviours").first().waitFor();
        await form.getByLabel("Deadline").fill(localDateIn(14));
        const alone = form.getByLabel("Tell raters the manager's answers are shown on their own");
        await expect(alone.isChecked()).resolves.toBe(false);
        await expectAccessible(coachPage);
        await form.getByRole("button", { name: "Start campaign" }).click();

        await coachPage.waitForURL(/\/feedback-campaigns\/[0-9a-f-]{36}$/);
        j.campaignUrl = coachPage.url();
        await coachPage
          .getByRole("heading", { level: 1, name: `360 feedback for ${client.name}` })
          .waitFor();
        await coachPage.getByText(`${modelName} · deadline`).waitFor();
        await expectAccessible(coachPage);
        await coachPage.getByRole("button", { name: "Ask Daniel to nominate raters" }).click();
        await coachPage.getByText("Daniel is nominating raters.").waitFor();
      },
    );

    await step(
      "lets the client nominate 1 manager, 3 peers and 3 direct reports and send the list",
      async () => {
        const mail = await deliveredTo(client.email, /choose raters/);
        await clientPage.goto(linkIn(mail, /\/feedback-campaigns\/[0-9a-f-]{36}/));
        expect(clientPage.url()).toBe(j.campaignUrl);
        await clientPage.getByRole("heading", { level: 1, name: "Your 360 feedback" }).waitFor();
        const list = clientPage.getByRole("region", { name: "Raters" });
        await list.getByText(/Nominate at least 3 peers/).waitFor();
        await expectAccessible(clientPage);

        await list.getByRole("button", { name: "Add rater" }).click();
        const form = list.getByRole("form", { name: "Add a rater" });
        await expectAccessible(clientPage);
        for (const rater of raters) {
          await form.getByLabel("Group").selectOption(rater.group);
          await form.getByLabel("Name").fill(rater.name);
          await form.getByLabel("Email").fill(rater.email);
          await form.getByRole("button", { name: "Add rater" }).click();
          await list.getByRole("listitem").filter({ hasText: rater.email }).waitFor();
          await expect.poll(() => form.getByLabel("Name").inputValue()).toBe("");
        }
        await form.getByRole("button", { name: "Done" }).click();
        const heading = (name: string, n: number) =>
          list.getByRole("heading", { name: `${name} (${n})`, exact: true }).waitFor();
        await heading("Manager", 1);
        await heading("Peers", 3);
        await heading("Direct reports", 3);
        await clientPage.getByText("Your list meets the minimums.").waitFor();
        await expect(list.getByText(/^Nominate /).count()).resolves.toBe(0);
        await expectAccessible(clientPage);

        await clientPage.getByRole("button", { name: "Send the list to Amara" }).click();
        await clientPage.getByText("Amara is checking your list.").waitFor();
        await expect(list.getByRole("button", { name: /^Remove/ }).count()).resolves.toBe(0);
      },
    );

    await step(
      "lets the client rate themselves on all 45 behaviours, a few by keyboard, saved as they go",
      async () => {
        await clientPage
          .getByRole("region", { name: "Rate yourself" })
          .getByRole("link", { name: "Rate yourself" })
          .click();
        await clientPage.waitForURL(`${j.campaignUrl}/self-rating`);
        await clientPage.getByRole("heading", { level: 1, name: "Rate yourself" }).waitFor();
        await clientPage.getByRole("heading", { level: 2, name: "Setting direction" }).waitFor();
        await expectAccessible(clientPage);

        // Tab reaches a behaviour, Space chooses, the arrow keys move along its answers.
        await behaviour(clientPage, 0).getByRole("radio", { name: "Never", exact: true }).focus();
        for (let index = 0; index < 3; index += 1) {
          if (index > 0) await clientPage.keyboard.press("Tab");
          await clientPage.keyboard.press("Space");
          await clientPage.keyboard.press("ArrowRight");
          await clientPage.keyboard.press("ArrowRight");
          await expect(
            behaviour(clientPage, index)
              .getByRole("radio", { name: selfAnswer(index), exact: true })
              .isChecked(),
          ).resolves.toBe(true);
        }
        await waitUntilSaved(clientPage, "Behaviours rated", 3);
        await expectAccessible(clientPage);

        for (let competency = 0; competency < COMPETENCIES; competency += 1) {
          const first = competency === 0 ? 3 : 0;
          for (let item = first; item < 5; item += 1) {
            await behaviour(clientPage, item)
              .getByRole("radio", { name: selfAnswer(competency * 5 + item), exact: true })
              .check();
          }
          await waitUntilSaved(clientPage, "Behaviours rated", (competency + 1) * 5);
          if (competency < COMPETENCIES - 1) {
            await clientPage.getByRole("button", { name: "Next competency" }).click();
            await clientPage.getByText(`Competency ${competency + 2} of ${COMPETENCIES}`).waitFor();
          }
        }

        await clientPage.getByRole("button", { name: "Submit ratings" }).click();
        const dialog = clientPage.getByRole("alertdialog", { name: "Submit your ratings?" });
        await dialog.getByText(`You rated all ${ITEMS} behaviours.`).waitFor();
        await expectAccessible(clientPage);
        await dialog.getByRole("button", { name: "Submit ratings" }).click();
        await clientPage.waitForURL(j.campaignUrl);
        await clientPage
          .getByRole("region", { name: "Rate yourself" })
          .getByText("You've rated yourself.")
          .waitFor();
      },
    );

    await step(
      "lets the coach approve the list and send the invitations, which reach each rater's inbox only",
      async () => {
        await coachPage.goto(j.campaignUrl);
        await coachPage.getByText("Daniel has sent the list.").waitFor();
        await coachPage.getByRole("button", { name: "Approve and send invitations" }).click();
        const dialog = coachPage.getByRole("alertdialog", {
          name: "Send invitations to 7 raters?",
        });
        await expectAccessible(coachPage);
        await dialog.getByRole("button", { name: "Approve and send invitations" }).click();
        await coachPage.getByText("Raters are answering.").waitFor();

        const list = coachPage.getByRole("region", { name: "Raters" });
        await expect(list.getByText("Invitation sent", { exact: true }).count()).resolves.toBe(7);
        j.ratersBefore = (await list.textContent()) ?? "";
        const responses = coachPage.getByRole("region", { name: "Responses" });
        // The lone manager is counted with the peers, never on their own.
        await responses
          .getByText("Peers and other colleagues: 0 of 4 answered", { exact: true })
          .waitFor();
        await expectAccessible(coachPage);

        for (const rater of raters) {
          const mail = await deliveredTo(rater.email, /asks for your feedback/);
          links.set(rater.email, linkIn(mail, /\/feedback\/[\w-]{43}/));
        }
        expect(new Set(links.values()).size).toBe(7);

        // The links are the raters' alone: the admin's outbox holds none of these mails.
        const outbox = await coachPage.request.get("/api/outbox");
        expect(outbox.status()).toBe(200);
        const recipients = ((await outbox.json()) as { to: string }[]).map((m) => m.to);
        for (const rater of raters) expect(recipients).not.toContain(rater.email);
      },
    );

    await step(
      "lets the coach mail a rater their same link again, without ever seeing it",
      async () => {
        const [first] = raters;
        if (!first) throw new Error("no rater");
        const list = coachPage.getByRole("region", { name: "Raters" });
        const resend = new RegExp(`^Send the link again\\s*: ${first.name}$`);
        await list.getByRole("button", { name: resend }).click();
        // In the rater's row (the list's status line says it again to screen readers).
        const row = list.getByRole("listitem").filter({ hasText: first.email });
        await row.getByText(`We mailed ${first.name} their link again.`).waitFor();
        await expectAccessible(coachPage);
        const again = await deliveredTo(first.email, /Here is your link again/);
        expect(linkIn(again, /\/feedback\/[\w-]{43}/)).toBe(links.get(first.email));
        expect(await coachPage.content()).not.toContain(links.get(first.email));
      },
    );
  }, 600_000);
});
