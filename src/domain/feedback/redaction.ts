import type { FieldProblem } from "../field-problem";

/** What a blacked-out phrase reads as in a released comment. */
export const REDACTED = "[removed]";

/**
 * A comment with the coach's redactions applied: every occurrence of each phrase, as whole words
 * and without regard to case, reads as REDACTED. All phrases are replaced in one pass, the
 * longest first, so no phrase is found inside another's marker or inside a longer word (removing
 * "Ed" must not turn "rushed" into "rush[removed]" and so hint at the name). The coach can remove
 * words, never add them.
 */
export function applyRedactions(text: string, phrases: readonly string[]): string {
  const pattern = patternOf(phrases);
  return pattern ? text.replace(pattern, REDACTED) : text;
}

/** Phrases that do not occur in the comment as whole words cannot be redacted: a 400 names each. */
export function redactionProblems(text: string, phrases: readonly string[]): FieldProblem[] {
  return phrases.flatMap((phrase, i) =>
    patternOf([phrase])?.test(text)
      ? []
      : [{ path: `redactions.${i}`, message: `"${phrase}" does not occur in this comment` }],
  );
}

function patternOf(phrases: readonly string[]): RegExp | null {
  const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
