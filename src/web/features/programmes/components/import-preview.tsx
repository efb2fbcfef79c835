import { useEffect, useRef } from "react";
import type { ImportPreview } from "../../../../contract/programmes";
import { Alert } from "../../../components/ui/alert";
import { PreviewRows } from "./preview-rows";

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/**
 * What the import would do with the file: its own problems first, then the counts and every row.
 * Focus moves to the first thing to fix, or to the summary when there is none.
 */
export function ImportPreviewView({ preview, from }: { preview: ImportPreview; from: string }) {
  const fileProblemsRef = useRef<HTMLDivElement>(null);
  const firstProblemRef = useRef<HTMLElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new preview moves focus again
  useEffect(() => {
    const target = fileProblemsRef.current ?? firstProblemRef.current ?? summaryRef.current;
    target?.focus();
    target?.scrollIntoView({ block: "nearest" });
  }, [preview]);

  const { counts } = preview;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <h2
        id="preview-heading"
        ref={summaryRef}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 focus:outline-none"
      >
        Preview of {from}
      </h2>
      {preview.fileProblems.length > 0 ? (
        <div ref={fileProblemsRef} tabIndex={-1} className="focus:outline-none">
          <Alert tone="danger" title="The file can't be read as participants">
            <ul className="list-disc space-y-1 pl-5">
              {preview.fileProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            <p className="mt-2">No row was checked. Fix the file and choose it again.</p>
          </Alert>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="import-counts">
            <span className="font-semibold text-slate-900">
              {plural(counts.rows, "row", "rows")}
            </span>
            {": "}
            <span className="font-medium text-emerald-800">
              {counts.ok.toLocaleString("en")} ready
            </span>
            {counts.existingClients > 0
              ? ` (${plural(counts.existingClients, "client", "clients")} of the practice already, to be added)`
              : ""}
            {", "}
            <span className={counts.withProblems > 0 ? "font-medium text-red-800" : undefined}>
              {counts.withProblems.toLocaleString("en")} with problems
            </span>
            {counts.emptySkipped > 0
              ? ` · ${plural(counts.emptySkipped, "empty row", "empty rows")} skipped`
              : ""}
          </p>
          {counts.rows === 0 ? (
            <p className="text-sm text-slate-700">
              The file has its header but no participants: add a row for each below it.
            </p>
          ) : (
            <PreviewRows
              rows={preview.rows}
              firstProblemRef={(element) => {
                firstProblemRef.current = element;
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
