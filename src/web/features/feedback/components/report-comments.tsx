import type { CommentSection } from "../../../../domain/feedback/report-types";
import { ShownText } from "./comment-review-text";

/** The comments by question, as the report shows them: shuffled, no names, no times. */
export function ReportComments({ sections }: { sections: CommentSection[] }) {
  if (sections.every((section) => section.comments.length === 0)) {
    return <p className="text-sm text-slate-700">No comments from groups the report shows.</p>;
  }
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <div key={section.questionId}>
          <h3 className="font-semibold text-slate-900">{section.question}</h3>
          {section.comments.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No comments.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {section.comments.map((comment, i) => (
                <li
                  // Comments carry no id in the report: their order is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
                  key={i}
                  className="rounded-lg border-l-4 border-brand-200 bg-slate-50 px-4 py-3"
                >
                  <p className="text-sm leading-relaxed whitespace-pre-line text-slate-900">
                    <ShownText text={comment.text} />
                  </p>
                  <p className="mt-1 text-xs text-slate-600">{comment.unit}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
