import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { competencyModel } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, newAgent, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const URL = "/api/competency-models";

/** A whole model written by a coach: two competencies of three behaviours, one open question. */
const SMALL = {
  name: "Team lead basics",
  summary: "What a first-time team lead does.",
  instructions: "Rate what you have seen.",
  competencies: [
    {
      id: "listening",
      name: "Listening",
      description: "Hears people out.",
      items: [
        { id: "l-1", text: "Listens without interrupting." },
        { id: "l-2", text: "Asks follow-up questions." },
        { id: "l-3", text: "Sums up what was said." },
      ],
    },
    {
      id: "planning",
      name: "Planning",
      description: "",
      items: [
        { id: "p-1", text: "Plans the week with the team." },
        { id: "p-2", text: "Says what comes first." },
        { id: "p-3", text: "Checks progress midweek." },
      ],
    },
  ],
  openQuestions: [{ id: "start", text: "What should this person start doing?" }],
};

type Field = { path: string; message: string };
const paths = (fields: Field[]) => fields.map((field) => field.path).sort();

describe.each(databaseKinds())("competency models on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let otherCoach: Member;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "models");
    otherCoach = await signUpCoach(t.current, "other-models");
  });

  const copyKeel = async (who: Member, name?: string) => {
    const response = await who.agent.post(URL, { copyOf: "keel-leadership", name });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const ownRows = async (ownerId: string) =>
    t.current.ctx.db.select().from(competencyModel).where(eq(competencyModel.ownerId, ownerId));

  it("lists Keel's model first, then the coach's own, the most recently changed first", async () => {
    const lister = await signUpCoach(t.current, "lister");
    const older = await copyKeel(lister, "Older");
    const newer = await copyKeel(lister, "Newer");
    await copyKeel(otherCoach, "Not yours");
    const response = await lister.agent.get(URL);
    expect(response.status).toBe(200);
    expect(response.body.map((model: { id: string }) => model.id)).toEqual([
      "keel-leadership",
      newer.id,
      older.id,
    ]);
    expect(response.body[0]).toEqual({
      id: "keel-leadership",
      source: "built-in",
      version: 1,
      name: "Keel leadership model",
      summary: expect.stringContaining("nine competencies"),
      competencyCount: 9,
      itemCount: 45,
      basedOn: null,
      updatedAt: null,
    });
    expect(response.body[1]).toMatchObject({
      source: "own",
      version: 1,
      name: "Newer",
      competencyCount: 9,
      itemCount: 45,
      basedOn: "keel-leadership",
    });

    // An edit brings a model to the top.
    await lister.agent.patch(`${URL}/${older.id}`, { summary: "Changed." });
    const again = await lister.agent.get(URL);
    expect(again.body.map((model: { id: string }) => model.id)).toEqual([
      "keel-leadership",
      older.id,
      newer.id,
    ]);
  });

  it("shows Keel's model whole: 9 competencies of 5 behaviours, and start, stop, continue", async () => {
    const response = await coach.agent.get(`${URL}/keel-leadership`);
    expect(response.status).toBe(200);
    expect(response.body.competencies).toHaveLength(9);
    for (const competency of response.body.competencies) expect(competency.items).toHaveLength(5);
    expect(response.body.competencies[0].items[0]).toEqual({
      id: "dir-1",
      text: "Explains how the team's work connects to the organisation's goals.",
    });
    expect(response.body.openQuestions.map((q: { id: string }) => q.id)).toEqual([
      "start",
      "stop",
      "continue",
    ]);
    expect(response.body.instructions).toMatch(/Not observed/);
  });

  it("copies Keel's model as version 1 of the coach's own, named as a copy unless named", async () => {
    const copy = await copyKeel(coach);
    const keel = (await coach.agent.get(`${URL}/keel-leadership`)).body;
    expect(copy).toMatchObject({
      source: "own",
      version: 1,
      name: "Keel leadership model (copy)",
      basedOn: "keel-leadership",
      competencyCount: 9,
      itemCount: 45,
    });
    expect(copy.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(copy.updatedAt).not.toBeNull();
    expect(copy.competencies).toEqual(keel.competencies);
    expect(copy.openQuestions).toEqual(keel.openQuestions);
    expect(copy.instructions).toBe(keel.instructions);
    expect((await coach.agent.get(`${URL}/${copy.id}`)).body).toEqual(copy);

    // The stored model carries the row's id and version, not Keel's.
    const [row] = (await ownRows(coach.id)).filter((r) => r.id === copy.id);
    expect(row?.model).toMatchObject({ id: copy.id, version: 1 });
    expect(row?.practiceId).toBeTruthy();

    const named = await copyKeel(coach, "Our leadership model");
    expect(named.name).toBe("Our leadership model");
  });

  it("copies one's own model, and takes a model written whole", async () => {
    const written = await coach.agent.post(URL, SMALL);
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    expect(written.body).toMatchObject({
      ...SMALL,
      source: "own",
      version: 1,
      basedOn: null,
      competencyCount: 2,
      itemCount: 6,
    });
    const copy = await coach.agent.post(URL, { copyOf: written.body.id });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      name: "Team lead basics (copy)",
      basedOn: written.body.id,
      version: 1,
      competencies: SMALL.competencies,
    });
    expect(copy.body.id).not.toBe(written.body.id);
  });

  it("saves each change as the next version, keeping what was not sent", async () => {
    const own = await copyKeel(coach);
    const renamed = await coach.agent.patch(`${URL}/${own.id}`, { name: "  Our model  " });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({
      name: "Our model",
      version: 2,
      basedOn: "keel-leadership",
    });
    expect(renamed.body.competencies).toEqual(own.competencies);

    const [first, ...rest] = own.competencies;
    const shorter = { ...first, items: first.items.slice(0, 3) };
    const edited = await coach.agent.patch(`${URL}/${own.id}`, {
      competencies: [...rest, shorter],
      openQuestions: [{ id: "start", text: "What one thing should they start?" }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      name: "Our model",
      version: 3,
      competencyCount: 9,
      itemCount: 43,
      openQuestions: [{ id: "start", text: "What one thing should they start?" }],
    });
    expect(edited.body.competencies.at(-1).id).toBe("direction");

    // Saving what is already saved is not a change.
    const same = await coach.agent.patch(`${URL}/${own.id}`, { name: "Our model" });
    expect(same.body.version).toBe(3);
    const read = await coach.agent.get(`${URL}/${own.id}`);
    expect(read.body).toMatchObject({ version: 3, itemCount: 43 });
    const [row] = (await ownRows(coach.id)).filter((r) => r.id === own.id);
    expect(row).toMatchObject({ version: 3, model: { id: own.id, version: 3 } });
  });

  it("refuses a change made to a version saved over since (409), and changes nothing", async () => {
    const own = await copyKeel(coach);
    const elsewhere = await coach.agent.patch(`${URL}/${own.id}?version=1`, { name: "Tab one" });
    expect(elsewhere.body.version).toBe(2);
    const stale = await coach.agent.patch(`${URL}/${own.id}?version=1`, { name: "Tab two" });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: "model_changed",
      message: expect.stringMatching(/changed elsewhere/),
    });
    expect((await coach.agent.get(`${URL}/${own.id}`)).body).toMatchObject({
      name: "Tab one",
      version: 2,
    });
    const current = await coach.agent.patch(`${URL}/${own.id}?version=2`, { name: "Tab two" });
    expect(current.body).toMatchObject({ name: "Tab two", version: 3 });
    const nonsense = await coach.agent.patch(`${URL}/${own.id}?version=first`, { name: "X" });
    expect(nonsense.status).toBe(400);
    expect(nonsense.body.error.fields[0].path).toBe("version");
  });

  it("refuses a model that breaks the rules, naming each field, and changes nothing", async () => {
    const own = await copyKeel(coach);
    const before = await ownRows(coach.id);
    const [first, second, ...rest] = own.competencies;
    const response = await coach.agent.patch(`${URL}/${own.id}`, {
      name: " ",
      competencies: [
        first,
        { ...second, items: second.items.slice(0, 2) },
        { ...rest[0], items: [{ ...rest[0].items[0], id: "dir-1" }, ...rest[0].items.slice(1)] },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("invalid_input");
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: "name", message: "Give the model a name" },
        { path: "competencies.1.items", message: "Give 3 to 8 behaviours" },
        { path: "competencies.2.items.0.id", message: '"dir-1" is used twice' },
      ]),
    );
    expect(paths(response.body.error.fields)).toEqual([
      "competencies.1.items",
      "competencies.2.items.0.id",
      "name",
    ]);
    expect(await ownRows(coach.id)).toEqual(before);
  });

  it("refuses a new model that breaks the rules or has unknown keys, and stores nothing", async () => {
    const fresh = await signUpCoach(t.current, "fresh-models");
    const broken = await fresh.agent.post(URL, {
      ...SMALL,
      competencies: [
        SMALL.competencies[0],
        { ...SMALL.competencies[1], items: SMALL.competencies[1]?.items.slice(0, 2) },
      ],
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields).toEqual([
      { path: "competencies.1.items", message: "Give 3 to 8 behaviours" },
    ]);

    const malformed = await fresh.agent.post(URL, {
      ...SMALL,
      colour: "blue",
      competencies: [{ ...SMALL.competencies[0], items: [{ id: "l-1" }] }],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: "competencies.0.items.0.text", message: "Write this as text" },
        { path: "", message: 'Unrecognized key: "colour"' },
      ]),
    );

    const copyWithExtra = await fresh.agent.post(URL, { copyOf: "keel-leadership", colour: 1 });
    expect(copyWithExtra.status).toBe(400);
    expect(copyWithExtra.body.error.fields).toEqual([
      { path: "", message: 'Unrecognized key: "colour"' },
    ]);

    const emptyName = await fresh.agent.post(URL, { copyOf: "keel-leadership", name: "  " });
    expect(emptyName.status).toBe(400);
    expect(emptyName.body.error.fields).toEqual([
      { path: "name", message: "Give the model a name" },
    ]);

    const unknownSource = await fresh.agent.post(URL, { copyOf: "no-such-model" });
    expect(unknownSource.status).toBe(400);
    expect(unknownSource.body.error.fields).toEqual([
      { path: "copyOf", message: "Choose Keel's model or one of your own to copy" },
    ]);

    const badChange = await fresh.agent.patch(`${URL}/keel-leadership`, { colour: "blue" });
    expect(badChange.status).toBe(400);
    expect(await ownRows(fresh.id)).toEqual([]);
  });

  it("keeps Keel's model as shipped: changing or deleting it is a 403", async () => {
    const changed = await coach.agent.patch(`${URL}/keel-leadership`, { name: "Mine now" });
    expect(changed.status).toBe(403);
    expect(changed.body.error.message).toMatch(/Copy it to edit your own version/);
    expect((await coach.agent.delete(`${URL}/keel-leadership`)).status).toBe(403);
    expect((await coach.agent.get(`${URL}/keel-leadership`)).body.name).toBe(
      "Keel leadership model",
    );
  });

  it("deletes one's own model, after which it is gone", async () => {
    const own = await copyKeel(coach);
    const deleted = await coach.agent.delete(`${URL}/${own.id}`);
    expect(deleted.status).toBe(204);
    expect((await coach.agent.get(`${URL}/${own.id}`)).status).toBe(404);
    expect((await coach.agent.delete(`${URL}/${own.id}`)).status).toBe(404);
    const listed = (await coach.agent.get(URL)).body.map((model: { id: string }) => model.id);
    expect(listed).not.toContain(own.id);
  });

  it("hides a coach's model from every other coach, in their practice or not: read, copy, change and delete", async () => {
    const own = await copyKeel(coach, "Private");
    expect((await otherCoach.agent.get(`${URL}/${own.id}`)).status).toBe(404);
    expect((await otherCoach.agent.patch(`${URL}/${own.id}`, { name: "Taken" })).status).toBe(404);
    expect((await otherCoach.agent.delete(`${URL}/${own.id}`)).status).toBe(404);
    const copy = await otherCoach.agent.post(URL, { copyOf: own.id });
    expect(copy.status).toBe(400);
    expect(copy.body.error.fields[0].path).toBe("copyOf");
    const listed = (await otherCoach.agent.get(URL)).body.map((model: { id: string }) => model.id);
    expect(listed).not.toContain(own.id);
    expect((await coach.agent.get(`${URL}/${own.id}`)).body).toMatchObject({
      name: "Private",
      version: 1,
    });
    expect((await coach.agent.get(`${URL}/not-a-model`)).status).toBe(404);

    // Nor does sharing a practice help, in either direction: the admin sees no colleague's model.
    const colleague = await inviteAndAccept(t.current, coach, "coach", "models-colleague");
    expect((await colleague.agent.get(`${URL}/${own.id}`)).status).toBe(404);
    expect((await colleague.agent.delete(`${URL}/${own.id}`)).status).toBe(404);
    const theirs = await copyKeel(colleague, "Colleague's");
    expect((await coach.agent.get(`${URL}/${theirs.id}`)).status).toBe(404);
    expect((await coach.agent.patch(`${URL}/${theirs.id}`, { name: "Mine" })).status).toBe(404);
    expect((await colleague.agent.get(`${URL}/${theirs.id}`)).body.name).toBe("Colleague's");
  });

  it("lets neither clients nor sponsors near models (403), nor anyone signed out (401)", async () => {
    const own = await copyKeel(coach);
    const client = await inviteAndAccept(t.current, coach, "client", "models-client");
    const sponsor = await inviteAndAccept(t.current, coach, "sponsor", "models-sponsor");
    const anonymous = newAgent(t.current);
    const calls = [
      (a: typeof anonymous) => a.get(URL),
      (a: typeof anonymous) => a.get(`${URL}/keel-leadership`),
      (a: typeof anonymous) => a.get(`${URL}/${own.id}`),
      (a: typeof anonymous) => a.post(URL, { copyOf: "keel-leadership" }),
      (a: typeof anonymous) => a.patch(`${URL}/${own.id}`, { name: "Taken" }),
      (a: typeof anonymous) => a.delete(`${URL}/${own.id}`),
    ];
    for (const call of calls) {
      expect((await call(client.agent)).status).toBe(403);
      expect((await call(sponsor.agent)).status).toBe(403);
      expect((await call(anonymous)).status).toBe(401);
    }
    expect((await coach.agent.get(`${URL}/${own.id}`)).body).toMatchObject({ version: 1 });
    expect(await ownRows(client.id)).toEqual([]);
  });
});
