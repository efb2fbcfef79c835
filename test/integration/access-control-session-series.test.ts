import { eq } from "drizzle-orm";
import { beforeAll, describe, expect } from "vitest";
import { engagement } from "../../src/server/db/schema";
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

// A series is scheduled and cancelled as a whole by the engagement's coach alone; the client
// (who books, moves and cancels single sessions) gets 403; the sponsor and the admin know the
// engagement but not its sessions; for everyone else a series does not exist.

let nextWeek = 0;

/** A one-session series on a Monday of its own, far ahead, so no two calls clash. */
function seriesBody() {
  nextWeek += 1;
  const day = new Date(Date.UTC(2036, 0, 7) + nextWeek * 7 * 86_400_000);
  return {
    rrule: "FREQ=WEEKLY;COUNT=1",
    firstDate: day.toISOString().slice(0, 10),
    localTime: "10:00",
    timeZone: "Europe/London",
    mode: "phone",
    place: "+44 20 7946 0000",
  };
}

async function freshSeries(w: World): Promise<string> {
  const made = await w.coach.agent.post(`${engagementUrl(w)}/series`, seriesBody());
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}

const CASES: Case[] = [
  {
    name: "GET a series' preview",
    call: (a, w) => {
      const { mode: _, place: __, ...pattern } = seriesBody();
      return a.get(`${engagementUrl(w)}/series/preview?${new URLSearchParams(pattern)}`);
    },
    expected: { ...partiesOnly, coach: 200, client: 403 },
  },
  {
    name: "POST a series",
    call: (a, w) => a.post(`${engagementUrl(w)}/series`, seriesBody()),
    expected: { ...partiesOnly, coach: 201, client: 403 },
  },
  {
    name: "POST a series' cancellation",
    call: async (a, w) => a.post(`/api/series/${await freshSeries(w)}/cancel`, {}),
    expected: { ...onlyClientAndCoach, coach: 200, client: 403 },
  },
];

describe.each(databaseKinds())("access to series of sessions on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
    // Room for a series per call: the allowance is not what these rows are about.
    await t.current.ctx.db
      .update(engagement)
      .set({ sessionsPlanned: 100 })
      .where(eq(engagement.id, world.engagement.id));
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
