import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CreatePlanTemplateBody,
  PlanTemplate,
  PlanView,
  planTemplateSummary,
  StartFromTemplateBody,
} from "../../../../contract/goals";
import { apiRequest, isApiError } from "../../../lib/api-client";
import { planKeys } from "./plan-keys";
import { refreshPlan } from "./plan-save";

export type PlanTemplateSummary = z.output<typeof planTemplateSummary>;

export function listPlanTemplates(): Promise<PlanTemplateSummary[]> {
  return apiRequest("/api/plan-templates");
}

/** Keel's templates and the coach's own (coaches only). */
export function usePlanTemplates({ enabled = true } = {}) {
  return useQuery({ queryKey: planKeys.templates, queryFn: listPlanTemplates, enabled });
}

export function startPlanFromTemplate(
  goalId: string,
  body: StartFromTemplateBody,
): Promise<PlanView> {
  return apiRequest(`/api/goals/${encodeURIComponent(goalId)}/plan/from-template`, {
    method: "POST",
    body,
  });
}

/** Adds a template's items to the plan as a new version. */
export function useStartFromTemplate(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartFromTemplateBody) => startPlanFromTemplate(goalId, body),
    onSuccess: (view) => refreshPlan(queryClient, goalId, view),
    onError: (error) => {
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({ queryKey: planKeys.current(goalId) });
    },
  });
}

export function createPlanTemplate(body: CreatePlanTemplateBody): Promise<PlanTemplate> {
  return apiRequest("/api/plan-templates", { method: "POST", body });
}

/** Keeps a goal's plan as one of the coach's own templates. */
export function useSaveAsTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlanTemplate,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: planKeys.templates }),
  });
}
