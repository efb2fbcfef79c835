import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeed } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys } from "./session-keys";

const path = "/api/me/calendar-feed";

/** Whether the person has a feed; its address is never shown again after it was made. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: sessionKeys.calendarFeed,
    queryFn: (): Promise<CalendarFeed> => apiRequest(path),
  });
}

/** Makes a new private feed address, replacing any earlier one. */
export function useMakeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<CalendarFeed> => apiRequest(path, { method: "POST" }),
    onSuccess: (feed) => queryClient.setQueryData(sessionKeys.calendarFeed, feed),
  });
}

/** Revokes the feed: its address stops working at once. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<unknown> => apiRequest(path, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.calendarFeed }),
  });
}
