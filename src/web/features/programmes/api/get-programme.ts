import { useQuery } from "@tanstack/react-query";
import type { Programme } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** One programme: its template and its cohorts. */
export function getProgramme(id: string): Promise<Programme> {
  return apiRequest(programmePath(id));
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: programmeKeys.one(id), queryFn: () => getProgramme(id) });
}
