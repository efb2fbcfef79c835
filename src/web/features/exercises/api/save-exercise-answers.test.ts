import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { ExerciseSummary, ExerciseView } from "../../../../contract/exercises";
import { exerciseKeys } from "./exercise-keys";
import { rememberSavedExerciseAnswers } from "./save-exercise-answers";

const summary = (id: string): ExerciseSummary =>
  ({
    id,
    engagementId: "e1",
    status: "assigned",
    answered: 0,
    questionCount: 5,
  }) as ExerciseSummary;

const SAVED = {
  status: "draft",
  answered: 2,
  questionCount: 5,
  answers: { q1: "a", q2: 3 },
} as const;

describe("after an exercise's draft is saved", () => {
  it("says Draft with the answered count on the exercise's page, the engagement's list and the client's home", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(exerciseKeys.one("x1"), {
      ...summary("x1"),
      answers: {},
    } as ExerciseView);
    queryClient.setQueryData(exerciseKeys.engagement("e1"), [summary("x1"), summary("x2")]);
    queryClient.setQueryData(exerciseKeys.engagement("e2"), [summary("x3")]);

    rememberSavedExerciseAnswers(queryClient, "x1", SAVED);

    expect(queryClient.getQueryData<ExerciseView>(exerciseKeys.one("x1"))).toMatchObject({
      status: "draft",
      answered: 2,
      answers: { q1: "a", q2: 3 },
    });
    const list = queryClient.getQueryData<ExerciseSummary[]>(exerciseKeys.engagement("e1"));
    expect(list?.map((x) => [x.id, x.status, x.answered])).toEqual([
      ["x1", "draft", 2],
      ["x2", "assigned", 0],
    ]);
    const other = queryClient.getQueryData<ExerciseSummary[]>(exerciseKeys.engagement("e2"));
    expect(other?.map((x) => [x.id, x.status, x.answered])).toEqual([["x3", "assigned", 0]]);
  });

  it("leaves caches that were never loaded alone", () => {
    const queryClient = new QueryClient();
    rememberSavedExerciseAnswers(queryClient, "x1", SAVED);
    expect(queryClient.getQueryData(exerciseKeys.one("x1"))).toBeUndefined();
    expect(queryClient.getQueryData(exerciseKeys.engagement("e1"))).toBeUndefined();
  });
});
