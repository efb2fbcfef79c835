/** How often a habit was kept up, in words for each of the five numbers. */
export const RATING_WORDS = [
  "Not at all",
  "Now and then",
  "About half the time",
  "Most of the time",
  "Every time it was due",
] as const;
