import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { EngagementPage, Stage } from "../../../contract/engagements";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

/** What the engagement list can be narrowed to: one stage, and text in a title or client's name. */
export type EngagementFilters = { stage?: Stage | undefined; q?: string | undefined };

type PageRequest = EngagementFilters & { cursor?: string | null; limit?: number };

/**
 * One page of the engagements the viewer may see (the server scopes them by role), newest
 * first, without their history; nextCursor asks for the page after it.
 */
export function listEngagements(
  request: PageRequest = {},
  signal?: AbortSignal,
): Promise<EngagementPage> {
  const params = new URLSearchParams();
  if (request.limit) params.set("limit", String(request.limit));
  if (request.cursor) params.set("cursor", request.cursor);
  if (request.stage) params.set("stage", request.stage);
  if (request.q?.trim()) params.set("q", request.q.trim());
  const query = params.toString();
  return apiRequest(`/api/engagements${query ? `?${query}` : ""}`, { signal });
}

/** The first page, newest first: what a home page shows. */
export function useFirstEngagementPage() {
  return useQuery({
    queryKey: queryKeys.engagementFirstPage,
    queryFn: ({ signal }) => listEngagements({}, signal),
  });
}

/** Page after page of the list, narrowed by filters; fetchNextPage loads the next one. */
export function useEngagementPages(filters: EngagementFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.engagementPages(filters),
    queryFn: ({ pageParam, signal }) => listEngagements({ ...filters, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // While another filter's first page loads, the list shows what it showed before.
    placeholderData: keepPreviousData,
  });
}
