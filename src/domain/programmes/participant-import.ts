import { z } from "zod";
import type { MemberRole } from "../practice/roles";
import { unstorableIn } from "../storable-text";
import { type CsvRecord, readCsvFile, shown } from "./csv-file";
import { EMAIL_MAX, NAME_MAX, type ParticipantColumn } from "./import-limits";

// Every row of a participants' CSV gets its fate before anything is saved: ok, or each of its
// problems with the column it is in. The server supplies what the file is checked against.

export interface ImportContext {
  cohorts: { id: string; name: string }[];
  /** Addresses of the programme's participants already (lower-case). */
  participants: ReadonlySet<string>;
  /** Addresses of the practice's members (lower-case), with their role. */
  members: ReadonlyMap<string, MemberRole>;
  /** Addresses with an open, unexpired invitation to the practice (lower-case). */
  pendingInvitations: ReadonlySet<string>;
}

export interface RowProblem {
  column: ParticipantColumn | null;
  message: string;
}

export interface ImportRow {
  row: number;
  values: Record<ParticipantColumn, string>;
  cohortId: string | null;
  problems: RowProblem[];
}

export interface ImportCheck {
  fileProblems: string[];
  rows: ImportRow[];
  counts: { rows: number; ok: number; withProblems: number; emptySkipped: number };
}

const ROLE_NAMES: Record<MemberRole, string> = {
  coach: "a coach",
  client: "a client",
  sponsor: "a sponsor",
};

export function checkParticipantCsv(text: string, context: ImportContext): ImportCheck {
  const file = readCsvFile(text);
  if (!file.ok) return { fileProblems: file.problems, rows: [], counts: counted([], 0) };
  const cohorts = new Map(context.cohorts.map((one) => [one.name.trim().toLowerCase(), one]));
  const firstRowOf = new Map<string, number>();
  const rows = file.records.map((record) => {
    const values = valuesOf(record, file.columns);
    const row = checkRow(record.row, values, context, cohorts, firstRowOf);
    const extra = record.cells.slice(file.columns.length).some((cell) => cell.trim() !== "");
    if (extra)
      row.problems.push({
        column: null,
        message: "This row has more cells than the header: does a name with a comma need quotes?",
      });
    return row;
  });
  return { fileProblems: [], rows, counts: counted(rows, file.emptySkipped) };
}

function valuesOf(record: CsvRecord, columns: (ParticipantColumn | null)[]) {
  const values: Record<ParticipantColumn, string> = {
    name: "",
    email: "",
    manager: "",
    cohort: "",
  };
  columns.forEach((column, index) => {
    if (column) values[column] = (record.cells[index] ?? "").trim();
  });
  values.email = values.email.toLowerCase();
  values.manager = values.manager.toLowerCase();
  return values;
}

function checkRow(
  row: number,
  values: Record<ParticipantColumn, string>,
  context: ImportContext,
  cohorts: Map<string, { id: string; name: string }>,
  firstRowOf: Map<string, number>,
): ImportRow {
  const problems: RowProblem[] = [];
  const add = (column: ParticipantColumn | null, message: string | null) => {
    if (message) problems.push({ column, message });
  };
  add("name", nameProblem(values.name));
  const emailWrong = emailProblem(values.email, "email");
  add("email", emailWrong);
  if (!emailWrong) add("email", whoProblem(values.email, row, context, firstRowOf));
  add("manager", managerProblem(values.manager, values.email));
  const cohort = cohorts.get(values.cohort.toLowerCase()) ?? null;
  if (!cohort) add("cohort", cohortProblem(values.cohort, context.cohorts));
  return { row, values, cohortId: cohort?.id ?? null, problems };
}

function nameProblem(name: string): string | null {
  if (name === "") return "Give the participant's name.";
  if (Array.from(name).length > NAME_MAX) return `Keep the name under ${NAME_MAX} characters.`;
  return unstorableIn(name);
}

const emailFormat = z.email();

function emailProblem(address: string, column: "email" | "manager"): string | null {
  const whose = column === "email" ? "the participant's" : "the manager's";
  if (address === "") return `Give ${whose} email address.`;
  const unstorable = unstorableIn(address);
  if (unstorable) return unstorable;
  if (address.length > EMAIL_MAX) return `Keep the address under ${EMAIL_MAX} characters.`;
  if (!emailFormat.safeParse(address).success)
    return column === "email"
      ? `"${shown(address)}" is not an email address.`
      : `The manager column takes the manager's email address; "${shown(address)}" is not one.`;
  return null;
}

/**
 * Who the address belongs to, as far as this practice may know: a row above, a participant of
 * the programme, a member or an open invitation of this practice. An account in another
 * practice is never told (docs/decisions/005): its invitation goes out like any other.
 */
function whoProblem(
  address: string,
  row: number,
  context: ImportContext,
  firstRowOf: Map<string, number>,
): string | null {
  const first = firstRowOf.get(address);
  if (first !== undefined) return `${address} is on row ${first} already.`;
  firstRowOf.set(address, row);
  if (context.participants.has(address))
    return `${address} is a participant of this programme already.`;
  const role = context.members.get(address);
  if (role)
    return `${address} is ${ROLE_NAMES[role]} of this practice already; a participant joins by a new invitation, so use another address.`;
  if (context.pendingInvitations.has(address))
    return `${address} has an open invitation to this practice already; revoke it under Invitations to invite them here.`;
  return null;
}

function managerProblem(manager: string, participant: string): string | null {
  if (manager === "") return null;
  const wrong = emailProblem(manager, "manager");
  if (wrong) return wrong;
  return manager === participant ? "A participant cannot be their own manager." : null;
}

function cohortProblem(name: string, cohorts: { name: string }[]): string {
  if (cohorts.length === 0) return "The programme has no cohorts yet: add one first.";
  const names = cohorts.map((one) => `"${one.name}"`).join(", ");
  if (name === "") return `Name the cohort: ${names}.`;
  return `The programme has no cohort "${shown(name)}": use ${names}.`;
}

function counted(rows: ImportRow[], emptySkipped: number): ImportCheck["counts"] {
  const ok = rows.filter((row) => row.problems.length === 0).length;
  return { rows: rows.length, ok, withProblems: rows.length - ok, emptySkipped };
}
