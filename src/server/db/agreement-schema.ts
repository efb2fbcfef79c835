import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AgreementParty, AgreementTerms } from "../../domain/programmes/three-way-agreement";
import { engagement, updatedAt, user } from "./core-schema";

// The three-way agreement of an engagement (docs/decisions/031): the terms the coach drafted,
// who of coach, client and sponsor accepted them and when, and the terms last agreed by all.

export interface StoredAcceptance {
  party: AgreementParty;
  userId: string;
  at: string;
}

export const engagementAgreement = pgTable("engagement_agreement", {
  engagementId: uuid("engagement_id")
    .primaryKey()
    .references(() => engagement.id, { onDelete: "cascade" }),
  /** The terms as drafted: what the parties are asked to accept. */
  terms: jsonb("terms").$type<AgreementTerms>().notNull(),
  acceptedBy: jsonb("accepted_by").$type<StoredAcceptance[]>().notNull().default([]),
  /** The terms every party last accepted; null until the first agreement. */
  inForce: jsonb("in_force").$type<AgreementTerms>(),
  inForceAt: timestamp("in_force_at", { withTimezone: true }),
  /**
   * The sponsor the acceptances and the terms in force were given with: when the engagement's
   * sponsor is another person now, neither counts (the client agreed to show a person, not a seat).
   */
  sponsorId: uuid("sponsor_id"),
  /** Raised by each change, so a change made from a stale page is refused. */
  revision: integer("revision").notNull().default(1),
  updatedBy: uuid("updated_by")
    .notNull()
    .references(() => user.id),
  updatedAt: updatedAt(),
});
