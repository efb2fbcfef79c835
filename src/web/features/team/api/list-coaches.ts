import { useQuery } from "@tanstack/react-query";
import type { Coach } from "../../../../contract/practice";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The practice's coaches, admins included. */
export function listCoaches(): Promise<Coach[]> {
  return apiRequest("/api/coaches");
}

export function useCoaches() {
  return useQuery({ queryKey: queryKeys.coaches, queryFn: listCoaches });
}
