import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Person } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

/** The practice's sponsors, for choosing who sponsors an engagement. */
export function listSponsors(): Promise<Person[]> {
  return apiRequest("/api/sponsors");
}

export function useSponsors() {
  return useQuery({ queryKey: queryKeys.sponsors, queryFn: listSponsors });
}
