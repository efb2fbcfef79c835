import { eq } from "drizzle-orm";
import { beforeAll, describe } from "vitest";
import { engagement } from "../../src/server/db/schema";
import {
  type Case,
  engagementUrl,
  itAnswersAsTheTableSays,
  partiesOnly,
  ROLES,
} from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sustain plan is the client's own work: the client and their coach read it and write its
// items; the client alone makes the choices of mail after the end. The sponsor and a practice
// admin who is not the coach see the engagement but nothing of the plan (403); for anyone else it
// does not exist (404). A self check-in link that was never mailed opens nothing for anyone.

const item = {
  id: "7f7c5c9e-2a4c-4a51-9a43-0f6a9e0c1d11",
  kind: "habit",
  title: "Ask before I answer",
  cue: "When someone brings me a problem",
  check: "Three asked questions a week",
  ifThen: [{ situation: "I am short of time", action: "ask one question anyway" }],
};

const everyone = (status: number) =>
  Object.fromEntries(ROLES.map((role) => [role, status])) as Case["expected"];

const CASES: Case[] = [
  {
    name: "GET the sustain plan",
    call: (a, w) => a.get(`${engagementUrl(w)}/sustain-plan`),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT the sustain plan's items",
    call: (a, w) => a.put(`${engagementUrl(w)}/sustain-plan`, { items: [item] }),
    expected: { ...partiesOnly, coach: 200, client: 200 },
  },
  {
    name: "PUT the client's choices of sustain mail",
    call: (a, w) =>
      a.put(`${engagementUrl(w)}/sustain-plan/choices`, { quarterly: true, tellCoach: false }),
    expected: { ...partiesOnly, coach: 403, client: 200 },
  },
  {
    name: "GET a self check-in through a forged link",
    call: (a) => a.get("/api/sustain-check-in/forged-token-never-mailed"),
    expected: everyone(404),
  },
  {
    name: "POST a self check-in through a forged link",
    call: (a) =>
      a.post("/api/sustain-check-in/forged-token-never-mailed", {
        ratings: [{ itemId: item.id, rating: 4 }],
      }),
    expected: everyone(404),
  },
];

describe.each(databaseKinds())("access to the sustain plan on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
    await t.current.ctx.db
      .update(engagement)
      .set({ stage: "review" })
      .where(eq(engagement.id, world.engagement.id));
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
