/** Being written. */
export function CompetencyModelPage() {
  return null;
}
