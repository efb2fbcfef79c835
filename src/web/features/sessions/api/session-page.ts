import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  agendaInput,
  preparationInput,
  reflectionInput,
  SessionPage,
} from "../../../../contract/sessions";
import { apiRequest } from "../../../lib/api-client";
import { sessionKeys, sessionPath } from "./session-keys";

export type AgendaInput = z.input<typeof agendaInput>;
export type PreparationInput = z.input<typeof preparationInput>;
export type ReflectionInput = z.input<typeof reflectionInput>;

/** One session with its agenda, preparation, notes and reflection, as the viewer may see them. */
export function useSessionPage(id: string) {
  return useQuery({
    queryKey: sessionKeys.session(id),
    queryFn: (): Promise<SessionPage> => apiRequest(sessionPath(id)),
  });
}

/** A write to one part of the session page, after which the page is read again. */
function useSessionWrite<Body>(id: string, method: "POST" | "PUT", part: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body): Promise<unknown> =>
      apiRequest(`${sessionPath(id)}/${part}`, { method, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionKeys.session(id) }),
  });
}

export const useAddAgendaItem = (id: string) => useSessionWrite<AgendaInput>(id, "POST", "agenda");
export const useSavePreparation = (id: string) =>
  useSessionWrite<PreparationInput>(id, "PUT", "preparation");
export const useSaveReflection = (id: string) =>
  useSessionWrite<ReflectionInput>(id, "PUT", "reflection");

/** Takes an item off the agenda (its author or the coach). */
export function useRemoveAgendaItem(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string): Promise<unknown> =>
      apiRequest(`/api/session-agenda/${encodeURIComponent(itemId)}`, { method: "DELETE" }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: sessionKeys.session(sessionId) }),
  });
}
