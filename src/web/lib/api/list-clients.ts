import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api-client";
import type { Client } from "../api-types";
import { queryKeys } from "../query-keys";

/** The coach's clients with their engagement counts (every client of the practice for its admin). */
export function listClients(): Promise<Client[]> {
  return apiRequest("/api/clients");
}

export function useClients() {
  return useQuery({ queryKey: queryKeys.clients, queryFn: listClients });
}
