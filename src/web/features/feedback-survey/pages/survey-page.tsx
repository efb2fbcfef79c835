/** Being written. */
export function SurveyPage() {
  return null;
}
