import { randomUUID } from "node:crypto";
import { coachingSession } from "../../src/server/db/schema";
import type { World } from "./factories";
import type { TestApp } from "./test-app";

// Sessions written straight into the database, as if booked, so that the tests of the session
// page do not depend on the booking routes. Each session gets a day of its own, so that none
// overlaps another of the same coach (the database refuses that).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let days = 0;

type Parties = Pick<World, "engagement" | "coach">;

export interface SessionAt {
  /** Before now or after it, on a day no other session of the file takes. */
  when: "past" | "upcoming";
  status?: "scheduled" | "cancelled";
}

/** A one-hour video session of the world's engagement, held by its coach. */
export async function insertSession(
  t: TestApp,
  world: Parties,
  at: SessionAt,
): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
  days += 1;
  const offset = (at.when === "past" ? -days : days) * DAY;
  const startsAt = new Date(Date.now() + offset);
  const endsAt = new Date(startsAt.getTime() + HOUR);
  const cancelled = at.status === "cancelled";
  const [row] = await t.handle.db
    .insert(coachingSession)
    .values({
      engagementId: world.engagement.id,
      coachId: world.coach.id,
      startsAt,
      endsAt,
      busyUntil: endsAt,
      timeZone: "Europe/London",
      mode: "video",
      place: "https://meet.example.com/keel-test",
      icalUid: `${randomUUID()}@keel.test`,
      bookedBy: world.coach.id,
      status: at.status ?? "scheduled",
      cancelledAt: cancelled ? new Date() : null,
      cancelledBy: cancelled ? world.coach.id : null,
      cancelReason: cancelled ? "Travelling that week" : null,
    })
    .returning({ id: coachingSession.id });
  if (!row) throw new Error("the session was not inserted");
  return { id: row.id, startsAt, endsAt };
}

export const pastSession = (t: TestApp, world: Parties) =>
  insertSession(t, world, { when: "past" });
export const upcomingSession = (t: TestApp, world: Parties) =>
  insertSession(t, world, { when: "upcoming" });
export const cancelledSession = (t: TestApp, world: Parties) =>
  insertSession(t, world, { when: "upcoming", status: "cancelled" });
