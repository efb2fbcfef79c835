import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  phone,
  startBrowserJourney,
  step,
} from "../support/journey";
import { ok, seedEngagementThroughApi } from "../support/journey-seed";
import { waitFor } from "../support/smtp-sink";

const coach: JourneyCoach = {
  name: "Ruth Okoye",
  email: "ruth.coach@example.com",
  password: "a long coach password",
  practice: "Okoye Coaching",
};
const client: JourneyClient = {
  name: "Jonas Weber",
  email: "jonas.leader@example.com",
  password: "a long client password",
};
const sharedNote = "We agreed: **two decisions** a week go to the team leads.";
const privateNote = "Only for me: he still takes decisions back under pressure.";
const learned = "Handing a decision over means not taking it back later.";

/** Every day bookable around the clock, so the first week has free slots whenever this runs. */
const openHours = {
  timeZone: "UTC",
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "00:00", end: "23:59" })),
  sessionMinutes: 60,
  bufferMinutes: 0,
  minNoticeHours: 0,
  horizonDays: 60,
  lateCancelHours: 24,
  maxMoves: 2,
};

/** A card of the session page, by its heading. */
function card(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

// The engagement, the coach's hours and a session just starting are set up through the API; the
// booking, the notes and the reflection are made in the client's and the coach's browsers.
describe("a one-to-one session, booked by the client and written up by both", () => {
  let j: BrowserJourney;
  let engagementId = "";
  let heldSessionId = "";

  beforeAll(async () => {
    j = await startBrowserJourney();
    const engagement = await seedEngagementThroughApi(
      j,
      { coach, client },
      { title: "Leading the merged teams", startDate: "2026-11-02", sessionsPlanned: 8 },
    );
    engagementId = engagement.id;
    await ok(await j.coachPage.request.put("/api/me/availability", { data: openHours }));
  });

  afterAll(async () => {
    await j?.stop();
  });

  it("the client books a slot, the coach writes shared and private notes, the client reflects and sees only the shared ones", async () => {
    const { coachPage, clientPage } = j;

    await step("the client books a free slot by phone from their home", async () => {
      await clientPage.setViewportSize(phone);
      await clientPage.goto("/");
      const sessions = clientPage.getByRole("region", { name: "Sessions", exact: true });
      await sessions.getByText("0 of 8").waitFor();
      await sessions.getByRole("button", { name: "Book a session" }).click();
      // The next week: the slots of today may be taken by the session the coach books below.
      await sessions.getByRole("button", { name: "Later" }).click();
      await sessions
        .getByRole("radio", { name: /, \d\d:\d\d$/ })
        .first()
        .check({ force: true });
      await sessions.getByLabel("Phone", { exact: true }).check();
      await sessions.getByLabel("Phone number").fill("+44 20 7946 0000");
      await expectAccessible(clientPage);
      await sessions.getByRole("button", { name: "Book session" }).click();
      await sessions.getByText(/Session booked for/).waitFor();
      await sessions.getByText("1 of 8").waitFor();
      await sessions.getByRole("link", { name: "+44 20 7946 0000" }).waitFor();
      const width = await clientPage.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(phone.width);
    });

    await step("the invitation reaches the client with a calendar attachment", async () => {
      await waitFor(
        () =>
          j.smtp.received.find(
            (mail) => mail.to.includes(client.email) && /method=REQUEST/i.test(mail.raw),
          ),
        "an invitation to the client",
      );
    });

    await step(
      "the coach writes shared and private notes on a session that is starting",
      async () => {
        const held = await ok(
          await coachPage.request.post(`/api/engagements/${engagementId}/sessions`, {
            data: { startsAt: new Date(Date.now() + 2_000).toISOString(), mode: "video" },
          }),
          201,
        );
        heldSessionId = held.id;
        await coachPage.goto(`/sessions/${heldSessionId}`);
        const shared = card(coachPage, "Shared notes");
        await shared.getByRole("button", { name: /Write/ }).click();
        await shared.getByRole("textbox").fill(sharedNote);
        await shared.getByRole("button", { name: "Save" }).click();
        await shared.getByText("two decisions", { exact: true }).waitFor();
        const mine = card(coachPage, "My private notes — only you can see these");
        await mine.getByRole("button", { name: /Write/ }).click();
        await mine.getByRole("textbox").fill(privateNote);
        await mine.getByRole("button", { name: "Save" }).click();
        await mine.getByText(privateNote).waitFor();
        await expectAccessible(coachPage);
      },
    );

    await step(
      "the client reflects, and sees the shared notes but not the coach's private one",
      async () => {
        await clientPage.goto(`/sessions/${heldSessionId}`);
        const reflection = card(clientPage, "My reflection");
        await waitFor(async () => {
          if (await reflection.count()) return true;
          await clientPage.reload();
          await card(clientPage, "Shared notes").waitFor();
          return undefined;
        }, "the session to start");
        await card(clientPage, "Shared notes")
          .getByText("two decisions", { exact: true })
          .waitFor();
        expect(await clientPage.getByText(privateNote).count()).toBe(0);
        await reflection.getByLabel("What I learned").fill(learned);
        await reflection.getByLabel("What I will do differently").fill("Ask first, decide last.");
        await reflection.getByText("8", { exact: true }).click();
        await reflection.getByRole("button", { name: "Save reflection" }).click();
        await reflection.getByText("Saved.").waitFor();
        await expectAccessible(clientPage);
      },
    );

    await step("the coach reads the reflection", async () => {
      await coachPage.reload();
      const reflection = card(coachPage, `${client.name}'s reflection`);
      await reflection.getByText(learned).waitFor();
      await reflection.getByText("8 out of 10").waitFor();
    });
  });
});
