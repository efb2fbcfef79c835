import { useQuery } from "@tanstack/react-query";
import type { ProgrammeSummary } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys } from "./programme-keys";

/** The practice's programmes (its admin's). */
export function listProgrammes(): Promise<ProgrammeSummary[]> {
  return apiRequest("/api/programmes");
}

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list, queryFn: listProgrammes });
}
