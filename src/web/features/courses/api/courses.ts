import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CourseSummary,
  CourseView,
  CreateCourseBody,
  LessonPreview,
  PreviewLessonBody,
  SaveCourseBody,
} from "../../../../contract/courses";
import { apiRequest } from "../../../lib/api-client";
import { courseKeys } from "./course-keys";

const coursePath = (id: string) => `/api/courses/${encodeURIComponent(id)}`;

export function useCourses() {
  return useQuery({
    queryKey: courseKeys.list,
    queryFn: () => apiRequest<CourseSummary[]>("/api/courses"),
  });
}

export function useCourse(id: string) {
  return useQuery({
    queryKey: courseKeys.one(id),
    queryFn: () => apiRequest<CourseView>(coursePath(id)),
  });
}

function useCourseMutation<Input>(call: (input: Input) => Promise<CourseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (saved) => {
      queryClient.setQueryData(courseKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: courseKeys.list });
    },
  });
}

export function useCreateCourse() {
  return useCourseMutation((body: CreateCourseBody) =>
    apiRequest<CourseView>("/api/courses", { method: "POST", body }),
  );
}

export function useSaveCourse(id: string) {
  return useCourseMutation((body: SaveCourseBody) =>
    apiRequest<CourseView>(coursePath(id), { method: "PUT", body }),
  );
}

export function usePublishCourse(id: string) {
  return useCourseMutation(() =>
    apiRequest<CourseView>(`${coursePath(id)}/publish`, { method: "POST" }),
  );
}

export function useWithdrawCourse(id: string) {
  return useCourseMutation(() =>
    apiRequest<CourseView>(`${coursePath(id)}/withdraw`, { method: "POST" }),
  );
}

/** A lesson's mail as it will arrive, from the lesson as written now (saved or not). */
export function previewLesson(
  id: string,
  body: PreviewLessonBody,
  signal?: AbortSignal,
): Promise<LessonPreview> {
  return apiRequest(`${coursePath(id)}/preview`, {
    method: "POST",
    body,
    ...(signal ? { signal } : {}),
  });
}
