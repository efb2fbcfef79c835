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
  {
    name: "GET the engagement's three-way agreement",
    call: (a, w) => a.get(`${engagementUrl(w)}/agreement`),
    expected: { ...partiesOnly, coach: 200, client: 200, sponsor: 200 },
  },
  {
    name: "PUT the terms of the three-way agreement",
    call: (a, w) => a.put(`${engagementUrl(w)}/agreement`, { terms: agreement, revision: 1 }),
    expected: { ...partiesOnly, coach: 200, client: 403 },
  },
  {
    name: "POST an acceptance of the three-way agreement",
    call: (a, w) => a.post(`${engagementUrl(w)}/agreement/accept`, { revision: 1 }),
    expected: { ...partiesOnly, coach: 200, client: 200, sponsor: 200 },
  },
  {
    name: "GET what the sponsor sees of the engagement",
    call: (a, w) => a.get(`${engagementUrl(w)}/sponsor-view`),
    expected: { ...partiesOnly, coach: 403, client: 200, sponsor: 200 },
  },
  {
    name: "PUT the client's consent to what the sponsor sees",
    call: (a, w) =>
      a.put(`${engagementUrl(w)}/sponsor-consent`, { goalStatus: [], goalOutcome: [] }),
    expected: { ...partiesOnly, coach: 403, client: 200 },
  },
];

const agreement = { purpose: "Lead the new team well.", goals: ["Delegate"], sponsorSees: [] };

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
    const url = `${engagementUrl(world)}/agreement`;
    await world.coach.agent.put(url, { terms: agreement, revision: 0 });
    for (const party of [world.coach, world.client, world.sponsor])
      expect((await party.agent.post(`${url}/accept`, { revision: 1 })).status).toBe(200);
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
