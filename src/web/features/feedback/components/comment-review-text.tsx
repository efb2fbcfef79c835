import { shownParts } from "./comment-review-phrases";

/** A comment as it reads in the report, each "[removed]" marked so it stands out. */
export function ShownText({ text }: { text: string }) {
  return (
    <>
      {shownParts(text).map((part, i) =>
        part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order
          <mark key={i} className="rounded bg-slate-800 px-1 text-xs text-white">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
