import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** Tells Keel where the person is, so the times in their mail are in their own zone. */
export function useSaveTimeZone() {
  return useMutation({
    mutationFn: (timeZone: string): Promise<unknown> =>
      apiRequest("/api/me/time-zone", { method: "PUT", body: { timeZone } }),
  });
}
