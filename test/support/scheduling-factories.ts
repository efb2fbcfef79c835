import { expect } from "vitest";
import type { Member } from "./factories";
import { daysFromToday } from "./feedback-factories";

// What the sessions tests share: the free slots a member sees, and booking one.

export interface Slot {
  startsAt: string;
  endsAt: string;
  localDate: string;
  localTime: string;
}

/** The coach's free slots from two days ahead, as the member sees them. */
export async function freeSlots(
  member: Member,
  engagementId: string,
  { from = 2, to = 16, timeZone }: { from?: number; to?: number; timeZone?: string } = {},
): Promise<Slot[]> {
  const zone = timeZone ? `&timeZone=${encodeURIComponent(timeZone)}` : "";
  const response = await member.agent.get(
    `/api/engagements/${engagementId}/slots?from=${daysFromToday(from)}&to=${daysFromToday(to)}${zone}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.slots;
}

/** Books a session at `startsAt` as the member; answers the response. */
export function book(
  member: Member,
  engagementId: string,
  startsAt: string,
  extra: Record<string, unknown> = {},
) {
  return member.agent.post(`/api/engagements/${engagementId}/sessions`, {
    startsAt,
    mode: "video",
    ...extra,
  });
}

/** Books the member's first free slot, expecting it to succeed; answers the session. */
export async function bookFirstSlot(member: Member, engagementId: string) {
  const [slot] = await freeSlots(member, engagementId);
  if (!slot) throw new Error("no free slot");
  const response = await book(member, engagementId, slot.startsAt);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; startsAt: string; sequence: number };
}

/** An instant `hours` from now, on the minute, as ISO 8601. */
export function hoursFromNow(hours: number): string {
  const at = new Date(Date.now() + hours * 3_600_000);
  at.setUTCSeconds(0, 0);
  return at.toISOString();
}
