import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Programme, ProgrammeBody } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys } from "./programme-keys";

export function createProgramme(body: ProgrammeBody): Promise<Programme> {
  return apiRequest("/api/programmes", { method: "POST", body });
}

/** Starts a programme for an organisation, with its template. */
export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (created) => {
      queryClient.setQueryData(programmeKeys.one(created.id), created);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.list });
    },
  });
}
