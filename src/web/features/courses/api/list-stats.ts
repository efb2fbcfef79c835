import { useQuery } from "@tanstack/react-query";
import type { ListStats } from "../../../../contract/courses";
import { apiRequest } from "../../../lib/api-client";
import { courseKeys } from "./course-keys";

/** The CSV of every subscriber, downloaded by the browser (the answer is an attachment). */
export const SUBSCRIBERS_CSV = "/api/list-stats/subscribers.csv";

export function useListStats() {
  return useQuery({
    queryKey: courseKeys.listStats,
    queryFn: () => apiRequest<ListStats[]>("/api/list-stats"),
  });
}
