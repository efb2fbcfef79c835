import type { ExerciseContent } from "../../src/domain/exercise/template";

/** A small template with one question of each type and a three-spoke wheel, for tests. */
export function sampleTemplate(): ExerciseContent {
  return {
    title: "Sample reflection",
    purpose: "A template for tests.",
    instructions: "Answer what you can.",
    questions: [
      { id: "story", type: "text", prompt: "Tell a story.", required: true, maxLength: 50 },
      { id: "notes", type: "text", prompt: "Anything else?", required: false },
      {
        id: "values",
        type: "ranking",
        prompt: "Rank your top 2.",
        required: true,
        top: 2,
        options: [
          { id: "honesty", label: "Honesty" },
          { id: "courage", label: "Courage" },
          { id: "fairness", label: "Fairness" },
        ],
      },
      {
        id: "order",
        type: "ranking",
        prompt: "Order all three.",
        required: false,
        options: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
          { id: "c", label: "C" },
        ],
      },
      {
        id: "one",
        type: "choice",
        prompt: "Pick one.",
        required: false,
        multiple: false,
        options: [
          { id: "yes", label: "Yes" },
          { id: "no", label: "No" },
        ],
      },
      {
        id: "many",
        type: "choice",
        prompt: "Pick up to two.",
        required: false,
        multiple: true,
        maxChoices: 2,
        options: [
          { id: "x", label: "X" },
          { id: "y", label: "Y" },
          { id: "z", label: "Z" },
        ],
      },
      { id: "r1", type: "rating", prompt: "Vision", required: true, min: 1, max: 10 },
      { id: "r2", type: "rating", prompt: "Focus", required: true, min: 1, max: 10 },
      { id: "r3", type: "rating", prompt: "Energy", required: true, min: 1, max: 10 },
    ],
    groups: [{ id: "wheel", title: "Wheel", display: "wheel", questionIds: ["r1", "r2", "r3"] }],
  };
}
