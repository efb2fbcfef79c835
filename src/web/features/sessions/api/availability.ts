import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Availability, AvailabilityInput } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys } from "./session-keys";

const path = "/api/me/availability";

/** The coach's bookable hours; the defaults, with `saved: false`, until they first save. */
export function useAvailability({ enabled = true } = {}) {
  return useQuery({
    queryKey: sessionKeys.availability,
    queryFn: (): Promise<Availability> => apiRequest(path),
    enabled,
  });
}

/** Saves the hours; the free slots of every engagement change with them. */
export function useSaveAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AvailabilityInput): Promise<Availability> =>
      apiRequest(path, { method: "PUT", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(sessionKeys.availability, saved);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    },
  });
}
