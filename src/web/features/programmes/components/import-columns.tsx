import { Download } from "lucide-react";
import type { Cohort } from "../../../../contract/programmes";
import { IMPORT_MAX_ROWS } from "../../../../domain/programmes/import-limits";

/** The downloadable example, with the programme's own cohort names. */
export function templateCsv(cohorts: Cohort[]): string {
  const first = cohorts[0]?.name ?? "Cohort 1";
  const second = cohorts[1]?.name ?? first;
  const rows = [
    ["name", "email", "manager", "cohort"],
    ["Amira Haddad", "amira.haddad@example.com", "jonas.weber@example.com", first],
    ["Tomasz Nowak", "tomasz.nowak@example.com", "", second],
  ];
  return `${rows.map((row) => row.map(quoted).join(",")).join("\r\n")}\r\n`;
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** What the file must hold, column by column, and an example to start from. */
export function ImportColumns({ cohorts }: { cohorts: Cohort[] }) {
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(cohorts))}`;
  const names = cohorts.map((cohort) => `“${cohort.name}”`).join(", ");
  const columns: [string, string][] = [
    ["name", "Required. The participant's full name."],
    [
      "email",
      "Required. Where their invitation goes; each address once. A client of the practice is added as they are.",
    ],
    ["manager", "Optional. Their manager's email address."],
    [
      "cohort",
      cohorts.length > 0 ? `Required. One of: ${names}.` : "Required. Add a cohort first.",
    ],
  ];
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>
        A spreadsheet saved as CSV, one participant per row, up to{" "}
        {IMPORT_MAX_ROWS.toLocaleString("en")} rows. Its first row names the columns, in any order:
      </p>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {columns.map(([column, what]) => (
          <div key={column} className="contents">
            <dt className="font-mono font-semibold text-slate-900">{column}</dt>
            <dd className="mb-2 sm:mb-0">{what}</dd>
          </div>
        ))}
      </dl>
      <a
        href={href}
        download="participants-template.csv"
        className="inline-flex items-center gap-1.5 font-medium text-brand-700 underline-offset-4 hover:underline"
      >
        <Download className="size-4" aria-hidden="true" />
        Download a template CSV
      </a>
    </div>
  );
}
