import { useQuery } from "@tanstack/react-query";
import type { MailWithHtml } from "../../../../contract/outbox";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

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
