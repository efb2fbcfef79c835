/**
 * Rows pasted from a spreadsheet arrive separated by tabs; the import reads CSV. Text whose first
 * line has a tab is turned into CSV cell by cell; anything else is taken as CSV already.
 */
export function pastedAsCsv(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = lines.find((line) => line.trim() !== "") ?? "";
  if (!first.includes("\t")) return text;
  return lines.map((line) => line.split("\t").map(quoted).join(",")).join("\n");
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
