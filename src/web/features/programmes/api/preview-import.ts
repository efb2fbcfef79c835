import { useMutation } from "@tanstack/react-query";
import type { ImportBody, ImportPreview } from "../../../../contract/programmes";
import { apiRequest } from "../../../lib/api-client";
import { programmePath } from "./programme-keys";

/** What importing the file would do, row by row; nothing is saved. */
export function previewImport(programmeId: string, body: ImportBody): Promise<ImportPreview> {
  return apiRequest(`${programmePath(programmeId)}/import/preview`, { method: "POST", body });
}

export function usePreviewImport(programmeId: string) {
  return useMutation({ mutationFn: (body: ImportBody) => previewImport(programmeId, body) });
}
