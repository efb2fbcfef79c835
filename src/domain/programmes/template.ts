import type { FieldProblem } from "../field-problem";

// A programme template: the standard content of each participant's coaching in a programme an
// organisation buys. The limits keep a template something a practice can deliver and Keel can show.

export const PROGRAMME_LIMITS = {
  name: 200,
  organisationName: 200,
  cohortName: 120,
  instruments: 5,
  sessions: { min: 1, max: 100 },
  months: { min: 1, max: 36 },
  pulseEveryWeeks: { min: 1, max: 12 },
} as const;

const WEEKS_PER_MONTH = 52 / 12;

export interface ProgrammeTemplate {
  instrumentIds: string[];
  competencyModelId: string | null;
  sessionsPlanned: number;
  months: number;
  courseId: string | null;
  pulseEveryWeeks: number | null;
}

/** What is wrong with a template as a whole, beyond each field's own range. */
export function templateProblems(template: ProgrammeTemplate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  template.instrumentIds.forEach((id, index) => {
    if (seen.has(id))
      problems.push({
        path: `instrumentIds.${index}`,
        message: "This questionnaire is listed twice.",
      });
    seen.add(id);
  });
  const weeks = Math.floor(template.months * WEEKS_PER_MONTH);
  if (template.pulseEveryWeeks !== null && template.pulseEveryWeeks >= weeks) {
    problems.push({
      path: "pulseEveryWeeks",
      message: `A programme of ${template.months} month(s) has about ${weeks} weeks: pulse more often, or not at all.`,
    });
  }
  if (template.sessionsPlanned > weeks * 2) {
    problems.push({
      path: "sessionsPlanned",
      message: `At most two sessions a week: ${weeks * 2} sessions in ${template.months} month(s).`,
    });
  }
  return problems;
}
