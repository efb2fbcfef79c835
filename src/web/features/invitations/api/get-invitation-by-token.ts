import { useQuery } from "@tanstack/react-query";
import type { InvitationPreview } from "../../../../contract/invitations";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function getInvitationByToken(token: string): Promise<InvitationPreview> {
  return apiRequest(`/api/invitations/token/${encodeURIComponent(token)}`);
}

export function useInvitationByToken(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationByToken(token),
    queryFn: () => getInvitationByToken(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
