import { useParams } from "react-router";
import { ResourcePage } from "../../../components/resource-page";
import { PageHeader } from "../../../components/ui/page-header";
import { TextLink } from "../../../components/ui/text-link";
import { useEngagement } from "../../../lib/api/get-engagement";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useReflections } from "../api/reflections";
import { reviewPath } from "../components/engagement-reflections";
import { otherSideName } from "../components/party-names";
import { ReflectionPointCard } from "../components/reflection-point-card";

/** The quarterly reflection points of an engagement, newest first; the final review has a page of its own. */
export function ReflectionsPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const engagement = useEngagement(id);
  const reflections = useReflections(id);
  useDocumentTitle("Reflection points");
  const back = { to: `/engagements/${id}`, label: "Engagement" };

  return (
    <ResourcePage
      query={reflections}
      loading="Loading the reflection points…"
      name="Reflection points"
      back={back}
      notFound="These reflections don't exist, or they aren't yours to see."
      notFoundLink={{ to: back.to, label: "Back to the engagement" }}
    >
      {(data) => {
        const quarters = data.points.filter((p) => p.kind === "quarter").reverse();
        const final = data.points.some((p) => p.kind === "final");
        const other = engagement.data ? otherSideName(engagement.data, me) : "the other side";
        return (
          <>
            <PageHeader
              title="Reflection points"
              description={engagement.data?.title}
              back={back}
            />
            <div className="space-y-6">
              {final ? (
                <p className="text-sm text-slate-700">
                  The engagement is in review:{" "}
                  <TextLink to={reviewPath(id)}>open the final review</TextLink>.
                </p>
              ) : null}
              {quarters.length === 0 ? (
                <p className="text-sm text-slate-700">No quarterly reflection point is due yet.</p>
              ) : null}
              {quarters.map((point) => (
                <ReflectionPointCard
                  key={point.key}
                  engagementId={id}
                  point={point}
                  goals={[]}
                  otherName={other}
                  writable={engagement.data?.stage !== "closed"}
                  headingLevel="h2"
                />
              ))}
            </div>
          </>
        );
      }}
    </ResourcePage>
  );
}
