import { Writable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  engagement,
  sessionAgendaItem,
  sessionNote,
  sessionReflection,
} from "../../src/server/db/schema";
import type { Response } from "../support/agent";
import { buildWorld, type Member, openEngagement, type World } from "../support/factories";
import { cancelledSession, pastSession, upcomingSession } from "../support/session-inserts";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The session page: the agenda either side adds to, the client's preparation and reflection,
// the coach's feedback, the shared notes and each one's private note; stale saves, Markdown made
// safe, and what a cancelled or not yet begun session refuses, with nothing half-saved.

const pageUrl = (id: string) => `/api/sessions/${id}`;
const noteUrl = (id: string, kind: string) => `/api/sessions/${id}/notes/${kind}`;

async function writeNote(member: Member, id: string, kind: string, body: string, revision = 0) {
  const response = await member.agent.put(noteUrl(id, kind), { body, revision });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function page(member: Member, id: string) {
  const response = await member.agent.get(pageUrl(id));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const expectRefused = (response: Response, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((response.body as { error: { code: string } }).error.code).toBe(code);
};

describe.each(databaseKinds())("the session page on the %s database", (kind) => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const t = useTestApp(kind, { logger: { level: "trace", stream } });
  let w: World;

  beforeAll(async () => {
    w = await buildWorld(t.current);
  });

  it("shows both parties the feedback and shared notes, and each only their own private note", async () => {
    const { id } = await pastSession(t.current, w);
    await writeNote(w.coach, id, "feedback", "You **listened first** in Tuesday's meeting.");
    await writeNote(w.coach, id, "shared", "Agreed: hand the budget review to Priya.");
    await writeNote(w.coach, id, "private", "Coach's own thought: he tires by Friday.");
    await writeNote(w.client, id, "private", "Client's own thought: I was nervous.");

    const coachView = await page(w.coach, id);
    const clientView = await page(w.client, id);
    for (const view of [coachView, clientView]) {
      expect(view.session).toMatchObject({ id, engagementId: w.engagement.id, when: "past" });
      expect(view.feedback.body).toBe("You **listened first** in Tuesday's meeting.");
      expect(view.feedback.html).toContain("<strong>listened first</strong>");
      expect(view.feedback.updatedBy).toEqual({ id: w.coach.id, name: w.coach.name });
      expect(view.shared).toMatchObject({ revision: 1, body: expect.stringContaining("Priya") });
    }
    expect(coachView.privateNote).toMatchObject({ body: expect.stringContaining("Coach's own") });
    expect(JSON.stringify(coachView)).not.toContain("Client's own");
    expect(clientView.privateNote).toMatchObject({ body: expect.stringContaining("Client's own") });
    expect(JSON.stringify(clientView)).not.toContain("Coach's own");
    expect(coachView.may).toMatchObject({ writeFeedback: true, writeReflection: false });
    expect(clientView.may).toMatchObject({ writeFeedback: false, writeReflection: true });
  });

  it("gives a page nobody has written on yet, with every note empty at revision 0", async () => {
    const { id } = await upcomingSession(t.current, w);
    const view = await page(w.client, id);
    expect(view.agenda).toEqual([]);
    for (const note of [view.feedback, view.shared, view.privateNote])
      expect(note).toMatchObject({ body: "", html: "", revision: 0, updatedBy: null });
    expect(view.preparation).toEqual({ wins: "", focus: "", question: "", updatedAt: null });
    expect(view.reflection).toEqual({
      learned: "",
      differently: "",
      rating: null,
      updatedAt: null,
    });
    expect(view.may).toMatchObject({ writePreparation: true, writeReflection: false });
    expect(view.session.place).toBe("https://meet.example.com/keel-test");
  });

  it("answers a save from a stale revision with a 409 holding the note as it is now, saving nothing", async () => {
    const { id } = await pastSession(t.current, w);
    await writeNote(w.coach, id, "shared", "The coach's version");
    const stale = await w.client.agent.put(noteUrl(id, "shared"), {
      body: "The client's version",
      revision: 0,
    });
    expectRefused(stale, 409, "stale_version");
    expect(stale.body.current).toMatchObject({
      kind: "shared",
      body: "The coach's version",
      revision: 1,
      updatedBy: { id: w.coach.id },
    });
    expect((await page(w.client, id)).shared.body).toBe("The coach's version");

    const merged = await writeNote(w.client, id, "shared", "Both versions, merged", 1);
    expect(merged).toMatchObject({ revision: 2, updatedBy: { id: w.client.id } });
    const late = await w.coach.agent.put(noteUrl(id, "shared"), { body: "Again", revision: 1 });
    expectRefused(late, 409, "stale_version");
    expect(late.body.current.body).toBe("Both versions, merged");
  });

  it("saves one of two first saves made at once, and answers the other with it", async () => {
    const { id } = await pastSession(t.current, w);
    const [coachs, clients] = await Promise.all([
      w.coach.agent.put(noteUrl(id, "shared"), { body: "From the coach", revision: 0 }),
      w.client.agent.put(noteUrl(id, "shared"), { body: "From the client", revision: 0 }),
    ]);
    expect([coachs.status, clients.status].sort()).toEqual([200, 409]);
    const [saved, refused] = coachs.status === 200 ? [coachs, clients] : [clients, coachs];
    expect(refused.body.current).toEqual(saved.body);
    expect((await page(w.coach, id)).shared).toEqual(saved.body);
  });

  it("keeps each private note to its author, with stale saves of one's own answered with one's own", async () => {
    const { id } = await pastSession(t.current, w);
    await writeNote(w.coach, id, "private", "Coach first draft");
    const clientFirst = await writeNote(w.client, id, "private", "Client first draft");
    expect(clientFirst.revision).toBe(1);
    const stale = await w.client.agent.put(noteUrl(id, "private"), {
      body: "Client again",
      revision: 0,
    });
    expectRefused(stale, 409, "stale_version");
    expect(stale.body.current.body).toBe("Client first draft");
    expect(JSON.stringify(stale.body)).not.toContain("Coach first draft");
    // A revision the client's note never had does not reach the coach's note either.
    const wrong = await w.client.agent.put(noteUrl(id, "private"), { body: "x", revision: 5 });
    expectRefused(wrong, 409, "stale_version");
    expect(JSON.stringify(wrong.body)).not.toContain("Coach first draft");
    expect((await page(w.coach, id)).privateNote.body).toBe("Coach first draft");
  });

  it("renders Markdown with raw HTML as text and only web and mail links, opened safely", async () => {
    const { id } = await pastSession(t.current, w);
    const hostile = [
      "<script>alert('x')</script>",
      '<img src=x onerror="alert(1)">',
      "[click](javascript:alert(1))",
      "[plan](https://example.com/plan)",
    ].join("\n\n");
    const saved = await writeNote(w.coach, id, "shared", hostile);
    const { html } = (await page(w.client, id)).shared;
    expect(saved.html).toBe(html);
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain(
      '<a href="https://example.com/plan" target="_blank" rel="noopener noreferrer nofollow">plan</a>',
    );
  });

  it("refuses text no database can store, and a note too long, naming the field without echoing it", async () => {
    const { id } = await pastSession(t.current, w);
    const nul = await w.coach.agent.put(noteUrl(id, "private"), {
      body: "UNSTORABLE-MARK\u0000",
      revision: 0,
    });
    expectRefused(nul, 400, "invalid_input");
    const long = `TOO-LONG-MARK ${"x".repeat(20_001)}`;
    const tooLong = await w.coach.agent.put(noteUrl(id, "private"), { body: long, revision: 0 });
    expectRefused(tooLong, 400, "invalid_input");
    expect(JSON.stringify(tooLong.body)).toContain("body");
    for (const response of [nul, tooLong])
      expect(JSON.stringify(response.body)).not.toMatch(/UNSTORABLE-MARK|TOO-LONG-MARK/);
    expect((await page(w.coach, id)).privateNote.revision).toBe(0);
  });

  it("lets either side add to the agenda; an item goes by its author or the coach", async () => {
    const { id } = await upcomingSession(t.current, w);
    const mine = await w.client.agent.post(`${pageUrl(id)}/agenda`, { text: "Friday handovers" });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ text: "Friday handovers", addedBy: { id: w.client.id } });
    const coaches = await w.coach.agent.post(`${pageUrl(id)}/agenda`, { text: "Your 360 themes" });
    const another = await w.client.agent.post(`${pageUrl(id)}/agenda`, { text: "Hiring" });
    expect((await page(w.coach, id)).agenda.map((item: { text: string }) => item.text)).toEqual([
      "Friday handovers",
      "Your 360 themes",
      "Hiring",
    ]);

    expectRefused(
      await w.client.agent.delete(`/api/session-agenda/${coaches.body.id}`),
      403,
      "forbidden",
    );
    expect((await w.client.agent.delete(`/api/session-agenda/${mine.body.id}`)).status).toBe(204);
    expect((await w.coach.agent.delete(`/api/session-agenda/${another.body.id}`)).status).toBe(204);
    expect((await page(w.client, id)).agenda).toEqual([
      expect.objectContaining({ id: coaches.body.id }),
    ]);
    const blank = await w.client.agent.post(`${pageUrl(id)}/agenda`, { text: "   " });
    expectRefused(blank, 400, "invalid_input");
  });

  it("takes the client's preparation until the session ends, and only the client's", async () => {
    const upcoming = await upcomingSession(t.current, w);
    const preparation = { wins: "Delegated the report", focus: "Meetings", question: "How?" };
    const saved = await w.client.agent.put(`${pageUrl(upcoming.id)}/preparation`, preparation);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject(preparation);
    const changed = await w.client.agent.put(`${pageUrl(upcoming.id)}/preparation`, {
      ...preparation,
      question: "How do I stay quiet longer?",
    });
    expect(changed.body.question).toBe("How do I stay quiet longer?");
    expect((await page(w.coach, upcoming.id)).preparation).toMatchObject({
      wins: preparation.wins,
    });
    expectRefused(
      await w.coach.agent.put(`${pageUrl(upcoming.id)}/preparation`, preparation),
      403,
      "forbidden",
    );

    const past = await pastSession(t.current, w);
    const late = await w.client.agent.put(`${pageUrl(past.id)}/preparation`, preparation);
    expectRefused(late, 409, "session_past");
    expect((await page(w.client, past.id)).preparation.updatedAt).toBeNull();
  });

  it("takes the client's reflection once the session has started, rated 1 to 10 or not at all", async () => {
    const upcoming = await upcomingSession(t.current, w);
    const reflection = { learned: "Pausing works", differently: "Ask first", rating: 9 };
    const early = await w.client.agent.put(`${pageUrl(upcoming.id)}/reflection`, reflection);
    expectRefused(early, 409, "session_not_started");
    const stored = await t.current.handle.db
      .select()
      .from(sessionReflection)
      .where(eq(sessionReflection.sessionId, upcoming.id));
    expect(stored).toEqual([]);

    const past = await pastSession(t.current, w);
    const url = `${pageUrl(past.id)}/reflection`;
    expectRefused(
      await w.client.agent.put(url, { ...reflection, rating: 11 }),
      400,
      "invalid_input",
    );
    expectRefused(
      await w.client.agent.put(url, { ...reflection, rating: 0 }),
      400,
      "invalid_input",
    );
    expectRefused(await w.coach.agent.put(url, reflection), 403, "forbidden");
    const saved = await w.client.agent.put(url, reflection);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await page(w.coach, past.id)).reflection).toMatchObject(reflection);
    const unrated = await w.client.agent.put(url, { ...reflection, rating: null });
    expect(unrated.body.rating).toBeNull();
  });

  it("refuses the coach's feedback from the client", async () => {
    const { id } = await pastSession(t.current, w);
    const response = await w.client.agent.put(noteUrl(id, "feedback"), { body: "x", revision: 0 });
    expectRefused(response, 403, "forbidden");
    expect((await page(w.coach, id)).feedback.revision).toBe(0);
  });

  it("shows a cancelled session but refuses every write on it, saving nothing", async () => {
    const { id } = await cancelledSession(t.current, w);
    const view = await page(w.client, id);
    expect(view.session).toMatchObject({ status: "cancelled", when: "cancelled" });
    expect(Object.values(view.may).some(Boolean)).toBe(false);
    for (const kind of ["feedback", "shared", "private"])
      expectRefused(
        await w.coach.agent.put(noteUrl(id, kind), { body: "Too late", revision: 0 }),
        409,
        "session_cancelled",
      );
    const writes = [
      w.client.agent.put(noteUrl(id, "private"), { body: "Too late", revision: 0 }),
      w.client.agent.post(`${pageUrl(id)}/agenda`, { text: "Too late" }),
      w.client.agent.put(`${pageUrl(id)}/preparation`, { wins: "", focus: "", question: "" }),
    ];
    for (const response of await Promise.all(writes))
      expectRefused(response, 409, "session_cancelled");
    const db = t.current.handle.db;
    expect(await db.select().from(sessionNote).where(eq(sessionNote.sessionId, id))).toEqual([]);
    expect(
      await db.select().from(sessionAgendaItem).where(eq(sessionAgendaItem.sessionId, id)),
    ).toEqual([]);
  });

  it("shows a session of a closed engagement but refuses writes on it", async () => {
    const closing = await openEngagement(w.coach, w.client, undefined, { title: "Closed one" });
    const { id } = await pastSession(t.current, { coach: w.coach, engagement: closing });
    await t.current.handle.db
      .update(engagement)
      .set({ stage: "closed" })
      .where(eq(engagement.id, closing.id));
    const view = await page(w.client, id);
    expect(Object.values(view.may).some(Boolean)).toBe(false);
    expectRefused(
      await w.coach.agent.put(noteUrl(id, "shared"), { body: "After the end", revision: 0 }),
      409,
      "engagement_closed",
    );
    expectRefused(
      await w.client.agent.put(`${pageUrl(id)}/reflection`, {
        learned: "",
        differently: "",
        rating: 7,
      }),
      409,
      "engagement_closed",
    );
  });

  it("never logs a note, not even when the database refuses it", async () => {
    const marker = "PRIVATE-LOG-MARKER-3c9e";
    await t.current.handle.db.execute(
      sql.raw(`alter table session_note add constraint refuses_log_marker
        check (body not like '%REFUSED-${marker}%')`),
    );
    const { id } = await pastSession(t.current, w);
    await writeNote(w.coach, id, "private", `Saved ${marker}`);
    const stale = await w.coach.agent.put(noteUrl(id, "private"), { body: marker, revision: 0 });
    expect(stale.status).toBe(409);
    const refused = await w.client.agent.put(noteUrl(id, "private"), {
      body: `REFUSED-${marker}`,
      revision: 0,
    });
    expect(refused.status).toBe(500);
    expect(JSON.stringify(refused.body)).not.toContain(marker);
    expect(lines.join("\n")).toContain("/api/sessions/");
    expect(lines.join("\n")).not.toContain(marker);
  });
});
