import type { SessionNote } from "../../../../contract/sessions";

/** A note as the server rendered it. */
export function NoteHtml({
  note,
  empty,
}: {
  note: Pick<SessionNote, "html" | "body">;
  empty: string;
}) {
  if (!note.body.trim()) return <p className="text-sm text-slate-600 italic">{empty}</p>;
  return (
    <div
      className="prose-note space-y-2 text-sm leading-relaxed break-words text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
      // The server renders this Markdown with raw HTML off, so it holds no HTML a person wrote.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's safe rendering, above
      dangerouslySetInnerHTML={{ __html: note.html }}
    />
  );
}
