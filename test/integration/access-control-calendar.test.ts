import { beforeAll, describe, expect } from "vitest";
import {
  type Case,
  itAnswersAsTheTableSays,
  sameForEveryone,
  signedInOnly,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A person's calendar feed is their own: whoever is signed in makes, reads and revokes theirs,
// and nobody reaches another's through these routes. The feed itself has no session: its URL's
// token is the only key, so every role gets the same answer.

/** A feed just made by someone outside the table's roles, as the path its URL names. */
async function freshFeedPath(w: World): Promise<string> {
  const made = await w.outsiderClient.agent.post("/api/me/calendar-feed");
  expect(made.status, JSON.stringify(made.body)).toBe(200);
  return new URL(made.body.url).pathname;
}

const CASES: Case[] = [
  {
    name: "GET the signed-in person's calendar feed",
    call: (a) => a.get("/api/me/calendar-feed"),
    expected: signedInOnly(200),
  },
  {
    name: "POST (make or replace) the signed-in person's calendar feed",
    call: (a) => a.post("/api/me/calendar-feed"),
    expected: signedInOnly(200),
  },
  {
    name: "DELETE (revoke) the signed-in person's calendar feed",
    call: (a) => a.delete("/api/me/calendar-feed"),
    expected: signedInOnly(200),
  },
  {
    name: "GET a calendar feed through its private URL",
    call: async (a, w) => a.get(await freshFeedPath(w)),
    expected: sameForEveryone(200),
  },
  {
    name: "GET a calendar feed through a URL that was never made",
    call: (a) => a.get(`/calendar/${"A".repeat(43)}.ics`),
    expected: sameForEveryone(404),
  },
];

describe.each(databaseKinds())("access to calendar feeds on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
