import { useQuery } from "@tanstack/react-query";
import type { Mail } from "../../../../contract/outbox";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Every mail Keel wrote, newest first (admins only). */
export function listMail(): Promise<Mail[]> {
  return apiRequest("/api/outbox");
}

export function useOutbox() {
  return useQuery({ queryKey: queryKeys.outbox, queryFn: listMail, refetchInterval: 15_000 });
}
