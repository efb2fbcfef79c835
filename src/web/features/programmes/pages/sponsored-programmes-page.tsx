import { GraduationCap } from "lucide-react";
import { Link } from "react-router";
import { QueryState } from "../../../components/query-state";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useSponsoredProgrammes } from "../api/list-sponsored-programmes";

/** /sponsored-programmes: the programmes the sponsor sponsors, each opening its figures. */
export function SponsoredProgrammesPage() {
  useDocumentTitle("Programmes");
  const programmes = useSponsoredProgrammes();
  return (
    <>
      <PageHeader
        title="Programmes"
        description="The coaching programmes you sponsor: figures for groups of participants, never one person's."
      />
      <Card>
        <section aria-labelledby="sponsored-heading">
          <CardHeader>
            <CardTitle id="sponsored-heading">Your programmes</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={programmes} loading="Loading programmes…">
              {(list) =>
                list.length === 0 ? (
                  <EmptyState
                    icon={GraduationCap}
                    title="No programmes yet"
                    description="The practice's admin names you a sponsor of a programme; it shows here then."
                  />
                ) : (
                  <ul aria-labelledby="sponsored-heading" className="divide-y divide-slate-100">
                    {list.map((programme) => (
                      <li key={programme.id} className="space-y-0.5 py-3 text-sm">
                        <Link
                          to={`/programmes/${encodeURIComponent(programme.id)}/impact`}
                          className="font-medium text-brand-700 underline-offset-4 hover:underline"
                        >
                          {programme.name}
                        </Link>
                        <p className="text-slate-600">
                          {programme.organisationName} · {programme.cohortCount}{" "}
                          {programme.cohortCount === 1 ? "cohort" : "cohorts"}
                        </p>
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryState>
          </CardContent>
        </section>
      </Card>
    </>
  );
}
