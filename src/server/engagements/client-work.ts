import type { EngagementParties } from "../../domain/engagement/access";
import { mayAssignClientWork, mayReadClientWork } from "../../domain/engagement/client-work";
import type { Viewer } from "../access/viewer";
import type { RecordKind } from "../access/visible-record";
import type { Database } from "../db/database";
import { AppError } from "../http/errors";
import { findVisibleEngagement } from "./service";

// The guards every kind of the client's own work (questionnaires, exercises, 360 feedback, the
// development profile) puts in front of its routes, so that the who-sees-what rule is written once.

/** The engagement, when the viewer may read the client's work in it; its other parties get 403. */
export async function findEngagementForClientWork(
  db: Database,
  viewer: Viewer,
  engagementId: string,
  refusal: string,
) {
  return findVisibleEngagement(db, viewer, engagementId, { may: mayReadClientWork, refusal });
}

/** The engagement, when the viewer is its coach and it is still open to new work. */
export async function findEngagementToAssignIn(
  db: Database,
  viewer: Viewer,
  engagementId: string,
  refusal: string,
) {
  const found = await findVisibleEngagement(db, viewer, engagementId, {
    may: mayAssignClientWork,
    refusal,
  });
  if (found.row.engagement.stage === "closed") throw new AppError("engagement_closed");
  return found;
}

/**
 * A kind of the client's own work, selected with its engagement's parties: for anyone but the
 * client and their coach a record of it does not exist (`requireVisible` answers 404).
 */
export function clientWork<Row extends { parties: EngagementParties }>(
  name: string,
): RecordKind<Row> {
  return { name, partiesOf: (row) => row.parties, maySee: mayReadClientWork };
}
