import { useNavigate, useParams } from "react-router";
import { Card, CardContent } from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { useEngagement } from "../../../lib/api/get-engagement";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { GoalForm } from "../components/goal-form";

/** Writing a new goal for the engagement; once added, its page shows Keel's advice beside it. */
export function NewGoalPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const engagement = useEngagement(id);
  useDocumentTitle("New goal");
  const back = { to: `/engagements/${id}`, label: engagement.data?.title ?? "Engagement" };
  return (
    <>
      <PageHeader
        title="New goal"
        description="Specific, measurable, with a target and a date: Keel says beside each field what is missing."
        back={back}
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <GoalForm
            engagementId={id}
            onSaved={(goal) => navigate(`/goals/${goal.id}`)}
            onCancel={() => navigate(back.to)}
          />
        </CardContent>
      </Card>
    </>
  );
}
