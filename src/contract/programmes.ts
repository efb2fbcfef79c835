import { z } from "zod";
import { IMPORT_MAX_CHARS, PARTICIPANT_COLUMNS } from "../domain/programmes/import-limits";
import { SPONSOR_REPORT_FREQUENCIES } from "../domain/programmes/sponsor-report";
import { PROGRAMME_LIMITS as L } from "../domain/programmes/template";
import { isoDate } from "./common";

// Programmes a practice runs for an organisation (admin only): the template each participant's
// coaching follows, cohorts with start dates, and participants brought in by a CSV import that is
// previewed row by row and committed all or nothing (docs/decisions/030).
//
// GET    /api/programmes                              -> ProgrammeSummary[]
// POST   /api/programmes                 ProgrammeBody -> 201 Programme
// GET    /api/programmes/:id                          -> Programme
// PUT    /api/programmes/:id             ProgrammeBody -> Programme
// POST   /api/programmes/:id/cohorts     CohortBody    -> 201 Cohort
// PUT    /api/programmes/:id/cohorts/:cohortId CohortBody -> Cohort (rename, move the start)
// DELETE /api/programmes/:id/cohorts/:cohortId        -> 204 (409 cohort_has_participants)
// GET    /api/programmes/:id/participants?limit&cursor&q&cohortId -> ParticipantPage
// POST   /api/programmes/:id/import/preview ImportBody -> ImportPreview (nothing saved)
// POST   /api/programmes/:id/import     ImportBody    -> 201 ImportResult (400 import_has_problems)

const text = (max: number, empty: string) =>
  z.string("Write this as text").trim().min(1, empty).max(max, `Keep this under ${max} characters`);
const whole = (range: { min: number; max: number }, what: string) =>
  z
    .number(`Give the number of ${what}`)
    .int(`Give a whole number of ${what}`)
    .min(range.min, `At least ${range.min} ${what}`)
    .max(range.max, `At most ${range.max} ${what}`);
const contentId = (what: string) =>
  z
    .string(`Choose ${what}`)
    .min(1, `Choose ${what}`)
    .max(100)
    .regex(/^[A-Za-z0-9._-]+$/, `Not ${what} id`);

/** The template: what every participant's coaching in the programme holds. */
export const programmeTemplate = z.strictObject({
  instrumentIds: z
    .array(contentId("a questionnaire"))
    .max(L.instruments, `At most ${L.instruments} questionnaires`),
  competencyModelId: contentId("a competency model").nullable(),
  sessionsPlanned: whole(L.sessions, "sessions"),
  months: whole(L.months, "months"),
  courseId: contentId("a course").nullable(),
  /** A stakeholder pulse every N weeks, or null for none. */
  pulseEveryWeeks: whole(L.pulseEveryWeeks, "weeks").nullable(),
});

/** How often each sponsor is mailed the programme's figures. */
export const sponsorReportFrequency = z.enum(
  SPONSOR_REPORT_FREQUENCIES,
  "Choose monthly, quarterly or no report",
);

/** POST /api/programmes and PUT /api/programmes/:id (the whole programme each time). */
export const programmeBody = programmeTemplate.extend({
  name: text(L.name, "Give the programme a name"),
  organisationName: text(L.organisationName, "Name the organisation"),
  /** Left out: monthly for a new programme, unchanged for one saved. */
  sponsorReport: sponsorReportFrequency.optional(),
});
export type ProgrammeBody = z.input<typeof programmeBody>;

export const cohortBody = z.strictObject({
  name: text(L.cohortName, "Give the cohort a name"),
  startDate: isoDate,
});
export type CohortBody = z.input<typeof cohortBody>;

export const cohortView = z.object({
  id: z.uuid(),
  name: z.string(),
  startDate: isoDate,
  participantCount: z.number().int(),
});
export type Cohort = z.output<typeof cohortView>;

