import { useState } from "react";
import type { ImportRow } from "../../../../contract/programmes";
import { PreviewCards } from "./preview-cards";
import { PreviewTable } from "./preview-table";
import { useMediaQuery } from "./use-media-query";

type PreviewRowsProps = {
  rows: ImportRow[];
  firstProblemRef: (element: HTMLElement | null) => void;
};

/**
 * Every row, as a table on a wide screen and as cards on a phone; in a long file, the rows with
 * problems alone on request (the choice holds for this preview only).
 */
export function PreviewRows({ rows, firstProblemRef }: PreviewRowsProps) {
  const wide = useMediaQuery("(min-width: 640px)");
  const [filteredRows, setFilteredRows] = useState<ImportRow[] | null>(null);
  const onlyProblems = filteredRows === rows;
  const bad = rows.filter((row) => row.problems.length > 0).length;
  const shown = onlyProblems ? rows.filter((row) => row.problems.length > 0) : rows;
  return (
    <>
      {bad > 0 && bad < rows.length ? (
        <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(event) => setFilteredRows(event.target.checked ? rows : null)}
            className="size-4 accent-brand-700"
          />
          Show only the {bad === 1 ? "row" : `${bad} rows`} with problems
        </label>
      ) : null}
      {wide ? (
        <PreviewTable rows={shown} firstProblemRef={firstProblemRef} />
      ) : (
        <PreviewCards rows={shown} firstProblemRef={firstProblemRef} />
      )}
    </>
  );
}
