import { useQuery } from "@tanstack/react-query";
import type { ParticipantList } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** Every participant of a programme, by cohort then name. */
export function listParticipants(programmeId: string): Promise<ParticipantList> {
  return apiRequest(`${programmePath(programmeId)}/participants`);
}

export function useParticipants(programmeId: string) {
  return useQuery({
    queryKey: programmeKeys.participants(programmeId),
    queryFn: () => listParticipants(programmeId),
  });
}
