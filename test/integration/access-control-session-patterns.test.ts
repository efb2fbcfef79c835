import { beforeAll, describe } from "vitest";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The timeline and the patterns are the sessions' own, read as the sessions list is: the client
// and their coach; the sponsor and the practice admin know the engagement but not its sessions
// (403); everyone else finds nothing (404).

const CASES: Case[] = [
  {
    name: "GET an engagement's timeline",
    call: (a, w) => a.get(`${engagementUrl(w)}/timeline`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "GET an engagement's patterns",
    call: (a, w) => a.get(`${engagementUrl(w)}/patterns`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
];

describe.each(databaseKinds())("access to the timeline and patterns on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
