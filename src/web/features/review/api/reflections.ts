import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  EngagementReflections,
  ReflectionAnswersBody,
  ReflectionPointView,
  ReviewSummary,
} from "../../../../contract/review";
import { apiRequest } from "../../../lib/api-client";

// The reflection points of an engagement and the final review's counts: the client's and their
// coach's only. A save or a share answers with the point as it is now, which replaces it.

const reflectionsKey = (engagementId: string) => ["reflections", engagementId] as const;
const reflectionsPath = (engagementId: string) =>
  `/api/engagements/${encodeURIComponent(engagementId)}/reflections`;

export function useReflections(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: reflectionsKey(engagementId),
    queryFn: () => apiRequest<EngagementReflections>(reflectionsPath(engagementId)),
    enabled,
  });
}

export function useReviewSummary(engagementId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ["review-summary", engagementId],
    queryFn: () =>
      apiRequest<ReviewSummary>(
        `/api/engagements/${encodeURIComponent(engagementId)}/review-summary`,
      ),
    enabled,
  });
}

function useStorePoint(engagementId: string) {
  const queryClient = useQueryClient();
  return (point: ReflectionPointView) =>
    queryClient.setQueryData<EngagementReflections>(reflectionsKey(engagementId), (current) =>
      current
        ? { ...current, points: current.points.map((p) => (p.key === point.key ? point : p)) }
        : current,
    );
}

export function useSaveReflection(engagementId: string, key: string) {
  const store = useStorePoint(engagementId);
  return useMutation({
    mutationFn: (body: ReflectionAnswersBody) =>
      apiRequest<ReflectionPointView>(`${reflectionsPath(engagementId)}/${key}`, {
        method: "PUT",
        body,
      }),
    onSuccess: store,
  });
}

export function useShareReflection(engagementId: string, key: string) {
  const store = useStorePoint(engagementId);
  return useMutation({
    mutationFn: () =>
      apiRequest<ReflectionPointView>(`${reflectionsPath(engagementId)}/${key}/share`, {
        method: "POST",
      }),
    onSuccess: store,
  });
}
