import { useQuery } from "@tanstack/react-query";
import type { SlotList } from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { engagementPath, sessionKeys } from "./session-keys";

type SlotRange = { from: string; to: string; timeZone: string };

/** The coach's free slots between two dates, each with its day and time in the reader's zone. */
export function useSlots(engagementId: string, { from, to, timeZone }: SlotRange) {
  const query = new URLSearchParams({ from, to, timeZone });
  return useQuery({
    queryKey: sessionKeys.slots(engagementId, from, to, timeZone),
    queryFn: (): Promise<SlotList> =>
      apiRequest(`${engagementPath(engagementId)}/slots?${query.toString()}`),
  });
}
