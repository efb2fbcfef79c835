import { useQuery } from "@tanstack/react-query";
import type { ProgrammeHealth } from "../../../../contract/programme-impact";
import { apiRequest } from "../../../lib/api-client";
import { impactKeys } from "./impact-keys";
import { programmePath } from "./programme-keys";

/** The admin's programme health: sessions, engagements at risk (a count), coaches' load. */
export function getProgrammeHealth(id: string): Promise<ProgrammeHealth> {
  return apiRequest(`${programmePath(id)}/health`);
}

export function useProgrammeHealth(id: string) {
  return useQuery({ queryKey: impactKeys.health(id), queryFn: () => getProgrammeHealth(id) });
}
