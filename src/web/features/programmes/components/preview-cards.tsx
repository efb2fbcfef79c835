import { PARTICIPANT_COLUMNS } from "../../../../domain/programmes/import-limits";
import { cn } from "../../../lib/cn";
import type { PreviewRowsProps } from "./preview-table";
import { COLUMN_HEADINGS, EmptyCell, RowProblems, RowReady } from "./row-problems";

/** The file's rows as cards, for a phone: each row's problems in sight without scrolling. */
export function PreviewCards({ rows, firstProblemRef }: PreviewRowsProps) {
  const firstBad = rows.find((row) => row.problems.length > 0)?.row;
  return (
    <ul aria-label="The file's rows" className="space-y-3">
      {rows.map((row) => {
        const bad = row.problems.length > 0;
        const columns = new Set(row.problems.map((problem) => problem.column));
        return (
          <li
            key={row.row}
            className={cn(
              "rounded-lg border p-3 text-sm",
              bad ? "border-red-200 bg-red-50" : "border-slate-200",
            )}
          >
            <h3
              ref={row.row === firstBad ? firstProblemRef : undefined}
              tabIndex={row.row === firstBad ? -1 : undefined}
              className="mb-2 flex items-center justify-between gap-2 font-semibold text-slate-900 focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
            >
              Row {row.row}
              {bad || row.existingClient ? null : <RowReady />}
            </h3>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
              {PARTICIPANT_COLUMNS.map((column) => (
                <div key={column} className="contents">
                  <dt className="text-slate-600">{COLUMN_HEADINGS[column]}</dt>
                  <dd
                    className={cn(
                      "[overflow-wrap:anywhere]",
                      columns.has(column) && "font-medium text-red-800",
                    )}
                  >
                    {row.values[column] || <EmptyCell />}
                  </dd>
                </div>
              ))}
            </dl>
            {bad ? (
              <div className="mt-2 border-t border-red-200 pt-2">
                <RowProblems problems={row.problems} />
              </div>
            ) : row.existingClient ? (
              <p className="mt-2 border-t border-slate-200 pt-2">
                <RowReady existingClient />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
