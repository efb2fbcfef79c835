import type { Page } from "playwright-core";
import {
  type BrowserJourney,
  type JourneyClient,
  type JourneyCoach,
  phone,
  startBrowserJourney,
} from "./journey";
import { ok, seedEngagementThroughApi } from "./journey-seed";
import { decodeQuotedPrintable, waitFor } from "./smtp-sink";

/** Every day bookable around the clock, so the first week has free slots whenever this runs. */
export const openHours = {
  timeZone: "UTC",
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "00:00", end: "23:59" })),
  sessionMinutes: 60,
  bufferMinutes: 0,
  minNoticeHours: 0,
  horizonDays: 60,
  lateCancelHours: 24,
  maxMoves: 2,
};

export interface EngagementJourneySetUp {
  coach: JourneyCoach;
  client: JourneyClient;
  engagement: { title: string; sessionsPlanned: number };
  /** The coach's weekly hours, put before the journey starts; none when left out. */
  hours?: typeof openHours;
  /** Passed on to Keel, e.g. DATABASE_URL to run it on PostgreSQL. */
  env?: Record<string, string>;
}

export type EngagementJourney = BrowserJourney & { engagementId: string };

/**
 * A browser journey whose coach and client already work together: the engagement (and, when
 * given, the coach's hours) is made through the API. A failed set-up stops what it started.
 */
export async function startEngagementJourney(setUp: EngagementJourneySetUp) {
  const j = await startBrowserJourney(setUp.env);
  try {
    const engagement = await seedEngagementThroughApi(
      j,
      { coach: setUp.coach, client: setUp.client },
      { ...setUp.engagement, startDate: "2026-11-02" },
    );
    if (setUp.hours)
      await ok(await j.coachPage.request.put("/api/me/availability", { data: setUp.hours }));
    return { ...j, engagementId: engagement.id } satisfies EngagementJourney;
  } catch (error) {
    await j.stop();
    throw error;
  }
}

/** A card of the session page, by its heading. */
export function card(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

/**
 * The engagement's sponsor, invited by the coach by mail, signed up from the invitation's link
 * and named on the engagement: their page, on a phone.
 */
export async function addJourneySponsor(
  j: EngagementJourney,
  sponsor: { name: string; email: string; password: string },
): Promise<Page> {
  const page = await (
    await j.browser.newContext({ baseURL: j.keel.url, viewport: phone })
  ).newPage();
  await ok(
    await j.coachPage.request.post("/api/invitations", {
      data: { email: sponsor.email, role: "sponsor", name: sponsor.name },
    }),
    201,
  );
  const token = await waitFor(
    () =>
      j.smtp.received
        .filter((mail) => mail.to.includes(sponsor.email))
        .map((mail) => decodeQuotedPrintable(mail.raw).match(/\/invitations\/([\w-]{43})/)?.[1])
        .find((found) => found !== undefined),
    "the sponsor's invitation",
    30_000,
  );
  const accepted = await ok(
    await page.request.post(`/api/invitations/token/${token}/accept`, {
      data: { name: sponsor.name, password: sponsor.password },
    }),
    201,
  );
  await ok(
    await j.coachPage.request.patch(`/api/engagements/${j.engagementId}`, {
      data: { sponsorId: accepted.user.id },
    }),
  );
  return page;
}
