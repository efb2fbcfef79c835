import { useQuery } from "@tanstack/react-query";
import type { Client, ClientPage } from "../../../contract/practice";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

type PageRequest = { cursor?: string | null; limit?: number; q?: string | undefined };

/**
 * One page of the coach's clients by name, with their engagement counts (the practice's for its
 * admin); nextCursor asks for the page after it.
 */
export function listClients(request: PageRequest = {}, signal?: AbortSignal): Promise<ClientPage> {
  const params = new URLSearchParams();
  if (request.limit) params.set("limit", String(request.limit));
  if (request.cursor) params.set("cursor", request.cursor);
  if (request.q?.trim()) params.set("q", request.q.trim());
  const query = params.toString();
  return apiRequest(`/api/clients${query ? `?${query}` : ""}`, { signal });
}

/** The first page of clients, by name: what the home shows. */
export function useFirstClientPage() {
  return useQuery({
    queryKey: queryKeys.clientFirstPage,
    queryFn: ({ signal }) => listClients({}, signal),
  });
}

/**
 * Every client the viewer may choose, page after page until the last. A coach has tens of
 * clients; a searchable picker (with q) should replace this before practices grow large.
 */
export function useAllClients() {
  return useQuery({
    queryKey: queryKeys.allClients,
    queryFn: async ({ signal }) => {
      const clients: Client[] = [];
      let cursor: string | null = null;
      do {
        const page: ClientPage = await listClients({ cursor, limit: 100 }, signal);
        clients.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return clients;
    },
  });
}
