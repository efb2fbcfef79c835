import { CsvError, parse } from "csv-parse/sync";
import {
  IMPORT_MAX_ROWS,
  PARTICIPANT_COLUMNS,
  type ParticipantColumn,
  REQUIRED_COLUMNS,
} from "./import-limits";

// Reading the participants' CSV file into records with their spreadsheet row numbers, and the
// problems of the file as a whole: no header, unknown, repeated or missing columns, too many rows.

export interface CsvRecord {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export type FileReading =
  | { ok: true; columns: (ParticipantColumn | null)[]; records: CsvRecord[]; emptySkipped: number }
  | { ok: false; problems: string[] };

const COLUMN_LIST = PARTICIPANT_COLUMNS.join(", ");
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function readCsvFile(text: string): FileReading {
  const broken = text.search(LONE_SURROGATE);
  // The parser reads bytes and would turn half a character into U+FFFD without a word.
  if (broken >= 0) {
    const line = text.slice(0, broken).split("\n").length;
    return fail(
      `Line ${line} of the file holds a broken character (half of an emoji or symbol); retype it and save the file again.`,
    );
  }
  const parsed = parseRecords(text);
  if (!parsed.ok) return parsed;
  const nonEmpty = parsed.records.filter((record) => !isEmpty(record.cells));
  const [header, ...data] = nonEmpty;
  if (!header) return fail(`The file is empty. Its first row must be the header: ${COLUMN_LIST}.`);
  const columns = header.cells.map(columnOf);
  const problems = headerProblems(header.cells, columns);
  if (problems.length > 0) return { ok: false, problems };
  if (data.length > IMPORT_MAX_ROWS) {
    return fail(
      `The file has ${data.length.toLocaleString("en")} participant rows; one import takes at most ${IMPORT_MAX_ROWS.toLocaleString("en")}. Split it into several files.`,
    );
  }
  const emptySkipped = parsed.records.filter(
    (record) => record.row > header.row && isEmpty(record.cells),
  ).length;
  return { ok: true, columns, records: data, emptySkipped };
}

function parseRecords(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; problems: string[] } {
  try {
    const rows: string[][] = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    return { ok: true, records: rows.map((cells, index) => ({ row: index + 1, cells })) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return fail(
      `The file could not be read as CSV${line ? ` near line ${line}` : ""}: a quoted cell is not closed, or the file is not CSV. Save it from the spreadsheet as CSV again.`,
    );
  }
}

function headerProblems(cells: string[], columns: (ParticipantColumn | null)[]): string[] {
  if (columns.every((column) => column === null)) {
    return [`The first row must be the header naming the columns: ${COLUMN_LIST}.`];
  }
  const problems: string[] = [];
  cells.forEach((cell, index) => {
    if (columns[index] === null && cell.trim() !== "")
      problems.push(`Unknown column "${shown(cell)}": the columns are ${COLUMN_LIST}.`);
  });
  for (const column of PARTICIPANT_COLUMNS) {
    const count = columns.filter((one) => one === column).length;
    if (count > 1) problems.push(`The column "${column}" is in the header ${count} times.`);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) problems.push(`The header has no "${column}" column.`);
  }
  return problems;
}

function columnOf(cell: string): ParticipantColumn | null {
  const name = cell.trim().toLowerCase();
  return (PARTICIPANT_COLUMNS as readonly string[]).includes(name)
    ? (name as ParticipantColumn)
    : null;
}

const isEmpty = (cells: string[]) => cells.every((cell) => cell.trim() === "");
const fail = (problem: string) => ({ ok: false as const, problems: [problem] });

/** A cell quoted in a message: short, and without characters that cannot be shown or stored. */
export function shown(cell: string): string {
  const clean = cell
    .trim()
    .replace(/\p{Cc}/gu, "")
    .replace(LONE_SURROGATE, "\ufffd");
  const characters = Array.from(clean);
  return characters.length > 40 ? `${characters.slice(0, 40).join("")}…` : clean;
}
