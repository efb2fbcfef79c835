import { useInstruments } from "../features/assessments/api/list-instruments";
import { useCompetencyModels } from "../features/competency-models/api/list-models";
import { useCourses } from "../features/courses/api/courses";
import type { TemplateChoices } from "../features/programmes/components/template-choices";
import { ProgrammePage } from "../features/programmes/pages/programme-page";
import { ProgrammesPage } from "../features/programmes/pages/programmes-page";

/**
 * What a programme's template chooses from, read from the features that own them: the
 * questionnaires, the competency models, and the courses a participant can be enrolled in (Keel's
 * and the practice's published ones). Null until all three are there.
 */
function useTemplateChoices(): TemplateChoices | null {
  const instruments = useInstruments();
  const models = useCompetencyModels();
  const courses = useCourses();
  if (!instruments.data || !models.data || !courses.data) return null;
  return {
    instruments: instruments.data.map((one) => ({ id: one.id, label: one.name })),
    models: models.data.map((one) => ({ id: one.id, label: one.name })),
    courses: courses.data
      .filter((one) => one.kind === "keel" || one.status === "published")
      .map((one) => ({ id: one.id, label: one.title })),
  };
}

/** /programmes, with the template's choices. */
export function ProgrammesRoute() {
  return <ProgrammesPage choices={useTemplateChoices()} />;
}

/** /programmes/:id, with the template's choices. */
export function ProgrammeRoute() {
  return <ProgrammePage choices={useTemplateChoices()} />;
}
