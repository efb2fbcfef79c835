import { useQuery } from "@tanstack/react-query";
import type { Invitation } from "../../../contract/invitations";
import { apiRequest } from "../api-client";
import { queryKeys } from "../query-keys";

/** A coach's sent invitations; an admin sees every invitation of the practice. */
export function listInvitations(): Promise<Invitation[]> {
  return apiRequest("/api/invitations");
}

export function useInvitations() {
  return useQuery({ queryKey: queryKeys.invitations, queryFn: listInvitations });
}
