/** Being written. */
export function CompetencyModelsPage() {
  return null;
}
