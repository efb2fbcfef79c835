import { Briefcase, Plus } from "lucide-react";
import { Link } from "react-router";
import { EngagementSummaryList } from "../../../components/engagement-summary-list";
import { QueryState } from "../../../components/query-state";
import { buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useEngagements } from "../../../lib/api/list-engagements";
import type { Me } from "../../../lib/api-types";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";

function descriptionFor(me: Me): string {
  if (me.role === "sponsor") return "The engagements you sponsor: dates, stage and sessions used.";
  if (me.role === "client") return "Your coaching engagements.";
  if (me.isAdmin) return "Every engagement in your practice, across all coaches.";
  return "The engagements you're coaching.";
}

export function EngagementsPage() {
  useDocumentTitle("Engagements");
  const me = useCurrentUser();
  const engagements = useEngagements();
  const isCoach = me.role === "coach";

  const all = engagements.data ?? [];
  const open = all.filter((e) => e.stage !== "closed");
  const closed = all.filter((e) => e.stage === "closed");
  const show = {
    client: me.role !== "client",
    coach: me.role !== "coach" || me.isAdmin,
    sponsor: isCoach,
  };

  return (
    <>
      <PageHeader
        title="Engagements"
        description={descriptionFor(me)}
        actions={
          isCoach ? (
            <Link to="/engagements/new" className={buttonClasses("primary")}>
              <Plus aria-hidden="true" />
              Open engagement
            </Link>
          ) : null
        }
      />
      <QueryState query={engagements} loading="Loading engagements…">
        {() =>
          all.length === 0 ? (
            <EmptyState
              icon={Briefcase}
              title="No engagements yet"
              description={
                isCoach
                  ? "Open an engagement with a client to carry them through assessment, planning, sessions and review."
                  : "When an engagement is opened, it will appear here."
              }
              action={
                isCoach ? (
                  <Link to="/engagements/new" className={buttonClasses("primary")}>
                    Open your first engagement
                  </Link>
                ) : null
              }
            />
          ) : (
            <div className="space-y-6">
              <Card>
                <CardHeader>
                  <CardTitle id="open-engagements">In progress ({open.length})</CardTitle>
                </CardHeader>
                <CardContent>
                  {open.length === 0 ? (
                    <p className="text-sm text-slate-600">No engagement is in progress.</p>
                  ) : (
                    <EngagementSummaryList
                      engagements={open}
                      show={show}
                      labelledBy="open-engagements"
                    />
                  )}
                </CardContent>
              </Card>
              {closed.length > 0 ? (
                <Card>
                  <CardHeader>
                    <CardTitle id="closed-engagements">Closed ({closed.length})</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <EngagementSummaryList
                      engagements={closed}
                      show={show}
                      labelledBy="closed-engagements"
                    />
                  </CardContent>
                </Card>
              ) : null}
            </div>
          )
        }
      </QueryState>
    </>
  );
}
