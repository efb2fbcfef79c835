import { useQuery } from "@tanstack/react-query";
import type { ClientsAtRiskList } from "../../../../contract/accountability";
import { apiRequest } from "../../../lib/api-client";

/** The coach's own clients with an early warning, most at risk first. */
export function useClientsAtRisk() {
  return useQuery({
    queryKey: ["accountability", "clients-at-risk"],
    queryFn: () => apiRequest<ClientsAtRiskList>("/api/coach/clients-at-risk"),
  });
}
