import { ChevronDown, Compass } from "lucide-react";
import { Link, useParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { AssessmentResults, ScaleResult } from "../../../../contract/assessments";
import { ResourcePage } from "../../../components/resource-page";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { scaleAnchor } from "../../../lib/anchors";
import { useEngagement } from "../../../lib/api/get-engagement";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useHashTarget } from "../../../lib/use-hash-target";
import { useCurrentUser } from "../../../lib/use-me";
import { useAssessmentResults } from "../api/get-assessment-results";
import { AboutInstrument } from "../components/about-instrument";
import { instrumentName } from "../components/instrument-name";
import { ProfileChart } from "../components/profile-chart";
import { ScaleReading } from "../components/scale-reading";
import { groupScales } from "../components/score-reading";

/** /assessments/:id/results: the scored profile, for the client and their coach. */
export function AssessmentResultsPage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const results = useAssessmentResults(id);
  const engagementId = results.data?.assessment.engagementId ?? "";
  // The coach sees whose profile it is; the engagement is usually cached from its page.
  const engagement = useEngagement(engagementId, {
    enabled: me.role !== "client" && engagementId !== "",
  });
  const clientName = engagement.data?.client.name;
  const title =
    me.role === "client"
      ? "Your personality profile"
      : clientName
        ? `${clientName}'s personality profile`
        : "Personality profile";
  useDocumentTitle(title);
  const back =
    me.role === "client" || !engagementId
      ? { to: "/", label: "Home" }
      : { to: `/engagements/${engagementId}`, label: "Engagement" };

  return (
    <ResourcePage
      query={results}
      loading="Loading the results…"
      name="Results"
      back={back}
      notFound="These results don't exist, or they aren't ones you can see."
      missing={(error) =>
        isApiError(error, 409)
          ? {
              title: "Results not ready yet",
              message: "The results appear once the questionnaire is submitted.",
              link: {
                to: `/assessments/${id}`,
                label: me.role === "client" ? "Go to the questionnaire" : "See where it stands",
              },
              tone: "info",
            }
          : undefined
      }
    >
      {(data) => (
        <>
          <PageHeader
            eyebrow={<Badge tone="success">Submitted</Badge>}
            title={title}
            description={`${instrumentName(data.assessment.instrument)}${
              data.assessment.submittedAt
                ? ` · submitted ${formatDate(data.assessment.submittedAt)}`
                : ""
            }`}
            back={back}
            actions={
              <Link
                to={`/engagements/${data.assessment.engagementId}/development-profile`}
                className={buttonClasses("secondary")}
              >
                <Compass aria-hidden="true" />
                Add to the development profile
              </Link>
            }
          />
          <Profile results={data} me={me} />
        </>
      )}
    </ResourcePage>
  );
}

function Profile({ results, me }: { results: AssessmentResults; me: Me }) {
  const whose = me.role === "client" ? "your" : "this";
  // The reading a link asked for (…/results#scale-E3, from the development profile's evidence):
  // its facets unfolded if it is one, scrolled to, focused and outlined. Profile renders once the
  // results are loaded, so the reading is on the page.
  const target = useHashTarget();
  const groups = groupScales(results.scales);
  const hasFacets = groups.some((group) => group.facets.length > 0);
  const topLevel = groups.map((group) => group.scale);
  const { population } = results;

  return (
    <div className="space-y-6">
      <Card>
        <section aria-labelledby="profile-heading">
          <CardHeader>
            <div>
              <CardTitle id="profile-heading">{hasFacets ? "Domains" : "Scales"}</CardTitle>
              <CardDescription className="max-w-3xl">
                Each dot is {whose === "your" ? "your" : "the"} score from {results.range.min} to{" "}
                {results.range.max}: the mean of the answers to the statements of that scale.
                {hasFacets ? " Each domain's facets are below, with what the scores mean." : null}
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent className="space-y-4">
            <ProfileChart
              scales={topLevel}
              range={results.range}
              whose={whose}
              caption={`Scores on the ${topLevel.length} ${hasFacets ? "domains" : "scales"}, from ${results.range.min} to ${results.range.max}`}
            />
            {results.comparison.notes.map((note) => (
              <p key={note} className="max-w-3xl text-sm text-slate-600">
                {note}
              </p>
            ))}
          </CardContent>
        </section>
      </Card>

      <section aria-labelledby="meaning-heading" className="space-y-4">
        <h2 id="meaning-heading" className="text-lg font-semibold text-slate-900">
          What the scores mean
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {groups.map(({ scale, facets }) => (
            <Card key={scale.scaleId} className={facets.length > 0 ? "lg:col-span-2" : undefined}>
              <CardContent className="pt-5 sm:pt-6">
                <ScaleReading
                  scale={scale}
                  range={results.range}
                  people={population.size}
                  whose={whose}
                  targeted={target === scaleAnchor(scale.scaleId)}
                  className={facets.length > 0 ? "max-w-3xl" : undefined}
                />
                {facets.length > 0 ? (
                  <Facets
                    domain={scale}
                    facets={facets}
                    results={results}
                    whose={whose}
                    target={target}
                  />
                ) : null}
              </CardContent>
            </Card>
          ))}
        </div>
      </section>

      <AboutInstrument
        name={instrumentName(results.assessment.instrument)}
        instrument={results.instrument}
      />
    </div>
  );
}

/** A domain's facets, folded away until asked for: their chart, then each in words. */
function Facets({
  domain,
  facets,
  results,
  whose,
  target,
}: {
  domain: ScaleResult;
  facets: ScaleResult[];
  results: AssessmentResults;
  whose: "your" | "this";
  target: string;
}) {
  return (
    <details className="group mt-5 rounded-lg border border-slate-200">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-4 py-3 text-sm font-medium text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        The {facets.length} facets of {domain.name}
        <ChevronDown
          className="size-4 shrink-0 text-slate-500 transition-transform group-open:rotate-180"
          aria-hidden="true"
        />
      </summary>
      <div className="space-y-5 border-t border-slate-200 px-4 py-4">
        <ProfileChart
          scales={facets}
          range={results.range}
          whose={whose}
          caption={`Scores on the facets of ${domain.name}, from ${results.range.min} to ${results.range.max}`}
        />
        <div className="grid gap-x-8 gap-y-6 md:grid-cols-2">
          {facets.map((facet) => (
            <ScaleReading
              key={facet.scaleId}
              scale={facet}
              range={results.range}
              people={results.population.size}
              whose={whose}
              headingLevel={4}
              targeted={target === scaleAnchor(facet.scaleId)}
              className="border-t border-slate-100 pt-4"
            />
          ))}
        </div>
      </div>
    </details>
  );
}
