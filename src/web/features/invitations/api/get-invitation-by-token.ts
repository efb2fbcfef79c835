import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { InvitationStatus, Role } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

/** What the invitation link shows before anyone signs in. */
export type InvitationPreview = {
  email: string;
  name: string | null;
  role: Role;
  practiceName: string;
  invitedBy: string;
  status: InvitationStatus;
};

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
