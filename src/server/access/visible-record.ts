import {
  type EngagementParties,
  type EngagementRelation,
  relationTo,
} from "../../domain/engagement/access";
import { forbidden, notFound } from "../http/errors";
import type { Viewer } from "./viewer";

/** A kind of record that belongs to an engagement, and who may see one. */
export interface RecordKind<Row> {
  /** The record in a 404: "This questionnaire". */
  name: string;
  /** The parties of the engagement the record belongs to, selected with it. */
  partiesOf: (row: Row) => EngagementParties;
  /** The domain's rule of who may see it, e.g. `mayReadClientWork`. */
  maySee: (relation: EngagementRelation) => boolean;
}

/** Something a party who sees a record may be refused: who may do it, and the others' 403. */
export interface Permission {
  may: (relation: EngagementRelation) => boolean;
  refusal: string;
}

/**
 * The record, with how the viewer relates to its engagement, when the viewer may see it. A record
 * that is missing, or that the viewer may not see, is a 404: no refusal discloses that it exists.
 * Given `toDo`, a party who sees the record but may not do this gets a 403 with its refusal.
 */
export function requireVisible<Row>(
  viewer: Viewer,
  row: Row | undefined,
  kind: RecordKind<NoInfer<Row>>,
  toDo?: Permission,
): { row: Row; relation: EngagementRelation } {
  const relation = row === undefined ? null : relationTo(viewer, kind.partiesOf(row));
  if (row === undefined || !relation || !kind.maySee(relation)) throw notFound(kind.name);
  if (toDo && !toDo.may(relation)) throw forbidden(toDo.refusal);
  return { row, relation };
}
