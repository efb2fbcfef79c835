import { REDACTED } from "../../../../domain/feedback/redaction";

/**
 * A phrase as selected or typed, without spaces at its ends and no longer than the API takes.
 * Inner line breaks stay: the phrase must occur in the comment exactly as written.
 */
export function cleanPhrase(text: string): string {
  return text.trim().slice(0, 500).trim();
}

/** The redactions with one more phrase, unless the same phrase (in any case) is there already. */
export function withPhrase(redactions: readonly string[], phrase: string): string[] {
  const cleaned = cleanPhrase(phrase);
  if (cleaned === "") return [...redactions];
  const taken = redactions.some((r) => r.toLowerCase() === cleaned.toLowerCase());
  return taken ? [...redactions] : [...redactions, cleaned];
}

export function withoutPhrase(redactions: readonly string[], phrase: string): string[] {
  return redactions.filter((r) => r !== phrase);
}

/** Whether the phrase occurs in the comment as written, in any case: the server's rule too. */
export function occursIn(original: string, phrase: string): boolean {
  const cleaned = cleanPhrase(phrase).toLowerCase();
  return cleaned !== "" && original.toLowerCase().includes(cleaned);
}

export type ShownPart = { text: string; removed: boolean };

/** The shown text in parts, so each "[removed]" can be marked as such. */
export function shownParts(shown: string): ShownPart[] {
  return shown
    .split(REDACTED)
    .flatMap((text, i) =>
      i === 0
        ? [{ text, removed: false }]
        : [
            { text: REDACTED, removed: true },
            { text, removed: false },
          ],
    )
    .filter((part) => part.text !== "");
}
