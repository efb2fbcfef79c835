import { useParams } from "react-router";
import { ResourcePage } from "../../../components/resource-page";
import { PageHeader } from "../../../components/ui/page-header";
import { useEngagement } from "../../../lib/api/get-engagement";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useChangeReport } from "../api/change-report";
import { ChangeSections } from "../components/change-tables";
import { reviewPath } from "../components/engagement-reflections";

/** "Change since the start": the change report of an engagement, for the client and their coach. */
export function ChangePage() {
  const { id = "" } = useParams();
  const engagement = useEngagement(id);
  const report = useChangeReport(id);
  useDocumentTitle("Change since the start");
  const back = { to: reviewPath(id), label: "Final review" };
  return (
    <ResourcePage
      query={report}
      loading="Loading the change since the start…"
      name="Change since the start"
      back={back}
      notFound="This engagement doesn't exist, or its change report isn't yours to see."
      notFoundLink={{ to: `/engagements/${id}`, label: "Back to the engagement" }}
    >
      {(data) => (
        <>
          <PageHeader
            title="Change since the start"
            description={engagement.data?.title}
            back={back}
          />
          <ChangeSections report={data} />
        </>
      )}
    </ResourcePage>
  );
}
