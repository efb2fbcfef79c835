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

describe.each(databaseKinds())("engagements on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let sponsor: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "eng");
    client = await inviteAndAccept(t.current, coach, "client");
    sponsor = await inviteAndAccept(t.current, coach, "sponsor");
  });

  it("opens an engagement in assessment, with its history and the coach's next step", async () => {
    const response = await coach.agent.post("/api/engagements", {
      clientId: client.id,
      title: "Executive presence",
      startDate: "2026-12-07",
      sessionsPlanned: 10,
      sponsorId: sponsor.id,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: "Executive presence",
      startDate: "2026-12-07",
      sessionsPlanned: 10,
      sessionsUsed: 0,
      stage: "assessment",
      coach: { id: coach.id },
      client: { id: client.id },
      sponsor: { id: sponsor.id },
      allowedStages: ["planning", "closed"],
    });
    expect(response.body.history).toEqual([
      expect.objectContaining({
        from: null,
        to: "assessment",
        by: { id: coach.id, name: coach.name },
      }),
    ]);
  });

  it("walks through every stage to closed, recording each move", async () => {
    const { id } = await openEngagement(coach, client);
    for (const to of ["planning", "active", "review", "sustaining", "closed"]) {
      // No goal is written here: moving to active sessions takes a reason.
      const reason = to === "active" ? "Goals are agreed on paper" : undefined;
      const moved = await coach.agent.post(`/api/engagements/${id}/stage`, { to, reason });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.stage).toBe(to);
    }
    const closed = await coach.agent.get(`/api/engagements/${id}`);
    expect(closed.body.allowedStages).toEqual([]);
    expect(closed.body.history.map((h: { to: string }) => h.to)).toEqual([
      "assessment",
      "planning",
      "active",
      "review",
      "sustaining",
      "closed",
    ]);
  });

  it("refuses a skipped stage with 409 and says where it can go", async () => {
    const { id } = await openEngagement(coach, client);
    const response = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "review" });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("invalid_transition");
    expect(response.body.error.message).toContain("planning");
    expect((await coach.agent.get(`/api/engagements/${id}`)).body.stage).toBe("assessment");
  });

  it("refuses an unknown stage with 400", async () => {
    const { id } = await openEngagement(coach, client);
    const response = await coach.agent.post(`/api/engagements/${id}/stage`, { to: "finished" });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].path).toBe("to");
  });

  it("shows the client their engagement with what comes next for them, and no stage moves", async () => {
    const { id } = await openEngagement(coach, client);
    const seen = await client.agent.get(`/api/engagements/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.allowedStages).toEqual([]);
    expect(seen.body.nextStep).toMatch(/your self-reflection/i);
  });

  it("changes the facts of an engagement and can remove its sponsor", async () => {
    const { id } = await openEngagement(coach, client, sponsor);
    const response = await coach.agent.patch(`/api/engagements/${id}`, {
      title: "Renamed engagement",
      sessionsPlanned: 12,
      sponsorId: null,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: "Renamed engagement",
      sessionsPlanned: 12,
      sponsor: null,
    });
    expect((await sponsor.agent.get(`/api/engagements/${id}`)).status).toBe(404);
  });

  it("fails with 400 on bad facts and changes nothing", async () => {
    const { id } = await openEngagement(coach, client);
    const before = (await coach.agent.get(`/api/engagements/${id}`)).body;
    const response = await coach.agent.patch(`/api/engagements/${id}`, {
      title: "x",
      sessionsPlanned: 0,
      startDate: "31/12/2026",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "sessionsPlanned",
      "startDate",
      "title",
    ]);
    expect((await coach.agent.get(`/api/engagements/${id}`)).body).toEqual(before);
    expect((await coach.agent.patch(`/api/engagements/${id}`, {})).status).toBe(400);
  });

  it("keeps a planned end after the start, and refuses one on or before it", async () => {
    const { id } = await openEngagement(coach, client);
    expect((await coach.agent.get(`/api/engagements/${id}`)).body.plannedEndDate).toBeNull();
    const set = await coach.agent.patch(`/api/engagements/${id}`, { plannedEndDate: "2027-06-30" });
    expect(set.status).toBe(200);
    expect(set.body.plannedEndDate).toBe("2027-06-30");
    for (const change of [{ plannedEndDate: "2026-12-01" }, { startDate: "2027-07-01" }]) {
      const refused = await coach.agent.patch(`/api/engagements/${id}`, change);
      expect(refused.status, JSON.stringify(change)).toBe(400);
      expect(refused.body.error.fields).toEqual([
        { path: "plannedEndDate", message: "Make the planned end later than the start date" },
      ]);
    }
    const opened = await coach.agent.post("/api/engagements", {
      clientId: client.id,
      title: "Ends before it starts",
      startDate: "2027-01-10",
      plannedEndDate: "2027-01-09",
      sessionsPlanned: 6,
    });
    expect(opened.status).toBe(400);
    const cleared = await coach.agent.patch(`/api/engagements/${id}`, { plannedEndDate: null });
    expect(cleared.body).toMatchObject({ plannedEndDate: null, startDate: "2026-12-01" });
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await coach.agent.get("/api/engagements/not-a-uuid")).status).toBe(400);
    expect(
      (await coach.agent.get("/api/engagements/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });

  it("refuses to open an engagement with someone who is not the coach's client", async () => {
    const response = await coach.agent.post("/api/engagements", {
      clientId: sponsor.id,
      title: "Wrong person",
      startDate: "2026-12-07",
      sessionsPlanned: 3,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { path: "clientId", message: "Choose one of your clients" },
    ]);
  });

  describe("the list", () => {
    // A practice of its own: its admin coaches a client through seven engagements, two of them
    // on the same start date, so a page boundary falls between rows with equal dates.
    let admin: Member;
    let zebra: Member;
    let opened: { id: string; startDate: string; title: string }[];
    let elsewhere: { id: string }[];
    const dates = [
      "2026-03-02",
      "2026-05-11",
      "2026-05-11",
      "2026-01-19",
      "2026-05-11",
      "2026-09-07",
      "2025-11-24",
    ];

    /** A practice whose admin opened the seven engagements, for the client and for zebra. */
    async function practiceOfSeven(label: string) {
      const admin = await signUpCoach(t.current, label);
      const aClient = await inviteAndAccept(t.current, admin, "client", "ordinary");
      const zebra = await inviteAndAccept(t.current, admin, "client", "zebra");
      const opened: { id: string; startDate: string; title: string }[] = [];
      for (const [i, startDate] of dates.entries()) {
        const title = i === 3 ? "Leading 100% remote" : `Round ${i + 1}`;
        const who = i === 5 ? zebra : aClient;
        opened.push({
          ...(await openEngagement(admin, who, undefined, { title, startDate })),
          title,
        });
      }
      return { admin, aClient, zebra, opened };
    }

    beforeAll(async () => {
      ({ admin, zebra, opened } = await practiceOfSeven("pages"));
      // Another practice with engagements on the same dates: its rows sit between ours in order.
      const outsider = await signUpCoach(t.current, "pages-elsewhere");
      const theirClient = await inviteAndAccept(t.current, outsider, "client", "elsewhere");
      elsewhere = [];
      for (const startDate of dates) {
        elsewhere.push(await openEngagement(outsider, theirClient, undefined, { startDate }));
      }
    });

    const newestFirst = (rows: { id: string; startDate: string }[]) =>
      [...rows]
        .sort((a, b) =>
          a.startDate === b.startDate
            ? b.id.localeCompare(a.id)
            : b.startDate.localeCompare(a.startDate),
        )
        .map((e) => e.id);

    it("answers the first page, newest first, with no next cursor when it is the last", async () => {
      const response = await admin.agent.get("/api/engagements");
      expect(response.status).toBe(200);
      expect(response.body.nextCursor).toBeNull();
      expect(response.body.items.map((e: { id: string }) => e.id)).toEqual(newestFirst(opened));
      expect(response.body.items[0]).toMatchObject({
        title: "Round 6",
        client: { id: zebra.id },
        coach: { id: admin.id },
      });
      expect(response.body.items[0].history).toBeUndefined();
    });

    it("pages through every engagement without gaps or repeats across page boundaries", async () => {
      const { pages, items } = await listAllPages(admin.agent, "", 3);
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      expect(items.map((e) => e.id)).toEqual(newestFirst(opened));
      for (const size of [1, 2, 6, 7]) {
        const paged = await listAllPages(admin.agent, "", size);
        expect(
          paged.items.map((e) => e.id),
          `limit ${size}`,
        ).toEqual(newestFirst(opened));
      }
    });

    it("keeps a page boundary stable when an engagement is opened meanwhile", async () => {
      // A practice of its own: the engagement opened here would change the others' lists.
      const { admin, aClient, opened } = await practiceOfSeven("pages-meanwhile");
      const first = await admin.agent.get("/api/engagements?limit=3");
      const later = await openEngagement(admin, aClient, undefined, {
        title: "Opened while paging",
        startDate: "2027-01-04",
      });
      opened.push({ ...later, title: "Opened while paging" });
      const second = await admin.agent.get(
        `/api/engagements?limit=3&cursor=${first.body.nextCursor}`,
      );
      const seen = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
      expect(seen).not.toContain(later.id);
      expect(seen).toEqual(newestFirst(opened).slice(1, 7));
    });

    it("filters by stage, across pages too", async () => {
      const planned = opened.slice(0, 3);
      for (const { id } of planned) {
        expect(
          (await admin.agent.post(`/api/engagements/${id}/stage`, { to: "planning" })).status,
        ).toBe(200);
      }
      const { items } = await listAllPages(admin.agent, "stage=planning", 2);
      expect(items.map((e) => e.id)).toEqual(newestFirst(planned));
      const none = await admin.agent.get("/api/engagements?stage=closed");
      expect(none.body).toEqual({ items: [], nextCursor: null });
      const unknown = await admin.agent.get("/api/engagements?stage=finished");
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["stage"]);
    });

    it("searches titles and client names, ignoring case, with % and _ taken literally", async () => {
      const search = async (q: string) =>
        (await listAllPages(admin.agent, new URLSearchParams({ q }).toString(), 2)).items.map(
          (e) => e.id,
        );
      const byTitle = (title: string) => opened.find((e) => e.title === title)?.id;
      expect(await search("round 6")).toEqual([byTitle("Round 6")]);
      expect(await search("ZEBRA")).toEqual([byTitle("Round 6")]);
      expect(await search("100%")).toEqual([byTitle("Leading 100% remote")]);
      expect(await search("%")).toEqual([byTitle("Leading 100% remote")]);
      expect(await search("_")).toEqual([]);
      expect(await search("  ")).toEqual(newestFirst(opened));
      expect(await search("nothing like this")).toEqual([]);
      const both = await admin.agent.get("/api/engagements?stage=planning&q=round%206");
      expect(both.body.items).toEqual([]);
    });

    it("never shows an admin another practice's engagements, on any page", async () => {
      const { items } = await listAllPages(admin.agent, "", 2);
      const ids = items.map((e) => e.id);
      expect(ids.sort()).toEqual(opened.map((e) => e.id).sort());
      for (const { id } of elsewhere) expect(ids).not.toContain(id);
    });

    it("refuses a limit over 100, under 1 or not a number, naming the field", async () => {
      for (const limit of ["101", "0", "-3", "2.5", "ten", ""]) {
        const response = await admin.agent.get(`/api/engagements?limit=${limit}`);
        expect(response.status, `limit=${limit}`).toBe(400);
        expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["limit"]);
      }
      expect((await admin.agent.get("/api/engagements?limit=100")).status).toBe(200);
    });

    it("refuses a tampered or made-up cursor with 400 naming the cursor", async () => {
      const first = await admin.agent.get("/api/engagements?limit=2");
      const cursor = first.body.nextCursor as string;
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const key = JSON.parse(Buffer.from(cursor, "base64url").toString());
      const tampered = [
        `${cursor.slice(0, -3)}`,
        `${cursor}x`,
        cursor.replace(/^./, (c) => (c === "e" ? "f" : "e")),
        "not a cursor",
        encode({ ...key, id: "1 or 1=1" }),
        encode({ ...key, startDate: "2026-13-45" }),
        encode({ ...key, extra: true }),
        encode([key.startDate, key.id]),
        encode("nothing"),
        Buffer.from("{not json").toString("base64url"),
      ];
      for (const bad of tampered) {
        const response = await admin.agent.get(
          `/api/engagements?limit=2&cursor=${encodeURIComponent(bad)}`,
        );
        expect(response.status, bad).toBe(400);
        expect(response.body.error.fields).toEqual([
          { path: "cursor", message: expect.any(String) },
        ]);
      }
      expect((await admin.agent.get(`/api/engagements?limit=2&cursor=${cursor}`)).status).toBe(200);
    });

    it("runs the same number of queries for a page of any size", async () => {
      const queries = async (url: string) => {
        const count = countQueries(t.current);
        const response = await admin.agent.get(url);
        expect(response.status).toBe(200);
        return count.stop();
      };
      const one = await queries("/api/engagements?limit=1");
      const next = (await admin.agent.get("/api/engagements?limit=1")).body.nextCursor;
      expect(one).toBeGreaterThan(0);
      expect(await queries("/api/engagements?limit=100")).toBe(one);
      expect(await queries(`/api/engagements?limit=1&cursor=${next}`)).toBe(one);
      expect(await queries("/api/engagements?limit=3&q=round&stage=planning")).toBe(one);
    });
  });
});
