import { useQuery } from "@tanstack/react-query";
import type { Instrument } from "../../../../contract/assessments";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The questionnaires a coach can assign (the newest version of each). */
export function listInstruments(): Promise<Instrument[]> {
  return apiRequest("/api/instruments");
}

export function useInstruments() {
  return useQuery({
    queryKey: queryKeys.instruments,
    queryFn: listInstruments,
    staleTime: 300_000,
  });
}
