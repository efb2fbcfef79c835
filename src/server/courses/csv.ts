// CSV as RFC 4180 writes it (CRLF between records, a field quoted when it holds a comma, a quote or
// a line break, its quotes doubled), made safe to open in a spreadsheet: a cell a spreadsheet
// would read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with
// a single quote.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvDocument(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
