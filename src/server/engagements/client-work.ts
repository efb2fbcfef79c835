import { type EngagementParties, relationTo } from "../../domain/engagement/access";
import { mayAssignClientWork, mayReadClientWork } from "../../domain/engagement/client-work";
import type { Viewer } from "../access/viewer";
import type { Database } from "../db/database";
import { conflict, forbidden, notFound } from "../http/errors";
import { findVisibleEngagement } from "./service";

// The guards every kind of the client's own work (questionnaires, exercises, the development
// profile) puts in front of its routes, so that the who-sees-what rule is written once.

/** The engagement, when the viewer may read the client's work in it; its other parties get 403. */
export async function findEngagementForClientWork(
  db: Database,
  viewer: Viewer,
  engagementId: string,
  refusal: string,
) {
  const found = await findVisibleEngagement(db, viewer, engagementId);
  if (!mayReadClientWork(found.relation)) throw forbidden(refusal);
  return found;
}

/** The engagement, when the viewer is its coach and it is still open to new work. */
export async function findEngagementToAssignIn(
  db: Database,
  viewer: Viewer,
  engagementId: string,
  refusal: string,
) {
  const found = await findVisibleEngagement(db, viewer, engagementId);
  if (!mayAssignClientWork(found.relation)) throw forbidden(refusal);
  if (found.row.engagement.stage === "closed")
    throw conflict("engagement_closed", "This engagement is closed; reopen it first.");
  return found;
}

/**
 * How the viewer relates to a record of the client's work, found with its engagement's parties;
 * a record that is missing or not theirs to read is a 404 naming `what`.
 */
export function clientWorkRelation(
  viewer: Viewer,
  parties: EngagementParties | undefined,
  what: string,
) {
  const relation = parties ? relationTo(viewer, parties) : null;
  if (!relation || !mayReadClientWork(relation)) throw notFound(what);
  return relation;
}