const programmeFields = {
  id: z.uuid(),
  name: z.string(),
  organisationName: z.string(),
  instrumentIds: z.array(z.string()),
  competencyModelId: z.string().nullable(),
  sessionsPlanned: z.number().int(),
  months: z.number().int(),
  courseId: z.string().nullable(),
  pulseEveryWeeks: z.number().int().nullable(),
  sponsorReport: sponsorReportFrequency,
  participantCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** GET /api/programmes: one item each. */
export const programmeSummary = z.object({ ...programmeFields, cohortCount: z.number().int() });
export type ProgrammeSummary = z.output<typeof programmeSummary>;

/** GET /api/programmes/:id, and the answer of creating or saving one. */
export const programmeView = z.object({ ...programmeFields, cohorts: z.array(cohortView) });
export type Programme = z.output<typeof programmeView>;

/** invited: the invitation is open; joined: accepted; expired or revoked: the link no longer works. */
export const participantStatuses = z.enum(["invited", "joined", "expired", "revoked"]);
export type ParticipantStatus = z.output<typeof participantStatuses>;

export const participantView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  managerEmail: z.string().nullable(),
  cohortId: z.uuid(),
  status: participantStatuses,
  invitedAt: z.iso.datetime(),
  joinedAt: z.iso.datetime().nullable(),
  /** A client of the practice already when imported: joined at once, never invited. */
  existingClient: z.boolean(),
});
export type Participant = z.output<typeof participantView>;

/** A page of GET /api/programmes/:id/participants, by name; nextCursor asks for the next page. */
export const participantPage = z.object({
  items: z.array(participantView),
  nextCursor: z.string().nullable(),
});
export type ParticipantPage = z.output<typeof participantPage>;

/** POST .../import/preview and POST .../import: the CSV file's text, as uploaded. */
export const importBody = z.strictObject({
  csv: z
    .string("Send the file's text as csv")
    .max(
      IMPORT_MAX_CHARS,
      `The file is too large: at most ${IMPORT_MAX_CHARS / 1_000_000} MB of text`,
    ),
});
export type ImportBody = z.input<typeof importBody>;

export const participantColumn = z.enum(PARTICIPANT_COLUMNS);
export type ParticipantColumnName = z.output<typeof participantColumn>;

/** One thing wrong with a row; `column` is null when it is about the row as a whole. */
export const rowProblem = z.object({ column: participantColumn.nullable(), message: z.string() });
export type RowProblem = z.output<typeof rowProblem>;

/** A data row of the file; `row` is its number as a spreadsheet shows it (the header is row 1). */
export const importRow = z.object({
  row: z.number().int(),
  values: z.object({
    name: z.string(),
    email: z.string(),
    manager: z.string(),
    cohort: z.string(),
  }),
  /** The cohort the row goes to, once it names one of the programme's. */
  cohortId: z.uuid().nullable(),
  /** A client of the practice already: added to the programme and told so, not invited. */
  existingClient: z.boolean(),
  /** Empty: the row will be imported. */
  problems: z.array(rowProblem),
});
export type ImportRow = z.output<typeof importRow>;

/** What an import would do: every row's fate, or the problems of the file as a whole. */
export const importPreview = z.object({
  /** When not empty, no row was read (no header, unknown or missing columns, too many rows). */
  fileProblems: z.array(z.string()),
  rows: z.array(importRow),
  counts: z.object({
    rows: z.number().int(),
    ok: z.number().int(),
    withProblems: z.number().int(),
    emptySkipped: z.number().int(),
    /** Of the ready rows, those of clients of the practice already: added, not invited. */
    existingClients: z.number().int(),
  }),
});
export type ImportPreview = z.output<typeof importPreview>;

/**
 * POST .../import answers 201 with this once every row was saved and invited in one transaction.
 * A file with any problem saves nothing: 400 `import_has_problems`, whose `fields` name each
 * problem as { path: "row 12: email", message } (file problems as { path: "file", ... }).
 */
export const importResult = z.object({
  imported: z.number().int(),
  /** New to the practice: invited as clients. */
  invited: z.number().int(),
  /** Clients of the practice already: joined the programme at once and told by mail. */
  added: z.number().int(),
  byCohort: z.array(z.object({ cohortId: z.uuid(), imported: z.number().int() })),
});
export type ImportResult = z.output<typeof importResult>;
