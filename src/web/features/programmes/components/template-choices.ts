/** One thing a template may name: a questionnaire, a competency model or a course. */
export type Choice = { id: string; label: string };

/**
 * What a programme's template chooses from, read by other features and handed in by the page
 * that composes them (app/); null while they load.
 */
export type TemplateChoices = {
  instruments: Choice[];
  models: Choice[];
  courses: Choice[];
};

/** The name of a chosen thing, or its id when the list does not hold it (any more). */
export function labelOf(choices: Choice[] | undefined, id: string): string {
  return choices?.find((choice) => choice.id === id)?.label ?? id;
}
