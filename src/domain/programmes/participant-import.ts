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
  /** Addresses of the practice's members (lower-case), with their role; its admin as "admin". */
  members: ReadonlyMap<string, MemberRole | "admin">;
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
  /** The address is a client of this practice already: they are added, not invited. */
  existingClient: boolean;
  problems: RowProblem[];
}

export interface ImportCheck {
  fileProblems: string[];
  rows: ImportRow[];
  counts: {
    rows: number;
    ok: number;
    withProblems: number;
    emptySkipped: number;
    /** Rows without problems whose address is a client of the practice already. */
    existingClients: number;
  };
}

const ROLE_NAMES: Record<Exclude<MemberRole, "client"> | "admin", string> = {
  admin: "the admin",
  coach: "a coach",
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
  const who = emailWrong ? null : whoIs(values.email, row, context, firstRowOf);
  add("email", who?.problem ?? null);
  add("manager", managerProblem(values.manager, values.email));
  const cohort = cohorts.get(values.cohort.toLowerCase()) ?? null;
  if (!cohort) add("cohort", cohortProblem(values.cohort, context.cohorts));
  const existingClient = who?.existingClient === true;
  return { row, values, cohortId: cohort?.id ?? null, existingClient, problems };
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
 * the programme, a member or an open invitation of this practice. A client of the practice is
 * added as they are; its other members have another role, and one account has one role in a
 * practice. An account in another practice is never told (docs/decisions/005): its invitation
 * goes out like any other.
 */
function whoIs(
  address: string,
  row: number,
  context: ImportContext,
  firstRowOf: Map<string, number>,
): { problem: string | null; existingClient: boolean } {
  const refused = (problem: string) => ({ problem, existingClient: false });
  const first = firstRowOf.get(address);
  if (first !== undefined) return refused(`${address} is on row ${first} already.`);
  firstRowOf.set(address, row);
  if (context.participants.has(address))
    return refused(`${address} is a participant of this programme already.`);
  const role = context.members.get(address);
  if (role === "client") return { problem: null, existingClient: true };
  if (role)
    return refused(
      `${address} is ${ROLE_NAMES[role]} of this practice; a participant is coached as a client, and one account has one role in a practice. Use the participant's own address.`,
    );
  if (context.pendingInvitations.has(address))
    return refused(
      `${address} has an open invitation to this practice already; revoke it under Invitations to invite them here.`,
    );
  return { problem: null, existingClient: false };
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
  const ready = rows.filter((row) => row.problems.length === 0);
  const existingClients = ready.filter((row) => row.existingClient).length;
  const ok = ready.length;
  return { rows: rows.length, ok, withProblems: rows.length - ok, emptySkipped, existingClients };
}
