import { useQuery } from "@tanstack/react-query";
import type { ProgrammeImpact } from "../../../../contract/programme-impact";
import { apiRequest } from "../../../lib/api-client";
import { impactKeys } from "./impact-keys";
import { programmePath } from "./programme-keys";

/** Every view of the programme's page with its figures or why it shows none. */
export function getProgrammeImpact(id: string): Promise<ProgrammeImpact> {
  return apiRequest(`${programmePath(id)}/impact`);
}

export function useProgrammeImpact(id: string) {
  return useQuery({ queryKey: impactKeys.impact(id), queryFn: () => getProgrammeImpact(id) });
}
