import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { AssessmentForm, AssessmentSummary } from "../../../../contract/assessments";
import { queryKeys } from "../../../lib/query-keys";
import { rememberSavedAnswers } from "./save-answers";

const summary = (id: string): AssessmentSummary =>
  ({
    id,
    engagementId: "e1",
    status: "assigned",
    answered: 0,
    itemCount: 50,
  }) as AssessmentSummary;

describe("after the first saved answer", () => {
  it("says In progress on the questionnaire's page, the engagement's list and the client's home", () => {
    const queryClient = new QueryClient();
    const form = { ...summary("a1"), answers: {} } as AssessmentForm;
    queryClient.setQueryData(queryKeys.assessment("a1"), form);
    queryClient.setQueryData(queryKeys.engagementAssessments("e1"), [summary("a1"), summary("a2")]);

    rememberSavedAnswers(
      queryClient,
      form,
      { q1: 4 },
      { status: "in_progress", answered: 1, itemCount: 50 },
    );

    expect(queryClient.getQueryData<AssessmentForm>(queryKeys.assessment("a1"))).toMatchObject({
      status: "in_progress",
      answered: 1,
      answers: { q1: 4 },
    });
    const list = queryClient.getQueryData<AssessmentSummary[]>(
      queryKeys.engagementAssessments("e1"),
    );
    expect(list?.map((a) => [a.id, a.status, a.answered])).toEqual([
      ["a1", "in_progress", 1],
      ["a2", "assigned", 0],
    ]);
  });

  it("leaves caches that were never loaded alone", () => {
    const queryClient = new QueryClient();
    rememberSavedAnswers(
      queryClient,
      { id: "a1", engagementId: "e1" },
      { q1: 4 },
      { status: "in_progress", answered: 1, itemCount: 50 },
    );
    expect(queryClient.getQueryData(queryKeys.assessment("a1"))).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.engagementAssessments("e1"))).toBeUndefined();
  });
});
