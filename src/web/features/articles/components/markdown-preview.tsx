import { useEffect, useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { formMessageOf } from "../../../lib/form-errors";
import { previewArticle } from "../api/preview-article";

/**
 * The article's Markdown as its public page shows it, rendered by the server as it is typed (raw
 * HTML is shown as text there, so this holds no HTML anyone wrote).
 */
export function MarkdownPreview({ body, id }: { body: string; id: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewArticle(body, controller.signal)
        .then((answer) => {
          setHtml(answer.html);
          setError(null);
        })
        .catch((cause: unknown) => {
          if (!controller.signal.aborted) setError(cause);
        });
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body]);

  return (
    <div id={id} className="space-y-2">
      {error ? <Alert tone="danger">{formMessageOf(error)}</Alert> : null}
      {html === null ? (
        <p className="text-sm text-slate-600">Preparing the preview…</p>
      ) : html === "" ? (
        <p className="text-sm text-slate-600 italic">Nothing written yet.</p>
      ) : (
        <div
          data-testid="article-preview"
          className="max-h-[36rem] space-y-3 overflow-auto rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed break-words text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-auto [&_ul]:list-disc [&_ul]:pl-5"
          // The server renders this Markdown with raw HTML off, so it holds no HTML a person wrote.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the server's safe rendering, above
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </div>
  );
}
