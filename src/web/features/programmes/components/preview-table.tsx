import type { ImportRow } from "../../../../contract/programmes";
import { PARTICIPANT_COLUMNS } from "../../../../domain/programmes/import-limits";
import { cn } from "../../../lib/cn";
import { COLUMN_HEADINGS, EmptyCell, RowProblems, RowReady } from "./row-problems";
import { ScrollTable, TD, TH } from "./scroll-table";

export type PreviewRowsProps = {
  rows: ImportRow[];
  /** Given the first row with a problem, which takes focus. */
  firstProblemRef: (element: HTMLElement | null) => void;
};

/** Every row of the file as the spreadsheet numbers it, with its problems in words. */
export function PreviewTable({ rows, firstProblemRef }: PreviewRowsProps) {
  const firstBad = rows.find((row) => row.problems.length > 0)?.row;
  return (
    <ScrollTable label="The file's rows" tableClassName="min-w-[52rem]">
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className={cn(TH, "w-12 first:pl-3")}>
            Row
          </th>
          {PARTICIPANT_COLUMNS.map((column) => (
            <th key={column} scope="col" className={TH}>
              {COLUMN_HEADINGS[column]}
            </th>
          ))}
          <th scope="col" className={cn(TH, "w-[32%]")}>
            Problems
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const bad = row.problems.length > 0;
          const columns = new Set(row.problems.map((problem) => problem.column));
          return (
            <tr key={row.row} className={bad ? "bg-red-50" : undefined}>
              <th
                scope="row"
                ref={row.row === firstBad ? firstProblemRef : undefined}
                tabIndex={row.row === firstBad ? -1 : undefined}
                className={cn(
                  TD,
                  "font-medium tabular-nums text-slate-700 first:pl-3 focus:outline-2 focus:-outline-offset-2 focus:outline-red-700",
                )}
              >
                {row.row}
              </th>
              {PARTICIPANT_COLUMNS.map((column) => (
                <td
                  key={column}
                  className={cn(
                    TD,
                    "break-words",
                    columns.has(column) &&
                      "font-medium text-red-800 underline decoration-red-400 decoration-wavy",
                  )}
                >
                  {row.values[column] || <EmptyCell />}
                </td>
              ))}
              <td className={TD}>
                {bad ? (
                  <RowProblems problems={row.problems} />
                ) : (
                  <RowReady existingClient={row.existingClient} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
