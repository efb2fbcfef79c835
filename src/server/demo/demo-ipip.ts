/**
 * Answers to the IPIP 50-item questionnaire for a person whose level on each scale (1 to 5, by
 * the item's prefix: E, A, C, ES, I) is given; one answer in four a step towards the middle,
 * since people are not perfectly consistent.
 */
export function ipipAnswers(
  definition: { items: readonly { id: string; keyed: string }[] },
  levels: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(
    definition.items.map((item, index) => {
      const level = levels[item.id.replace(/\d+$/, "")] ?? 3;
      const nudged = index % 4 === 3 ? level + Math.sign(3 - level) : level;
      return [item.id, item.keyed === "-" ? 6 - nudged : nudged];
    }),
  );
}
