import { date, index, pgEnum, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { createdAt, user } from "./core-schema";
import { programme } from "./programme-schema";

// The sponsors of a programme (issue 20): members of the practice with the sponsor role whom
// the admin named; each sees the programme's aggregates, never a participant (decision 031).

export const programmeSponsor = pgTable(
  "programme_sponsor",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.userId] }),
    index("programme_sponsor_user_idx").on(t.userId),
  ],
);

export const sponsorReportOutcome = pgEnum("sponsor_report_outcome", ["mailed", "skipped"]);

/**
 * A sponsor's report of one period (its day, the 1st of a month or quarter), claimed in the
 * transaction of its mail: the key refuses a second process; one found too late, or whose
 * sponsor turned the mail off, is recorded as skipped.
 */
export const sponsorReportMailing = pgTable(
  "sponsor_report_mailing",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    sponsorId: uuid("sponsor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    outcome: sponsorReportOutcome("outcome").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.sponsorId, t.day] })],
);
