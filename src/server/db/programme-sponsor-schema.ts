import { index, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
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
