import { useParams } from "react-router";
import { QueryState } from "../../../components/query-state";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { usePatterns, useTimeline } from "../api/patterns";
import { PatternsView } from "../components/patterns-view";
import { TimelineList } from "../components/timeline-list";

/** /engagements/:id/sessions/patterns: the engagement looking back, for the client and coach. */
export function PatternsPage() {
  const { id = "" } = useParams();
  useDocumentTitle("Timeline and patterns");
  const patterns = usePatterns(id);
  const timeline = useTimeline(id);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Timeline and patterns"
        description="What keeps coming back across the sessions, and everything that happened, newest first."
        back={{ to: `/engagements/${id}#sessions`, label: "Back to the engagement" }}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <QueryState query={patterns} loading="Loading the patterns…">
          {(data) => <PatternsView patterns={data} />}
        </QueryState>
        <Card>
          <CardHeader>
            <CardTitle>Timeline</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={timeline} loading="Loading the timeline…">
              {(data) => <TimelineList events={data.events} />}
            </QueryState>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
