import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Programme, ProgrammeBody } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmeKeys, programmePath } from "./programme-keys";

/** Saves the whole programme: its name, organisation and template. */
export function saveProgramme(id: string, body: ProgrammeBody): Promise<Programme> {
  return apiRequest(programmePath(id), { method: "PUT", body });
}

export function useSaveProgramme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) => saveProgramme(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKeys.one(id), saved);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.list });
    },
  });
}
