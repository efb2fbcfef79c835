import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProgrammeSponsor, SponsorBody } from "../../../../contract/programme-impact";
import { apiRequest } from "../../../lib/api-client";
import { impactKeys } from "./impact-keys";
import { programmePath } from "./programme-keys";

const sponsorsPath = (id: string) => `${programmePath(id)}/sponsors`;

export function listProgrammeSponsors(id: string): Promise<ProgrammeSponsor[]> {
  return apiRequest(sponsorsPath(id));
}

export function useProgrammeSponsors(id: string) {
  return useQuery({ queryKey: impactKeys.sponsors(id), queryFn: () => listProgrammeSponsors(id) });
}

export function useAddProgrammeSponsor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SponsorBody): Promise<ProgrammeSponsor> =>
      apiRequest(sponsorsPath(id), { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: impactKeys.sponsors(id) }),
  });
}

export function useRemoveProgrammeSponsor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sponsorId: string): Promise<void> =>
      apiRequest(`${sponsorsPath(id)}/${encodeURIComponent(sponsorId)}`, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: impactKeys.sponsors(id) }),
  });
}

/** The practice's members with the sponsor role, to choose a programme's sponsor from. */
export function usePracticeSponsors() {
  return useQuery({
    queryKey: ["programmes", "practice-sponsors"] as const,
    queryFn: (): Promise<ProgrammeSponsor[]> => apiRequest("/api/sponsors"),
  });
}
