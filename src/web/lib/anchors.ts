// The ids of places that links lead straight to, from other pages too: the development
// profile's evidence links to a scale's reading, an exercise's question and a report's competency.

/** A scale's reading on the questionnaire's results page. */
export function scaleAnchor(scaleId: string): string {
  return `scale-${scaleId}`;
}

/** A question of an exercise, on the exercise's page (answering it or reading the answers). */
export function questionDomId(questionId: string): string {
  return `question-${questionId}`;
}

/** A competency's section of the 360 report. */
export function competencyAnchor(competencyId: string): string {
  return `competency-${competencyId}`;
}
