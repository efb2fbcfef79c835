import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EnrolmentView } from "../../../../contract/courses";
import { apiRequest } from "../../../lib/api-client";
import { courseKeys } from "./course-keys";

const enrolmentsPath = (engagementId: string) =>
  `/api/engagements/${encodeURIComponent(engagementId)}/courses`;

export function useEngagementCourses(engagementId: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: courseKeys.engagement(engagementId),
    queryFn: () => apiRequest<EnrolmentView[]>(enrolmentsPath(engagementId)),
    enabled: options.enabled,
  });
}

function useEnrolmentMutation<Input>(
  engagementId: string,
  call: (input: Input) => Promise<EnrolmentView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: courseKeys.engagement(engagementId) }),
  });
}

export function useEnrol(engagementId: string) {
  return useEnrolmentMutation(engagementId, (courseId: string) =>
    apiRequest<EnrolmentView>(enrolmentsPath(engagementId), {
      method: "POST",
      body: { courseId },
    }),
  );
}

export function useStopCourse(engagementId: string) {
  return useEnrolmentMutation(engagementId, (subscriptionId: string) =>
    apiRequest<EnrolmentView>(
      `${enrolmentsPath(engagementId)}/${encodeURIComponent(subscriptionId)}/stop`,
      { method: "POST" },
    ),
  );
}
