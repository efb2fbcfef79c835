import { useEffect, useState } from "react";
import type { LessonPreview, PreviewLessonBody } from "../../../../contract/courses";
import { Alert } from "../../../components/ui/alert";
import { formMessageOf } from "../../../lib/form-errors";
import { previewLesson } from "../api/courses";

type LessonMailPreviewProps = { courseId: string; input: PreviewLessonBody };

/**
 * A lesson's mail as it will arrive: its subject, the HTML part in a sandboxed frame (no scripts,
 * no same-origin access) and the plain-text part. It follows the lesson as it is typed.
 */
export function LessonMailPreview({ courseId, input }: LessonMailPreviewProps) {
  const [preview, setPreview] = useState<LessonPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [part, setPart] = useState<"html" | "text">("html");
  const key = JSON.stringify(input);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewLesson(courseId, JSON.parse(key) as PreviewLessonBody, controller.signal)
        .then((answer) => {
          setPreview(answer);
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
  }, [courseId, key]);

  return (
    <section aria-labelledby="mail-preview-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="mail-preview-heading" className="text-base font-semibold text-slate-900">
          The mail as it arrives
        </h2>
        <fieldset className="flex gap-1">
          <legend className="sr-only">Part of the mail</legend>
          {(["html", "text"] as const).map((which) => (
            <button
              key={which}
              type="button"
              aria-pressed={part === which}
              onClick={() => setPart(which)}
              className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
            >
              {which === "html" ? "Formatted" : "Plain text"}
            </button>
          ))}
        </fieldset>
      </div>
      {error ? <Alert tone="danger">{formMessageOf(error)}</Alert> : null}
      {preview ? (
        <div className="overflow-hidden rounded-lg border border-slate-200">
          <p className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm break-words">
            <span className="text-slate-600">Subject: </span>
            <span className="font-medium text-slate-900" data-testid="preview-subject">
              {preview.subject}
            </span>
          </p>
          {part === "html" ? (
            <iframe
              title="The lesson's mail, formatted"
              sandbox=""
              srcDoc={preview.html}
              className="h-[28rem] w-full bg-white"
            />
          ) : (
            <pre className="max-h-[28rem] overflow-auto p-3 text-xs whitespace-pre-wrap break-words text-slate-800">
              {preview.text}
            </pre>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">Preparing the preview…</p>
      )}
      <p className="text-xs text-slate-600">
        The links here are examples; each subscriber's mail carries their own.
      </p>
    </section>
  );
}
