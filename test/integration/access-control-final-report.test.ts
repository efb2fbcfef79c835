import { beforeAll, describe, expect } from "vitest";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The final report is the client's and their coach's: the sponsor and the practice admin know
// the engagement but not the report (403); everyone else finds nothing (404). The client alone
// chooses what the sponsor sees; the sponsor (and the client, to look) reads only that.

const choice = { summary: "A calmer leader", shareSummary: true, goalStatus: [], goalOutcome: [] };

const CASES: Case[] = [
  {
    name: "GET an engagement's final report",
    call: (a, w) => a.get(`${engagementUrl(w)}/final-report`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET an engagement's final report as a PDF",
    call: (a, w) => a.get(`${engagementUrl(w)}/final-report.pdf`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET what the client shares with the sponsor, and the sponsor's reads",
    call: (a, w) => a.get(`${engagementUrl(w)}/report-sharing`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT what the client shares with the sponsor",
    call: (a, w) => a.put(`${engagementUrl(w)}/report-sharing`, choice),
    expected: { ...partiesOnly, coach: 403, client: 200 },
  },
  {
    name: "GET the report as shared with the sponsor",
    call: (a, w) => a.get(`${engagementUrl(w)}/shared-report`),
    expected: { ...partiesOnly, coach: 403, client: 200, sponsor: 200 },
  },
];

describe.each(databaseKinds())("access to the final report on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
    for (const to of ["planning", "active", "review"]) {
      const moved = await world.coach.agent.post(`${engagementUrl(world)}/stage`, {
        to,
        reason: "We agreed to move on.",
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
