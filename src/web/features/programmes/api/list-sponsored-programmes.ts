import { useQuery } from "@tanstack/react-query";
import type { SponsoredProgramme } from "../../../../contract/programme-impact";
import { apiRequest } from "../../../lib/api-client";
import { impactKeys } from "./impact-keys";

/** The programmes the signed-in sponsor sponsors. */
export function listSponsoredProgrammes(): Promise<SponsoredProgramme[]> {
  return apiRequest("/api/sponsored-programmes");
}

export function useSponsoredProgrammes() {
  return useQuery({ queryKey: impactKeys.sponsored, queryFn: listSponsoredProgrammes });
}
