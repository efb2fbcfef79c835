import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { ParticipantPage } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** What the participant list can be narrowed to: one cohort, and text in a name or address. */
export type ParticipantFilters = { cohortId?: string | undefined; q?: string | undefined };

type PageRequest = ParticipantFilters & { cursor?: string | null; limit?: number };

/** One page of a programme's participants by name; nextCursor asks for the page after it. */
export function listParticipants(
  programmeId: string,
  request: PageRequest = {},
  signal?: AbortSignal,
): Promise<ParticipantPage> {
  const params = new URLSearchParams();
  if (request.limit) params.set("limit", String(request.limit));
  if (request.cursor) params.set("cursor", request.cursor);
  if (request.cohortId) params.set("cohortId", request.cohortId);
  if (request.q?.trim()) params.set("q", request.q.trim());
  const query = params.toString();
  return apiRequest(`${programmePath(programmeId)}/participants${query ? `?${query}` : ""}`, {
    signal,
  });
}

/** Page after page of the participants, narrowed by filters; fetchNextPage loads the next one. */
export function useParticipantPages(programmeId: string, filters: ParticipantFilters) {
  return useInfiniteQuery({
    queryKey: [...programmeKeys.participants(programmeId), filters],
    queryFn: ({ pageParam, signal }) =>
      listParticipants(programmeId, { ...filters, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // While another filter's first page loads, the list shows what it showed before.
    placeholderData: keepPreviousData,
  });
}
