import { useQuery } from "@tanstack/react-query";
import type { ClientDetail } from "../../../../contract/practice";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Under every list of clients, so a new engagement (which refreshes them) refreshes it too. */
export const clientKey = (id: string) => [...queryKeys.clients, "one", id] as const;

export function getClient(id: string, signal?: AbortSignal): Promise<ClientDetail> {
  return apiRequest(`/api/clients/${encodeURIComponent(id)}`, { signal });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: clientKey(id),
    queryFn: ({ signal }) => getClient(id, signal),
  });
}
