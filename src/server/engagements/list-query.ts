import { z } from "zod";
import { isoDate } from "../../contract/common";
import { stage } from "../../contract/engagements";
import { cursorParam, limitParam, searchParam } from "../http/keyset-page";

// The list's query stays with the server: its cursor is decoded here into the sort key.

/** Where a page of the engagement list ends: the sort key of its last row, newest first. */
const listPosition = z.strictObject({ startDate: isoDate, id: z.uuid() });
export type ListPosition = z.infer<typeof listPosition>;

export const listEngagementsQuery = z.object({
  limit: limitParam("engagement", "engagements"),
  cursor: cursorParam(listPosition).optional(),
  stage: stage.optional().describe("Only engagements in this stage"),
  q: searchParam("Only engagements whose title or client's name contains this text"),
});
export type ListEngagementsQuery = z.infer<typeof listEngagementsQuery>;
