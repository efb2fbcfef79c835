import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { MeetingLinkResult, meetingLinkInput } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

export type MeetingLinkInput = z.input<typeof meetingLinkInput>;

/**
 * The engagement's video link, used by every video session that has none of its own; answers how
 * many upcoming sessions' invitations went out again with it.
 */
export function useSaveMeetingLink(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingLinkInput): Promise<MeetingLinkResult> =>
      apiRequest(`${engagementPath(engagementId)}/meeting-link`, { method: "PUT", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
