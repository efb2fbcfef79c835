import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MatchResult,
  MoveBody,
  MoveResult,
  ParticipantMatch,
  ProgrammeMatches,
} from "../../../../contract/matching";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { matchingKeys } from "./matching-keys";

const participantPath = (programmeId: string, participantId: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/participants/${encodeURIComponent(participantId)}`;

/** Who of the programme has a coach, or a shortlist to choose from (admin). */
export function useProgrammeMatches(programmeId: string) {
  return useQuery({
    queryKey: matchingKeys.matches(programmeId),
    queryFn: (): Promise<ProgrammeMatches> =>
      apiRequest(`/api/programmes/${encodeURIComponent(programmeId)}/matches`),
  });
}

function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: matchingKeys.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.engagementLists });
  };
}

/** Matches a participant to one coach: their engagement opens on the programme's template. */
export function useMatchCoach(programmeId: string, participantId: string) {
  const onSuccess = useRefreshAfter();
  return useMutation({
    mutationFn: (coachId: string): Promise<MatchResult> =>
      apiRequest(`${participantPath(programmeId, participantId)}/match`, {
        method: "POST",
        body: { coachId },
      }),
    onSuccess,
  });
}

/** Offers a participant two or three coaches to choose from. */
export function useOfferShortlist(programmeId: string, participantId: string) {
  const onSuccess = useRefreshAfter();
  return useMutation({
    mutationFn: (coachIds: string[]): Promise<ParticipantMatch> =>
      apiRequest(`${participantPath(programmeId, participantId)}/shortlist`, {
        method: "PUT",
        body: { coachIds },
      }),
    onSuccess,
  });
}

/** Moves an engagement to another coach (admin); its page and sessions change with it. */
export function useMoveCoach(engagementId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfter();
  const onSuccess = () => {
    refresh();
    void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagementId) });
  };
  return useMutation({
    mutationFn: (body: MoveBody): Promise<MoveResult> =>
      apiRequest(`/api/engagements/${encodeURIComponent(engagementId)}/coach`, {
        method: "POST",
        body,
      }),
    onSuccess,
  });
}
