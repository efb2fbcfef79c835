import type { SlotList } from "../../contract/sessions";
import { bookableBetween, freeSlots } from "../../domain/sessions/availability";
import {
  addDays,
  localParts,
  startOfLocalDay,
  utcMidnight,
} from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { invalidInput } from "../http/errors";
import { requireSessionsOf } from "./access";
import { requireTimeZone, rulesOf } from "./availability";
import { busyRanges, countUsed } from "./queries";

// The coach's free slots between two days, as the reader sees them: the days are the reader's
// (their zone, or the coach's), and each slot carries its local date and time there.

const MAX_DAYS = 62;
const DAY = 86_400_000;

export async function listSlots(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  query: { from: string; to: string; timeZone?: string | undefined },
): Promise<SlotList> {
  const { row, relation } = await requireSessionsOf(ctx, viewer, engagementId);
  const readerZone = query.timeZone ? requireTimeZone(query.timeZone) : undefined;
  refuseRange(query.from, query.to);
  const { rules } = await rulesOf(ctx.db, row.engagement.coachId);
  const zone = readerZone ?? rules.timeZone;
  const empty = (because: string): SlotList => ({
    slots: [],
    timeZone: zone,
    emptyBecause: because,
  });
  if (row.engagement.stage === "closed") return empty("This engagement is closed.");
  if (relation === "client") {
    const planned = row.engagement.sessionsPlanned;
    if ((await countUsed(ctx.db, engagementId)) >= planned)
      return empty(`All ${planned} sessions of this engagement are used or booked.`);
  }
  const from = startOfLocalDay(query.from, zone);
  const to = startOfLocalDay(addDays(query.to, 1), zone);
  const now = new Date();
  const { earliest, latest } = bookableBetween(rules, now);
  if (from > latest)
    return empty(`The coach takes bookings up to ${rules.horizonDays} days ahead.`);
  if (to <= earliest)
    return empty(
      `These days are past, or closer than the coach's ${rules.minNoticeHours} hours' notice.`,
    );
  const busy = await busyRanges(
    ctx.db,
    row.engagement.coachId,
    new Date(from.getTime() - DAY),
    new Date(to.getTime() + DAY),
  );
  const starts = freeSlots(rules, { from, to, now, busy });
  const length = rules.sessionMinutes * 60_000;
  return {
    slots: starts.map((start) => {
      const local = localParts(start, zone);
      return {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + length).toISOString(),
        localDate: local.date,
        localTime: local.time,
      };
    }),
    timeZone: zone,
    emptyBecause: starts.length === 0 ? "The coach has no free time on these days." : null,
  };
}

function refuseRange(from: string, to: string) {
  if (to < from)
    throw invalidInput([{ path: "to", message: "Make the last day no earlier than the first" }]);
  const days = (utcMidnight(to) - utcMidnight(from)) / DAY + 1;
  if (days > MAX_DAYS)
    throw invalidInput([{ path: "to", message: `Ask for at most ${MAX_DAYS} days at a time` }]);
}
