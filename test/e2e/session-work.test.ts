import { afterAll, beforeAll, describe, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  card,
  type EngagementJourney,
  startEngagementJourney,
} from "../support/engagement-journey";
import { type JourneyClient, type JourneyCoach, phone, step } from "../support/journey";
import { ok } from "../support/journey-seed";

const coach: JourneyCoach = {
  name: "Amara Diallo",
  email: "amara.coach@example.com",
  password: "a long coach password",
  practice: "Diallo Coaching",
};
const client: JourneyClient = {
  name: "Piotr Nowak",
  email: "piotr.leader@example.com",
  password: "a long client password",
};
const commitmentText = "Hand the hiring plan to Lena";

/** A week after the session, as a date input takes it. */
function weekAfter(startsAt: string): string {
  return new Date(new Date(startsAt).getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
}

// The client tags the session with themes (one new to the practice) and records a commitment on
// a phone; the coach sees both.
describe("a session's themes and commitments", () => {
  let j: EngagementJourney;
  let session = { id: "", startsAt: "" };

  beforeAll(async () => {
    j = await startEngagementJourney({
      coach,
      client,
      engagement: { title: "Growing the platform team", sessionsPlanned: 6 },
    });
    session = await ok(
      await j.coachPage.request.post(`/api/engagements/${j.engagementId}/sessions`, {
        data: { startsAt: new Date(Date.now() + 2_000).toISOString(), mode: "video" },
      }),
      201,
    );
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("the client tags themes and records a commitment on a phone; the coach sees them", async () => {
    const { coachPage, clientPage } = j;

    await step("the client tags the session with a theme of the list and a new one", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto(`/sessions/${session.id}`);
      const themes = card(clientPage, "Themes");
      await themes.getByRole("button", { name: "Tag themes" }).click();
      const ofSession = themes.getByRole("group", { name: "Themes of the session" });
      await ofSession.getByRole("checkbox", { name: "Delegation" }).check();
      await themes.getByLabel("A theme not on the list").fill("Managing up");
      await themes.getByRole("button", { name: "Add theme" }).click();
      await ofSession.getByRole("checkbox", { name: "Managing up" }).waitFor();
      await expectAccessible(clientPage);
      await themes.getByRole("button", { name: "Save themes" }).click();
      await themes.getByRole("button", { name: "Tag themes" }).waitFor();
      await themes.getByText("Managing up", { exact: true }).waitFor();
    });

    await step("the client records a commitment and ticks it off", async () => {
      const commitments = card(clientPage, "Commitments");
      await commitments.getByLabel("Commitment", { exact: true }).fill(commitmentText);
      await commitments.getByLabel("Due on").fill(weekAfter(session.startsAt));
      await commitments.getByRole("button", { name: "Add commitment" }).click();
      const done = commitments.getByRole("checkbox", { name: new RegExp(commitmentText) });
      await done.check();
      await commitments.getByText("(done)").waitFor({ state: "attached" });
      await expectAccessible(clientPage);
    });

    await step("the coach sees the themes and the commitment", async () => {
      await coachPage.goto(`/sessions/${session.id}`);
      await card(coachPage, "Themes").getByText("Delegation", { exact: true }).waitFor();
      const commitments = card(coachPage, "Commitments");
      await commitments
        .getByRole("checkbox", { name: `${commitmentText} (done)`, checked: true })
        .waitFor();
      await card(coachPage, "Plan adjustments").waitFor();
    });
  });

  it("the coach adds a commitment between sessions; the client marks it on a phone; they discuss it", async () => {
    const { coachPage, clientPage } = j;
    const between = "Ask two team leads what they would take on";
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

    await step("the coach adds one for the client on the engagement page", async () => {
      await coachPage.goto(`/engagements/${j.engagementId}`);
      const toDo = card(coachPage, "To do");
      await toDo.getByRole("button", { name: "Add a commitment" }).click();
      await toDo.getByLabel("Commitment", { exact: true }).fill(between);
      await toDo.getByLabel("Due on").fill(tomorrow);
      await toDo.getByRole("button", { name: "Add commitment" }).click();
      await toDo.getByRole("button", { name: "Both of us" }).click();
      await toDo.getByRole("checkbox", { name: between }).waitFor();
    });

    await step("the client says on a phone how it went, with a note", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto("/");
      const toDo = card(clientPage, "To do");
      await toDo.getByRole("button", { name: `How did it go? “${between}”` }).click();
      await toDo.getByRole("radio", { name: "Partly done" }).check();
      await toDo.getByLabel("Note").fill("Asked one of them so far");
      await expectAccessible(clientPage);
      await toDo.getByRole("button", { name: "Save" }).click();
      await toDo.getByText("Recently marked (2)").click();
      await toDo.getByText("“Asked one of them so far”").waitFor();
    });

    await step("the coach comments and the client reads it under the commitment", async () => {
      await coachPage.reload();
      const toDo = card(coachPage, "To do");
      await toDo.getByRole("button", { name: "Both of us" }).click();
      await toDo.getByText(/Recently marked/).click();
      await toDo.getByRole("button", { name: `Comment on “${between}”` }).click();
      await toDo.getByLabel("Comment", { exact: true }).fill("Who will you ask next?");
      await toDo.getByRole("button", { name: "Post comment" }).click();
      await toDo.getByRole("list", { name: `Comments on “${between}”` }).waitFor();
      await clientPage.reload();
      const clients = card(clientPage, "To do");
      await clients.getByText(/Recently marked/).click();
      await clients.getByText("Who will you ask next?").waitFor();
    });
  });
});
