import { beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../support/count-queries";
import {
  inviteAndAccept,
  listAllPages,
  type Member,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

type ClientRow = { id: string; name: string; email: string; engagementCount: number };

const byName = (rows: Member[]) =>
  [...rows].sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));

describe.each(databaseKinds())("the clients list on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let otherCoach: Member;
  let mine: Member[];
  let theirs: Member[];
  let elsewhere: Member;

  const allClients = (agent: Member["agent"], query = "", limit = 3) =>
    listAllPages<ClientRow>(agent, query, limit, "/api/clients");

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "cl-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "cl-coach");
    otherCoach = await inviteAndAccept(t.current, admin, "coach", "cl-other");
    mine = [];
    // Seven clients, the names out of order; two share a name so the id breaks the tie.
    for (const label of ["delta", "alpha", "golf", "bravo_1", "echo", "alpha", "charlie"]) {
      mine.push(await inviteAndAccept(t.current, coach, "client", label));
    }
    theirs = [];
    for (const label of ["foxtrot", "alpha-other", "hotel"]) {
      theirs.push(await inviteAndAccept(t.current, otherCoach, "client", label));
    }
    await openEngagement(coach, mine[0] as Member);
    await openEngagement(coach, mine[0] as Member);
    await openEngagement(coach, mine[1] as Member);
    const outsider = await signUpCoach(t.current, "cl-outsider");
    elsewhere = await inviteAndAccept(t.current, outsider, "client", "alpha-elsewhere");
  });

  it("pages the coach's clients by name without gaps or repeats, with engagement counts", async () => {
    const { pages, items } = await allClients(coach.agent);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(items.map((c) => c.id)).toEqual(byName(mine).map((c) => c.id));
    const counts = Object.fromEntries(items.map((c) => [c.id, c.engagementCount]));
    expect(counts[(mine[0] as Member).id]).toBe(2);
    expect(counts[(mine[1] as Member).id]).toBe(1);
    expect(counts[(mine[2] as Member).id]).toBe(0);
    const first = await coach.agent.get("/api/clients?limit=3");
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      email: expect.any(String),
      joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      engagementCount: expect.any(Number),
    });
    const all = await coach.agent.get("/api/clients");
    expect(all.body.items).toHaveLength(7);
    expect(all.body.nextCursor).toBeNull();
  });

  it("never shows a coach another coach's clients, on any page", async () => {
    const { items } = await allClients(otherCoach.agent, "", 1);
    expect(items.map((c) => c.id)).toEqual(byName(theirs).map((c) => c.id));
    const ids = (await allClients(coach.agent, "", 2)).items.map((c) => c.id);
    for (const { id } of [...theirs, elsewhere]) expect(ids).not.toContain(id);
  });

  it("shows the admin every client of the practice and none of another", async () => {
    const { items } = await allClients(admin.agent, "", 4);
    expect(items.map((c) => c.id)).toEqual(byName([...mine, ...theirs]).map((c) => c.id));
    expect(items.map((c) => c.id)).not.toContain(elsewhere.id);
  });

  it("searches names and emails, ignoring case, with % and _ taken literally", async () => {
    const search = async (agent: Member["agent"], q: string) =>
      (await allClients(agent, new URLSearchParams({ q }).toString(), 1)).items.map((c) => c.id);
    const alphas = byName(mine.filter((c) => c.name === "client alpha")).map((c) => c.id);
    expect(await search(coach.agent, "ALPHA")).toEqual(alphas);
    expect(await search(coach.agent, (mine[4] as Member).email.toUpperCase())).toEqual([
      (mine[4] as Member).id,
    ]);
    expect(await search(coach.agent, "bravo_")).toEqual([(mine[3] as Member).id]);
    expect(await search(coach.agent, "_")).toEqual([(mine[3] as Member).id]);
    expect(await search(coach.agent, "%")).toEqual([]);
    expect(await search(coach.agent, "foxtrot")).toEqual([]);
    expect(await search(admin.agent, "alpha")).toEqual(
      byName([...mine, ...theirs].filter((c) => c.name.includes("alpha"))).map((c) => c.id),
    );
    expect(await search(coach.agent, "  ")).toEqual(byName(mine).map((c) => c.id));
  });

  it("refuses a limit over 100, under 1 or not a number, naming the field", async () => {
    for (const limit of ["101", "0", "2.5", "ten"]) {
      const response = await coach.agent.get(`/api/clients?limit=${limit}`);
      expect(response.status, `limit=${limit}`).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["limit"]);
    }
    expect((await coach.agent.get("/api/clients?limit=100")).status).toBe(200);
  });

  it("refuses a tampered or made-up cursor with 400 naming the cursor", async () => {
    const cursor = (await coach.agent.get("/api/clients?limit=2")).body.nextCursor as string;
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString());
    const tampered = [
      `${cursor}x`,
      "not a cursor",
      encode({ ...key, id: "1 or 1=1" }),
      encode({ ...key, name: 42 }),
      encode({ ...key, extra: true }),
      encode([key.name, key.id]),
      Buffer.from("{not json").toString("base64url"),
    ];
    for (const bad of tampered) {
      const response = await coach.agent.get(
        `/api/clients?limit=2&cursor=${encodeURIComponent(bad)}`,
      );
      expect(response.status, bad).toBe(400);
      expect(response.body.error.fields).toEqual([{ path: "cursor", message: expect.any(String) }]);
    }
    expect((await coach.agent.get(`/api/clients?limit=2&cursor=${cursor}`)).status).toBe(200);
  });

  it("runs the same number of queries for a page of any size", async () => {
    const queries = async (agent: Member["agent"], url: string) => {
      const count = countQueries(t.current);
      const response = await agent.get(url);
      expect(response.status).toBe(200);
      return count.stop();
    };
    const one = await queries(coach.agent, "/api/clients?limit=1");
    const next = (await coach.agent.get("/api/clients?limit=1")).body.nextCursor;
    expect(one).toBeGreaterThan(0);
    expect(await queries(coach.agent, "/api/clients?limit=100")).toBe(one);
    expect(await queries(coach.agent, `/api/clients?limit=1&cursor=${next}`)).toBe(one);
    expect(await queries(coach.agent, "/api/clients?limit=3&q=alpha")).toBe(one);
    expect(await queries(admin.agent, "/api/clients?limit=100")).toBe(one);
  });
});
