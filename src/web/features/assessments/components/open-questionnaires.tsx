import { ClipboardList } from "lucide-react";
import type { EngagementSummary } from "../../../../contract/engagements";
import {
  activeEngagements,
  OpenWorkCard,
  OpenWorkItem,
  openWorkOf,
} from "../../../components/open-work";
import { useAssessmentsOfEngagements } from "../api/list-engagement-assessments";
import { answeredText, isOpen, takeLabel } from "./assessment-status";
import { instrumentName } from "./instrument-name";

/**
 * Whether any questionnaire of the client's active engagements is still open; null while they
 * load. What else the client has to do follows the questionnaires when there are some.
 */
export function useQuestionnairesWaiting(engagements: EngagementSummary[]): boolean | null {
  const ids = activeEngagements(engagements).map((engagement) => engagement.id);
  const lists = useAssessmentsOfEngagements(ids);
  if (lists.some((list) => list.isPending)) return null;
  return lists.some((list) => (list.data ?? []).some(isOpen));
}

/**
 * The client's next thing to do: each questionnaire still open in their engagements, with a
 * button to start or continue it. Shows nothing when there is none (or while loading: the
 * engagements below carry the page meanwhile).
 */
export function OpenQuestionnaires({ engagements }: { engagements: EngagementSummary[] }) {
  const active = activeEngagements(engagements);
  const lists = useAssessmentsOfEngagements(active.map((engagement) => engagement.id));
  const open = openWorkOf(active, lists, isOpen);
  if (open.length === 0) return null;

  return (
    <OpenWorkCard
      id="next-step"
      title="Your next step"
      description={`${
        open.length === 1
          ? "Your coach has asked you to fill in a questionnaire."
          : `Your coach has asked you to fill in ${open.length} questionnaires.`
      } Your answers are saved as you go, so you can stop and continue later.`}
    >
      {open.map(({ item: assessment, engagementTitle }) => (
        <OpenWorkItem
          key={assessment.id}
          icon={ClipboardList}
          name={instrumentName(assessment.instrument)}
          facts={[
            assessment.answered > 0
              ? answeredText(assessment)
              : `${assessment.itemCount} statements, about ${assessment.instrument.minutes} minutes`,
          ]}
          dueDate={assessment.dueDate}
          engagementTitle={engagementTitle}
          progress={
            assessment.answered > 0
              ? { done: assessment.answered, total: assessment.itemCount }
              : null
          }
          to={`/assessments/${assessment.id}`}
          actionLabel={takeLabel(assessment)}
        />
      ))}
    </OpenWorkCard>
  );
}
