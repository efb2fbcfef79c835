import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import type { Mail } from "../../../lib/api-types";
import { queryKeys } from "../../../lib/query-keys";

export type MailWithHtml = Mail & { html: string | null };

export function getMail(id: string): Promise<MailWithHtml> {
  return apiRequest(`/api/outbox/${encodeURIComponent(id)}`);
}

export function useMail(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.mail(id ?? ""),
    queryFn: () => getMail(id ?? ""),
    enabled: Boolean(id),
  });
}
