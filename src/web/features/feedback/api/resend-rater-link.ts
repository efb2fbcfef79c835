import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RaterLinkResent } from "../../../../contract/feedback";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { feedbackKeys } from "./feedback-keys";

/** Mails a rater their own link again; the link itself never comes back to the page. */
export function resendRaterLink(raterId: string): Promise<RaterLinkResent> {
  return apiRequest(`/api/feedback-raters/${encodeURIComponent(raterId)}/resend`, {
    method: "POST",
  });
}

export function useResendRaterLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendRaterLink,
    onError: (error) => {
      // The campaign closed or the rater changed meanwhile: read it again.
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}
