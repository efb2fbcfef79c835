import { useQuery } from "@tanstack/react-query";
import type { BehaviourOptions } from "../../../../contract/goals";
import { apiRequest } from "../../../lib/api-client";

/** The 360 competencies and behaviours a goal of the engagement may name, or none without a 360. */
export function useBehaviourOptions(engagementId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["goal-behaviours", engagementId],
    queryFn: () =>
      apiRequest<BehaviourOptions>(
        `/api/engagements/${encodeURIComponent(engagementId)}/goals/behaviours`,
      ),
    select: (options) => options.model,
  });
}
