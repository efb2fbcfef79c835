import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { coachAvailability, coachingSession } from "../../src/server/db/schema";
import { inviteAndAccept, openEngagement, signUpCoach } from "../support/factories";
import { book, bookFirstSlot, freeSlots, hoursFromNow } from "../support/scheduling-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

const HOURS = {
  timeZone: "Europe/London",
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  sessionMinutes: 60,
  bufferMinutes: 15,
  minNoticeHours: 24,
  horizonDays: 60,
  lateCancelHours: 24,
  maxMoves: 2,
};

describe.each(databaseKinds())("scheduling sessions on the %s database", (kind) => {
  const t = useTestApp(kind);

  /** A coach of their own with a client in an engagement: tests do not share a calendar. */
  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client");
    const engagementId = (await openEngagement(coach, client)).id;
    return { coach, client, engagementId };
  }

  const sessionsOf = (engagementId: string) =>
    t.current.ctx.db
      .select()
      .from(coachingSession)
      .where(eq(coachingSession.engagementId, engagementId));

  it("shows a coach the default hours until they save their own, and refuses bad hours whole", async () => {
    const { coach, client } = await practice("hours");
    const defaults = await coach.agent.get("/api/me/availability");
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({ ...HOURS, saved: false });

    const cases: [string, Record<string, unknown>, string][] = [
      ["an unknown zone", { timeZone: "Europe/Atlantis" }, "timeZone"],
      [
        "an end before the start",
        { weekly: [{ weekday: 1, start: "12:00", end: "09:00" }] },
        "weekly.0.end",
      ],
      [
        "overlapping hours",
        {
          weekly: [
            { weekday: 2, start: "09:00", end: "12:00" },
            { weekday: 2, start: "11:30", end: "13:00" },
          ],
        },
        "weekly.1.start",
      ],
      [
        "a time that is no time",
        { weekly: [{ weekday: 1, start: "25:00", end: "26:00" }] },
        "weekly.0.start",
      ],
    ];
    for (const [what, change, path] of cases) {
      const response = await coach.agent.put("/api/me/availability", { ...HOURS, ...change });
      expect(response.status, what).toBe(400);
      expect(pathsOf(response.body), what).toContain(path);
    }
    expect((await coach.agent.get("/api/me/availability")).body.saved).toBe(false);

    const mine = {
      ...HOURS,
      timeZone: "America/New_York",
      weekly: [{ weekday: 6, start: "08:30", end: "12:00" }],
    };
    const saved = await coach.agent.put("/api/me/availability", mine);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await coach.agent.get("/api/me/availability")).body).toEqual({ ...mine, saved: true });
    expect((await client.agent.get("/api/me/availability")).status).toBe(403);
  });

  it("keeps each person's time zone, refusing one it does not know", async () => {
    const { client } = await practice("zone");
    const unknown = await client.agent.put("/api/me/time-zone", { timeZone: "Mars/Olympus" });
    expect(unknown.status).toBe(400);
    expect(pathsOf(unknown.body)).toEqual(["timeZone"]);
    const known = await client.agent.put("/api/me/time-zone", { timeZone: "America/New_York" });
    expect(known.status).toBe(200);
    expect(known.body).toEqual({ timeZone: "America/New_York" });
  });

  it("offers the coach's free slots in the reader's zone, and says why there are none", async () => {
    const { client, engagementId } = await practice("slots");
    const slots = await freeSlots(client, engagementId);
    expect(slots.length).toBeGreaterThan(30);
    const earliest = Date.now() + 24 * 3_600_000;
    for (const slot of slots) {
      expect(new Date(slot.startsAt).getTime()).toBeGreaterThanOrEqual(earliest);
      const london = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/London",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(new Date(slot.startsAt));
      expect(london).toMatch(/^(Mon|Tue|Wed|Thu|Fri) (09|1[0-6]):00$/);
      expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(3_600_000);
    }
    const inNewYork = await freeSlots(client, engagementId, { timeZone: "America/New_York" });
    expect(inNewYork.map((s) => s.startsAt)).toEqual(
      slots.filter((s) => inNewYork.some((n) => n.startsAt === s.startsAt)).map((s) => s.startsAt),
    );
    expect(inNewYork.every((s) => /^(0[3-9]|1[0-2]):00$/.test(s.localTime))).toBe(true);

    const url = `/api/engagements/${engagementId}/slots`;
    const tooLong = await client.agent.get(`${url}?from=2027-01-01&to=2027-03-15`);
    expect(tooLong.status).toBe(400);
    expect(pathsOf(tooLong.body)).toEqual(["to"]);
    const badZone = await client.agent.get(`${url}?from=2027-01-01&to=2027-01-15&timeZone=Nowhere`);
    expect(badZone.status).toBe(400);
    expect(pathsOf(badZone.body)).toEqual(["timeZone"]);
    const far = await freeSlots(client, engagementId, { from: 100, to: 120 });
    expect(far).toEqual([]);
    const farBody = (await client.agent.get(`${url}?from=2030-01-01&to=2030-01-31`)).body;
    expect(farBody.emptyBecause).toMatch(/up to 60 days ahead/);
  });

  it("books a free slot for the client, shows the engagement's link, and takes the slot off the list", async () => {
    const { coach, client, engagementId } = await practice("booking");
    const link = await coach.agent.put(`/api/engagements/${engagementId}/meeting-link`, {
      meetingLink: "https://meet.example.com/room",
    });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(
      (
        await client.agent.put(`/api/engagements/${engagementId}/meeting-link`, {
          meetingLink: null,
        })
      ).status,
    ).toBe(403);
    const badLink = await coach.agent.put(`/api/engagements/${engagementId}/meeting-link`, {
      meetingLink: "javascript:alert(1)",
    });
    expect(badLink.status).toBe(400);

    const [first, second] = await freeSlots(client, engagementId);
    if (!first || !second) throw new Error("no slots");
    const booked = await book(client, engagementId, first.startsAt);
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(booked.body).toMatchObject({
      startsAt: first.startsAt,
      endsAt: first.endsAt,
      mode: "video",
      place: "https://meet.example.com/room",
      status: "scheduled",
      when: "upcoming",
      timeZone: "Europe/London",
      moves: 0,
      movesLeft: 2,
      sequence: 0,
      countsAsUsed: false,
      client: { id: client.id },
      coach: { id: coach.id },
    });
    const [row] = await sessionsOf(engagementId);
    expect(row).toMatchObject({
      place: "",
      icalUid: `${booked.body.id}@keel`,
      bookedBy: client.id,
    });
    expect(row?.busyUntil.getTime()).toBe(Date.parse(first.endsAt) + 15 * 60_000);

    // The next hour is inside the buffer of the session just booked.
    const after = await freeSlots(client, engagementId);
    expect(after.map((s) => s.startsAt)).not.toContain(first.startsAt);
    expect(after.map((s) => s.startsAt)).not.toContain(second.startsAt);

    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      allowance: { planned: 6, used: 1, left: 5 },
      meetingLink: "https://meet.example.com/room",
      mayBook: true,
    });
    expect(list.body.sessions.map((s: { id: string }) => s.id)).toEqual([booked.body.id]);
    const engagement = await coach.agent.get(`/api/engagements/${engagementId}`);
    expect(engagement.body.sessionsUsed).toBe(1);
    const page = await coach.agent.get("/api/engagements");
    const listed = page.body.items.find((e: { id: string }) => e.id === engagementId);
    expect(listed.sessionsUsed).toBe(1);

    const phone = await client.agent.patch(`/api/sessions/${booked.body.id}`, {
      mode: "phone",
      place: "+44 20 7946 0000",
    });
    expect(phone.status).toBe(200);
    expect(phone.body).toMatchObject({ mode: "phone", place: "+44 20 7946 0000", sequence: 1 });
  });

  it("refuses the client a time that is no free slot, saying why, and saves nothing", async () => {
    const { client, engagementId } = await practice("refusals");
    const [slot] = await freeSlots(client, engagementId);
    if (!slot) throw new Error("no slots");
    const cases: [string, string, RegExp][] = [
      [
        "off the grid",
        new Date(Date.parse(slot.startsAt) + 30 * 60_000).toISOString(),
        /free slots/,
      ],
      ["inside the notice", hoursFromNow(3), /24 hours/],
      [
        "past the horizon",
        new Date(Date.parse(slot.startsAt) + 70 * 86_400_000).toISOString(),
        /60 days/,
      ],
      ["in the past", hoursFromNow(-30), /24 hours/],
    ];
    for (const [what, startsAt, message] of cases) {
      const response = await book(client, engagementId, startsAt);
      expect(response.status, what).toBe(400);
      expect(response.body.error.message, what).toMatch(message);
      expect(pathsOf(response.body), what).toEqual(["startsAt"]);
    }
    const badZone = await book(client, engagementId, slot.startsAt, {
      timeZone: "Atlantis/Capital",
    });
    expect(badZone.status).toBe(400);
    expect(pathsOf(badZone.body)).toEqual(["timeZone"]);
    const badMode = await book(client, engagementId, slot.startsAt, { mode: "telepathy" });
    expect(badMode.status).toBe(400);
    expect(await sessionsOf(engagementId)).toEqual([]);
  });

  it("lets the coach book any time ahead, but never the past and never over another session", async () => {
    const { coach, engagementId } = await practice("coach-books");
    const sunday = new Date(Date.now() + 3 * 86_400_000);
    sunday.setUTCDate(sunday.getUTCDate() + ((7 - sunday.getUTCDay()) % 7));
    sunday.setUTCHours(19, 45, 0, 0);
    const offHours = await book(coach, engagementId, sunday.toISOString(), {
      mode: "in_person",
      place: "The office, 1 High Street",
    });
    expect(offHours.status, JSON.stringify(offHours.body)).toBe(201);
    expect(offHours.body.place).toBe("The office, 1 High Street");
    const soon = await book(coach, engagementId, hoursFromNow(2));
    expect(soon.status).toBe(201);
    const past = await book(coach, engagementId, hoursFromNow(-2));
    expect(past.status).toBe(400);
    expect(pathsOf(past.body)).toEqual(["startsAt"]);

    // Inside the first session's end plus the buffer: refused by the database's constraint.
    const overlapping = await book(
      coach,
      engagementId,
      new Date(sunday.getTime() + 70 * 60_000).toISOString(),
    );
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error.code).toBe("slot_taken");
    expect(await sessionsOf(engagementId)).toHaveLength(2);
  });

  it("gives one of two clients booking the coach's same slot at once the slot, the other a 409", async () => {
    const { coach, client, engagementId } = await practice("race");
    const other = await inviteAndAccept(t.current, coach, "client");
    const otherEngagement = (await openEngagement(coach, other)).id;
    const [slot] = await freeSlots(client, engagementId);
    if (!slot) throw new Error("no slots");
    const answers = await Promise.all([
      book(client, engagementId, slot.startsAt),
      book(other, otherEngagement, slot.startsAt),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body.error.code).toBe("slot_taken");
    const rows = await t.current.ctx.db
      .select()
      .from(coachingSession)
      .where(eq(coachingSession.coachId, coach.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.startsAt.toISOString()).toBe(slot.startsAt);
  });

  it("stops the client at the allowance, counting a late cancellation and not an early one", async () => {
    const { coach, client, engagementId } = await practice("allowance");
    await coach.agent.patch(`/api/engagements/${engagementId}`, { sessionsPlanned: 3 });

    const early = await bookFirstSlot(client, engagementId);
    const earlyCancel = await client.agent.post(`/api/sessions/${early.id}/cancel`, {
      reason: "Travelling",
    });
    expect(earlyCancel.status, JSON.stringify(earlyCancel.body)).toBe(200);
    expect(earlyCancel.body).toMatchObject({
      status: "cancelled",
      when: "cancelled",
      countsAsUsed: false,
      cancelReason: "Travelling",
      sequence: 1,
    });

    const soon = await book(coach, engagementId, hoursFromNow(3));
    expect(soon.status).toBe(201);
    const late = await client.agent.post(`/api/sessions/${soon.body.id}/cancel`, {});
    expect(late.status).toBe(200);
    expect(late.body.countsAsUsed).toBe(true);
    const [cancelledRow] = (await sessionsOf(engagementId)).filter((s) => s.id === soon.body.id);
    expect(cancelledRow).toMatchObject({ cancelledBy: client.id, countsAsUsed: 1 });

    const again = await client.agent.post(`/api/sessions/${soon.body.id}/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("session_cancelled");
    const moveCancelled = await client.agent.post(`/api/sessions/${soon.body.id}/move`, {
      startsAt: hoursFromNow(100),
    });
    expect(moveCancelled.status).toBe(409);
    expect(moveCancelled.body.error.code).toBe("session_cancelled");

    // One late cancellation and this: 2 of 3. Then the third, and the allowance is used.
    await bookFirstSlot(client, engagementId);
    await bookFirstSlot(client, engagementId);
    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.body.allowance).toEqual({ planned: 3, used: 3, left: 0 });
    expect(list.body.mayBook).toBe(false);
    expect((await coach.agent.get(`/api/engagements/${engagementId}/sessions`)).body.mayBook).toBe(
      true,
    );
    const slots = await client.agent.get(
      `/api/engagements/${engagementId}/slots?from=2027-01-01&to=2027-01-31`,
    );
    expect(slots.body).toMatchObject({ slots: [], emptyBecause: expect.stringMatching(/All 3/) });
    const [free] = await freeSlots(coach, engagementId);
    const over = await book(client, engagementId, free?.startsAt ?? "");
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe("allowance_used");
    expect(await sessionsOf(engagementId)).toHaveLength(4);
    expect((await coach.agent.get(`/api/engagements/${engagementId}`)).body.sessionsUsed).toBe(3);
  });

  it("counts the allowance one booking at a time when the client books two slots at once", async () => {
    const { coach, client, engagementId } = await practice("allowance-race");
    await coach.agent.patch(`/api/engagements/${engagementId}`, { sessionsPlanned: 1 });
    const [first, , third] = await freeSlots(client, engagementId);
    if (!first || !third) throw new Error("no slots");
    const answers = await Promise.all([
      book(client, engagementId, first.startsAt),
      book(client, engagementId, third.startsAt),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.error.code).toBe("allowance_used");
    expect(await sessionsOf(engagementId)).toHaveLength(1);
  });

  it("moves a session within the coach's limit, raising its sequence, and refuses the rest", async () => {
    const { coach, client, engagementId } = await practice("moves");
    const saved = await coach.agent.put("/api/me/availability", { ...HOURS, maxMoves: 1 });
    expect(saved.status).toBe(200);
    const session = await bookFirstSlot(client, engagementId);
    const slots = await freeSlots(client, engagementId);
    const target = slots.at(-1);
    if (!target) throw new Error("no slots");

    const offGrid = await client.agent.post(`/api/sessions/${session.id}/move`, {
      startsAt: new Date(Date.parse(target.startsAt) + 10 * 60_000).toISOString(),
    });
    expect(offGrid.status).toBe(400);
    expect(pathsOf(offGrid.body)).toEqual(["startsAt"]);

    const moved = await client.agent.post(`/api/sessions/${session.id}/move`, {
      startsAt: target.startsAt,
      reason: "A clash at work",
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({
      startsAt: target.startsAt,
      endsAt: target.endsAt,
      moves: 1,
      movesLeft: 0,
      sequence: 1,
    });
    const [row] = await sessionsOf(engagementId);
    expect(row?.icalUid).toBe(`${session.id}@keel`);
    expect(row?.busyUntil.getTime()).toBe(Date.parse(target.endsAt) + 15 * 60_000);

    const twice = await coach.agent.post(`/api/sessions/${session.id}/move`, {
      startsAt: hoursFromNow(200),
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("moves_used");
    expect(twice.body.error.message).toMatch(/moved 1 times/);
    const [unchanged] = await sessionsOf(engagementId);
    expect(unchanged?.startsAt.toISOString()).toBe(target.startsAt);
  });

  it("refuses to move or change a session that has begun", async () => {
    const { coach, client, engagementId } = await practice("past");
    const startsAt = new Date(Date.now() - 7 * 86_400_000);
    const [past] = await t.current.ctx.db
      .insert(coachingSession)
      .values({
        engagementId,
        coachId: coach.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        busyUntil: new Date(startsAt.getTime() + 4_500_000),
        timeZone: "Europe/London",
        mode: "video",
        icalUid: `past-${engagementId}@keel`,
        bookedBy: coach.id,
      })
      .returning();
    if (!past) throw new Error("not inserted");
    const move = await coach.agent.post(`/api/sessions/${past.id}/move`, {
      startsAt: hoursFromNow(48),
    });
    expect(move.status).toBe(409);
    expect(move.body.error.code).toBe("session_past");
    expect((await client.agent.post(`/api/sessions/${past.id}/cancel`, {})).status).toBe(409);
    expect((await client.agent.patch(`/api/sessions/${past.id}`, { mode: "phone" })).status).toBe(
      409,
    );
    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.body.sessions[0]).toMatchObject({ id: past.id, when: "past" });
    expect(list.body.allowance.used).toBe(1);
  });

  it("books nothing in a closed engagement", async () => {
    const { coach, client, engagementId } = await practice("closed");
    const [slot] = await freeSlots(client, engagementId);
    const session = await bookFirstSlot(client, engagementId);
    const closed = await coach.agent.post(`/api/engagements/${engagementId}/stage`, {
      to: "closed",
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const refused = await book(coach, engagementId, slot?.startsAt ?? "");
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("engagement_closed");
    const cancel = await client.agent.post(`/api/sessions/${session.id}/cancel`, {});
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe("engagement_closed");
    const rows = await sessionsOf(engagementId);
    expect(rows.map((r) => r.status)).toEqual(["scheduled"]);
    const slots = await client.agent.get(
      `/api/engagements/${engagementId}/slots?from=2027-01-01&to=2027-01-31`,
    );
    expect(slots.body.emptyBecause).toMatch(/closed/);
    const stored = await t.current.ctx.db
      .select()
      .from(coachAvailability)
      .where(and(eq(coachAvailability.coachId, coach.id)));
    expect(stored).toEqual([]);
  });
});
