import { beforeAll, describe } from "vitest";
import { checkIn } from "../../src/server/db/schema";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  onlyClientAndCoach,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Check-ins are the client's own work: the client and their coach read the weekly time and the
// history; the client alone sets the time and checks in. The sponsor and a practice admin who is
// not the coach see the engagement but not this (403); for anyone else it does not exist (404).
// A check-in's thread is the two of theirs: for anyone else the check-in does not exist (404).

const schedule = { weekday: 2, hour: 7, timeZone: "Europe/London", enabled: true };

interface CheckInWorld extends World {
  checkInId: string;
}

const CASES: Case<CheckInWorld>[] = [
  {
    name: "GET the check-in schedule",
    call: (a, w) => a.get(`${engagementUrl(w)}/check-in-schedule`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT the check-in schedule",
    call: (a, w) => a.put(`${engagementUrl(w)}/check-in-schedule`, schedule),
    expected: { ...partiesOnly, coach: 403, client: 200 },
  },
  {
    name: "GET the check-ins",
    call: (a, w) => a.get(`${engagementUrl(w)}/check-ins`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET the current week's check-in form",
    call: (a, w) => a.get(`${engagementUrl(w)}/check-in-form`),
    expected: { ...partiesOnly, coach: 403, client: 200 },
  },
  {
    name: "POST a check-in from the app",
    call: (a, w) => a.post(`${engagementUrl(w)}/check-ins`, { energy: 3, goals: [] }),
    expected: { ...partiesOnly, coach: 403, client: 201 },
  },
  {
    name: "POST a reply in a check-in's thread",
    call: (a, w) => a.post(`/api/check-ins/${w.checkInId}/replies`, { text: "Well done." }),
    expected: { ...onlyClientAndCoach, coach: 201, client: 201 },
  },
];

describe.each(databaseKinds())("access to check-ins on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: CheckInWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    // A check-in of a past week, so this week's is still the client's to send in the table.
    const [sent] = await t.current.ctx.db
      .insert(checkIn)
      .values({
        engagementId: base.engagement.id,
        week: "2026-11-02",
        submittedBy: base.client.id,
        channel: "app",
        energy: 3,
      })
      .returning({ id: checkIn.id });
    world = { ...base, checkInId: sent?.id ?? "" };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
