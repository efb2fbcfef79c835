import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Client } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export function listClients(): Promise<Client[]> {
  return apiRequest("/api/clients");
}

export function useClients() {
  return useQuery({ queryKey: queryKeys.clients, queryFn: listClients });
}
