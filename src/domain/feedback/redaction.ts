/** What a blacked-out phrase reads as in a released comment. */
export const REDACTED = "[removed]";

/**
 * A comment with the coach's redactions applied: every occurrence of each phrase, matched
 * without regard to case, reads as REDACTED. The coach can remove words, never add them.
 */
export function applyRedactions(text: string, phrases: readonly string[]): string {
  return phrases
    .filter((phrase) => phrase.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .reduce(
      (result, phrase) => result.replace(new RegExp(escapeRegExp(phrase.trim()), "gi"), REDACTED),
      text,
    );
}

/** Phrases that do not occur in the comment cannot be redacted: a 400 names each. */
export function redactionProblems(
  text: string,
  phrases: readonly string[],
): { path: string; message: string }[] {
  const lower = text.toLowerCase();
  return phrases.flatMap((phrase, i) =>
    lower.includes(phrase.trim().toLowerCase())
      ? []
      : [{ path: `redactions.${i}`, message: `"${phrase}" does not occur in this comment` }],
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
