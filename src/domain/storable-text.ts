/** ES2024's String.prototype.isWellFormed: false when the text holds half of a surrogate pair. */
type WellFormedCheck = { isWellFormed(): boolean };

const NUL_MESSAGE = "Remove the invisible control character (NUL) from this text.";
const BROKEN_MESSAGE =
  "This text holds a broken character (half of an emoji or symbol); retype it.";

/**
 * What the text has that no database column can store: PostgreSQL refuses NUL in text and
 * JSON, and a lone UTF-16 surrogate has no UTF-8 form. Null when it can be stored as it is.
 */
export function unstorableIn(text: string): string | null {
  if (text.includes("\0")) return NUL_MESSAGE;
  if (!(text as string & WellFormedCheck).isWellFormed()) return BROKEN_MESSAGE;
  return null;
}

/** Text PostgreSQL's text and jsonb accept: no NUL character, no unpaired UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return unstorableIn(text) === null;
}
