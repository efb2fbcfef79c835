import type { APIResponse, Page } from "playwright-core";
import { expect } from "vitest";
import { mailedConfirmationLink } from "./address-confirmation";
import type { JourneyClient, JourneyCoach } from "./journey";
import { decodeQuotedPrintable, type ReceivedMail, waitFor } from "./smtp-sink";

/** The body of an API answer of the expected status (nothing for 204), or a failure showing it. */
export async function ok(response: APIResponse, status = 200) {
  expect(response.status(), await response.text()).toBe(status);
  return response.status() === 204 ? undefined : response.json();
}

/** The token of the first invitation mailed to `to`. */
function invitationTokenMailedTo(received: ReceivedMail[], to: string): Promise<string> {
  return waitFor(
    () =>
      received
        .filter((mail) => mail.to.includes(to))
        .map((mail) => decodeQuotedPrintable(mail.raw).match(/\/invitations\/([\w-]{43})/)?.[1])
        .find((found) => found !== undefined),
    `an invitation mail to ${to}`,
    30_000,
  );
}

/**
 * What journeys walk first in the browser, made through the API instead: the coach signs up and
 * confirms their address, the client accepts the invitation mailed to them, and the coach opens
 * an engagement with them. Returns the engagement.
 */
export async function seedEngagementThroughApi(
  j: { coachPage: Page; clientPage: Page; smtp: { received: ReceivedMail[] } },
  people: { coach: JourneyCoach; client: JourneyClient },
  engagement: { title: string; startDate: string; sessionsPlanned: number },
): Promise<{ id: string }> {
  const { coach, client } = people;
  const asCoach = j.coachPage.request;
  const signUp = { ...coach, practiceName: coach.practice };
  await ok(await asCoach.post("/api/auth/sign-up", { data: signUp }), 201);
  const confirmation = new URL(await mailedConfirmationLink(j.smtp.received, coach.email));
  const token = confirmation.searchParams.get("token");
  await ok(await asCoach.post("/api/auth/address/verify", { data: { token } }), 204);
  return engageClientThroughApi(j, client, engagement);
}

/**
 * A signed-in coach's next client, through the API: invited, accepted in the client's own page
 * (which it signs in), and an engagement opened with them. Returns the engagement.
 */
export async function engageClientThroughApi(
  j: { coachPage: Page; clientPage: Page; smtp: { received: ReceivedMail[] } },
  client: JourneyClient,
  engagement: { title: string; startDate: string; sessionsPlanned: number },
): Promise<{ id: string }> {
  const asCoach = j.coachPage.request;
  const invited = { email: client.email, role: "client", name: client.name };
  await ok(await asCoach.post("/api/invitations", { data: invited }), 201);
  const invitation = await invitationTokenMailedTo(j.smtp.received, client.email);
  const accepted = await ok(
    await j.clientPage.request.post(`/api/invitations/token/${invitation}/accept`, {
      data: { name: client.name, password: client.password },
    }),
    201,
  );
  return ok(
    await asCoach.post("/api/engagements", {
      data: { clientId: accepted.user.id, ...engagement, sponsorId: null },
    }),
    201,
  );
}
