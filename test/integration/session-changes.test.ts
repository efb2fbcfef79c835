import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mail } from "../../src/server/db/schema";
import { countQueries } from "../support/count-queries";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { book, hoursFromNow } from "../support/scheduling-factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Changing how and where a session is held, checked against its mode; the coach's rule of late
// cancellation with the sessions; and a series' rule, in words, on each of its sessions.

const pathsOf = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

describe.each(databaseKinds())("changing sessions on the %s database", (kind) => {
  const t = useTestApp(kind);

  async function practice(label: string) {
    const coach = await signUpCoach(t.current, label);
    const client = await inviteAndAccept(t.current, coach, "client", `${label}-client`);
    const engagementId = (await openEngagement(coach, client)).id;
    return { coach, client, engagementId };
  }
  const mailsTo = async (person: Member) =>
    (await t.current.ctx.db.select().from(mail).where(eq(mail.to, person.email))).filter(
      (row) => row.calendar,
    ).length;

  it("changes a session's mode and place for either party, refusing a place that does not fit, and mails both only on a change", async () => {
    const { coach, client, engagementId } = await practice("change");
    const booked = await book(coach, engagementId, hoursFromNow(72));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const path = `/api/sessions/${booked.body.id}`;
    const before = { coach: await mailsTo(coach), client: await mailsTo(client) };

    const noAddress = await client.agent.patch(path, { mode: "in_person", place: "  " });
    expect(noAddress.status).toBe(400);
    expect(pathsOf(noAddress.body)).toEqual(["place"]);
    expect(noAddress.body.error.fields[0].message).toBe("Give the address where you will meet");
    const badNumber = await coach.agent.patch(path, { mode: "phone", place: "call me" });
    expect(pathsOf(badNumber.body)).toEqual(["place"]);
    const badLink = await coach.agent.patch(path, { mode: "video", place: "http://x.example" });
    expect(badLink.status).toBe(400);
    expect(badLink.body.error.fields[0].message).toMatch(/https:\/\//);
    const page = await client.agent.get(path);
    expect(page.body.session).toMatchObject({ mode: "video", sequence: 0 });
    expect(page.body.may.change).toBe(true);

    const inPerson = await coach.agent.patch(path, {
      mode: "in_person",
      place: "1 High Street, Leeds",
    });
    expect(inPerson.status, JSON.stringify(inPerson.body)).toBe(200);
    expect(inPerson.body).toMatchObject({
      mode: "in_person",
      place: "1 High Street, Leeds",
      sequence: 1,
    });
    expect(await mailsTo(coach)).toBe(before.coach + 1);
    expect(await mailsTo(client)).toBe(before.client + 1);

    const same = await client.agent.patch(path, {
      mode: "in_person",
      place: "1 High Street, Leeds",
    });
    expect(same.body.sequence).toBe(1);
    expect(await mailsTo(client)).toBe(before.client + 1);

    // A booking and a series are held to the same rule, and nothing of them is saved.
    const phoneless = await book(coach, engagementId, hoursFromNow(96), { mode: "phone" });
    expect(phoneless.status).toBe(400);
    expect(pathsOf(phoneless.body)).toEqual(["place"]);
    const series = await coach.agent.post(`/api/engagements/${engagementId}/series`, {
      rrule: "FREQ=WEEKLY;COUNT=2",
      firstDate: new Date(hoursFromNow(24 * 9)).toISOString().slice(0, 10),
      localTime: "07:00",
      timeZone: "Europe/London",
      mode: "in_person",
    });
    expect(series.status).toBe(400);
    expect(pathsOf(series.body)).toEqual(["place"]);
    const listed = await coach.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(listed.body.sessions).toHaveLength(1);

    // A video session with no link of its own shows the engagement's.
    await coach.agent.put(`/api/engagements/${engagementId}/meeting-link`, {
      meetingLink: "https://meet.example.com/room",
    });
    const video = await client.agent.patch(path, { mode: "video", place: "" });
    expect(video.body).toMatchObject({
      mode: "video",
      place: "https://meet.example.com/room",
      usesEngagementLink: true,
    });
  });

  it("lists sessions with the coach's late-cancellation rule, on the list and the session's page", async () => {
    const { coach, client, engagementId } = await practice("late-rule");
    const hours = await coach.agent.get("/api/me/availability");
    const saved = await coach.agent.put("/api/me/availability", {
      ...hours.body,
      saved: undefined,
      lateCancelHours: 36,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const booked = await book(coach, engagementId, hoursFromNow(96));
    const list = await client.agent.get(`/api/engagements/${engagementId}/sessions`);
    expect(list.body.lateCancelHours).toBe(36);
    const page = await client.agent.get(`/api/sessions/${booked.body.id}`);
    expect(page.body.lateCancelHours).toBe(36);
    expect(page.body.session.seriesRule).toBeNull();
  });

  it("says each occurrence's series rule in words, in as many queries however many sessions", async () => {
    const { coach, client, engagementId } = await practice("series-words");
    await book(coach, engagementId, hoursFromNow(72));
    const listPath = `/api/engagements/${engagementId}/sessions`;
    await client.agent.get(listPath); // the sign-in's first request reads more
    let count = countQueries(t.current);
    expect((await client.agent.get(listPath)).status).toBe(200);
    const queriesForOne = count.stop();

    const series = await coach.agent.post(`/api/engagements/${engagementId}/series`, {
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4",
      firstDate: "2035-03-20",
      localTime: "08:30",
      timeZone: "Europe/London",
      mode: "video",
    });
    expect(series.status, JSON.stringify(series.body)).toBe(201);
    count = countQueries(t.current);
    const list = await client.agent.get(listPath);
    expect(count.stop()).toBe(queriesForOne);
    const rules = list.body.sessions.map((s: { seriesRule: string | null }) => s.seriesRule);
    expect(rules).toEqual([null, ...Array(4).fill("Every second Tuesday at 08:30, London time")]);
    const occurrence = series.body.sessions[0];
    expect(occurrence.seriesRule).toBe("Every second Tuesday at 08:30, London time");
    const page = await coach.agent.get(`/api/sessions/${occurrence.id}`);
    expect(page.body.session.seriesRule).toBe("Every second Tuesday at 08:30, London time");
  });
});
