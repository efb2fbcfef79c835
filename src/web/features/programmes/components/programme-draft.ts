import type { Programme, ProgrammeBody } from "../../../../contract/programmes";
import type { FieldProblem } from "../../../../domain/field-problem";
import type { SponsorReportFrequency } from "../../../../domain/programmes/sponsor-report";
import { PROGRAMME_LIMITS as L, templateProblems } from "../../../../domain/programmes/template";

/** The programme form as typed: numbers are the inputs' text until it is sent. */
export type ProgrammeDraft = {
  name: string;
  organisationName: string;
  instrumentIds: string[];
  competencyModelId: string;
  sessionsPlanned: string;
  months: string;
  courseId: string;
  /** "" for no pulses. */
  pulseEveryWeeks: string;
  sponsorReport: SponsorReportFrequency;
};

export const EMPTY_DRAFT: ProgrammeDraft = {
  name: "",
  organisationName: "",
  instrumentIds: [],
  competencyModelId: "",
  sessionsPlanned: "8",
  months: "6",
  courseId: "",
  pulseEveryWeeks: "4",
  sponsorReport: "monthly",
};

export function draftOf(programme: Programme): ProgrammeDraft {
  return {
    name: programme.name,
    organisationName: programme.organisationName,
    instrumentIds: programme.instrumentIds,
    competencyModelId: programme.competencyModelId ?? "",
    sessionsPlanned: String(programme.sessionsPlanned),
    months: String(programme.months),
    courseId: programme.courseId ?? "",
    pulseEveryWeeks: programme.pulseEveryWeeks === null ? "" : String(programme.pulseEveryWeeks),
    sponsorReport: programme.sponsorReport,
  };
}

type Checked = { ok: true; body: ProgrammeBody } | { ok: false; problems: FieldProblem[] };

/** The body to send, or what to fix first: the same rules the server applies. */
export function checkDraft(draft: ProgrammeDraft): Checked {
  const problems: FieldProblem[] = [];
  const text = (path: "name" | "organisationName", empty: string, max: number) => {
    const value = draft[path].trim();
    if (!value) problems.push({ path, message: empty });
    else if (value.length > max)
      problems.push({ path, message: `Keep this under ${max} characters` });
    return value;
  };
  const whole = (path: "sessionsPlanned" | "months", range: { min: number; max: number }) => {
    const value = Number(draft[path]);
    if (
      draft[path].trim() === "" ||
      !Number.isInteger(value) ||
      value < range.min ||
      value > range.max
    )
      problems.push({ path, message: `Give a whole number from ${range.min} to ${range.max}` });
    return value;
  };
  const body: ProgrammeBody = {
    name: text("name", "Give the programme a name", L.name),
    organisationName: text("organisationName", "Name the organisation", L.organisationName),
    instrumentIds: draft.instrumentIds,
    competencyModelId: draft.competencyModelId || null,
    sessionsPlanned: whole("sessionsPlanned", L.sessions),
    months: whole("months", L.months),
    courseId: draft.courseId || null,
    pulseEveryWeeks: draft.pulseEveryWeeks ? Number(draft.pulseEveryWeeks) : null,
    sponsorReport: draft.sponsorReport,
  };
  if (draft.instrumentIds.length > L.instruments)
    problems.push({
      path: "instrumentIds",
      message: `Choose at most ${L.instruments} questionnaires`,
    });
  if (problems.length === 0) problems.push(...templateProblems(templateOf(body)));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, body };
}

const templateOf = (body: ProgrammeBody) => ({
  instrumentIds: body.instrumentIds,
  competencyModelId: body.competencyModelId,
  sessionsPlanned: body.sessionsPlanned,
  months: body.months,
  courseId: body.courseId,
  pulseEveryWeeks: body.pulseEveryWeeks,
});
