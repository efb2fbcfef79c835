import { useQuery } from "@tanstack/react-query";
import type { Person } from "../../../../contract/practice";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The practice's sponsors, for choosing who sponsors an engagement. */
export function listSponsors(): Promise<Person[]> {
  return apiRequest("/api/sponsors");
}

export function useSponsors() {
  return useQuery({ queryKey: queryKeys.sponsors, queryFn: listSponsors });
}
