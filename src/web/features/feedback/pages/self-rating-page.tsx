/** Being written. */
export function SelfRatingPage() {
  return null;
}
