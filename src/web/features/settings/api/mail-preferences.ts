import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MailPreferences,
  UpdateMailPreferencesBody,
} from "../../../../contract/mail-preferences";
import { apiRequest } from "../../../lib/api-client";

const mailPreferencesKey = ["me", "mail-preferences"] as const;
const path = "/api/me/mail-preferences";

/** Which mail the signed-in person gets: the topics of their role, each on or off. */
export function useMailPreferences() {
  return useQuery({
    queryKey: mailPreferencesKey,
    queryFn: (): Promise<MailPreferences> => apiRequest(path),
  });
}

export function useUpdateMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMailPreferencesBody): Promise<MailPreferences> =>
      apiRequest(path, { method: "PUT", body }),
    onSuccess: (saved) => queryClient.setQueryData(mailPreferencesKey, saved),
  });
}
