import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { user } from "../../src/server/db/schema";
import { type Case, itAnswersAsTheTableSays, signedInOnly } from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A person's data: everyone signed in downloads their own; a client erases their own on their
// password; a practice admin erases a client of their practice who has left. The erasure rows
// send a wrong password, so that the table can be walked without erasing anyone: a 400 says
// the route let the role through to the password check.

const WRONG = { password: "not the password", confirmation: "erase my data" };

const CASES: Case[] = [
  {
    name: "GET the person's export",
    call: (a) => a.get("/api/me/export"),
    expected: signedInOnly(200),
  },
  {
    name: "POST the person's own erasure",
    call: (a) => a.post("/api/me/erasure", WRONG),
    expected: {
      coach: 403,
      otherCoach: 403,
      admin: 403,
      outsider: 403,
      client: 400,
      otherClient: 400,
      sponsor: 403,
      anonymous: 401,
    },
  },
  {
    name: "POST the erasure of a client by the practice admin",
    call: (a, w) => a.post(`/api/clients/${w.client.id}/erasure`, WRONG),
    expected: {
      admin: 400,
      // The admin of another practice: the client is not theirs to know of.
      outsider: 404,
      coach: 403,
      otherCoach: 403,
      client: 403,
      otherClient: 403,
      sponsor: 403,
      anonymous: 401,
    },
  },
];

describe.each(databaseKinds())("access to a person's data on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(t.current);
  });

  itAnswersAsTheTableSays(CASES, () => world);

  it("has erased nobody while the table was walked", async () => {
    const [client] = await t.current.ctx.db.select().from(user).where(eq(user.id, world.client.id));
    expect(client?.email).toBe(world.client.email);
  });
});
