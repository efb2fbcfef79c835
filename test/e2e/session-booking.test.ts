import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "../support/browser";
import {
  card,
  type EngagementJourney,
  openHours,
  startEngagementJourney,
} from "../support/engagement-journey";
import { type JourneyClient, type JourneyCoach, phone, step } from "../support/journey";
import { ok } from "../support/journey-seed";
import { mimeParts } from "../support/mime-parts";
import { bringSessionCloser, queueSessionReminders } from "../support/session-time-travel";
import { type ReceivedMail, waitFor } from "../support/smtp-sink";
import { createEmptyDatabase } from "../support/template-databases";

/** A PostgreSQL server to run Keel on, whose database the test can let time pass in. */
const ADMIN_URL = process.env.TEST_DATABASE_URL;

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
const phoneNumber = "+44 20 7946 0000";

/** How a mail speaks of a session's time in this machine's zone, which the browsers share. */
function spokenHere(startsAt: Date, endsAt: Date): string {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const part = (instant: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, ...options }).format(instant);
  const day = ["weekday", "day", "month", "year"] as const;
  const long = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
  const date = day.map((name) => part(startsAt, { [name]: long[name] })).join(" ");
  const clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
  return `${date}, ${part(startsAt, clock)}–${part(endsAt, clock)} (${timeZone} time)`;
}

/** The plain text of a mail. */
function textOf(mail: ReceivedMail): string {
  return mimeParts(mail.raw).find((part) => /^text\/plain/i.test(part.contentType))?.body ?? "";
}

// The engagement, the coach's hours and a session just starting are set up through the API; the
// booking, the notes and the reflection are made in the client's and the coach's browsers.
describe("a one-to-one session, booked by the client and written up by both", () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>> | undefined;
  let j: EngagementJourney;
  let heldSessionId = "";

  beforeAll(async () => {
    database = ADMIN_URL ? await createEmptyDatabase(ADMIN_URL, "keel_e2e") : undefined;
    j = await startEngagementJourney({
      coach,
      client,
      engagement: { title: "Leading the merged teams", sessionsPlanned: 8 },
      hours: openHours,
      env: database ? { DATABASE_URL: database.url } : {},
    });
  });

  afterAll(async () => {
    await j?.stop();
    await database?.drop();
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
      await sessions.getByLabel("Phone number").fill(phoneNumber);
      await expectAccessible(clientPage);
      await sessions.getByRole("button", { name: "Book session" }).click();
      await sessions.getByText(/Session booked for/).waitFor();
      await sessions.getByText("1 of 8").waitFor();
      await sessions.getByRole("link", { name: phoneNumber }).waitFor();
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
          await coachPage.request.post(`/api/engagements/${j.engagementId}/sessions`, {
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

  // Reminders go out by a job Keel runs every five minutes: on PostgreSQL the test moves the
  // booked session to start within a day, as if booked days ago, and queues that job once.
  it.skipIf(!ADMIN_URL)(
    "a day before the booked session, its reminder reaches the client and the coach",
    async () => {
      if (!database) throw new Error("no database of Keel's to let time pass in");
      const dayAhead = await bringSessionCloser(
        database.url,
        { engagementId: j.engagementId, place: phoneNumber },
        23,
      );
      await queueSessionReminders(database.url);
      for (const [person, other] of [
        [client, coach],
        [coach, client],
      ] as const) {
        const reminder = await waitFor(
          () =>
            j.smtp.received
              .filter((mail) => mail.to.includes(person.email))
              .map(textOf)
              .find((text) => text.includes("is coming up")),
          `the reminder to ${person.name}`,
        );
        const when = spokenHere(dayAhead.startsAt, dayAhead.endsAt);
        expect(reminder).toContain(
          `Your coaching session with ${other.name} is coming up: ${when}.`,
        );
        expect(reminder).toContain(`By phone: ${phoneNumber}`);
        expect(reminder).toContain(
          `Open the session in Keel: ${j.keel.url}/sessions/${dayAhead.id}`,
        );
      }
    },
  );
});
