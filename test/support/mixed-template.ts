/** A coach's template with one question of each type. */
export const MIXED = {
  title: "Quarter review",
  purpose: "Look back on the quarter.",
  instructions: "Take ten minutes.",
  minutes: 10,
  questions: [
    { id: "story", type: "text", prompt: "What went well?", required: true, maxLength: 200 },
    {
      id: "energy",
      type: "rating",
      prompt: "Your energy",
      required: true,
      min: 1,
      max: 5,
      lowLabel: "Low",
      highLabel: "High",
    },
    {
      id: "priorities",
      type: "ranking",
      prompt: "Rank your top 2 priorities",
      required: true,
      top: 2,
      options: [
        { id: "team", label: "Team" },
        { id: "growth", label: "Growth" },
        { id: "quality", label: "Quality" },
      ],
    },
    {
      id: "mood",
      type: "choice",
      prompt: "How do you feel?",
      required: false,
      multiple: false,
      options: [
        { id: "calm", label: "Calm" },
        { id: "stretched", label: "Stretched" },
      ],
    },
  ],
};
