import { Briefcase, Plus, SearchX } from "lucide-react";
import type { FormEvent, ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { Stage } from "../../../../contract/engagements";
import { EngagementSummaryList } from "../../../components/engagement-summary-list";
import { ErrorState } from "../../../components/error-state";
import { LoadMoreList } from "../../../components/load-more-list";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { type EngagementFilters, useEngagementPages } from "../../../lib/api/list-engagements";
import { STAGES, stageLabel } from "../../../lib/stages";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useSearchText } from "../../../lib/use-search-text";

function descriptionFor(me: Me): string {
  if (me.role === "sponsor")
    return "The engagements you sponsor: dates, stage, sessions, and what each client shares.";
  if (me.role === "client") return "Your coaching engagements.";
  if (me.isAdmin) return "Every engagement in your practice, across all coaches.";
  return "The engagements you're coaching.";
}

const isStage = (value: string | null): value is Stage =>
  value !== null && (STAGES as readonly string[]).includes(value);

/** The filters live in the address (?stage=…&q=…), so going back to the list keeps them. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const stageParam = params.get("stage");
  const filters: EngagementFilters = {
    stage: isStage(stageParam) ? stageParam : undefined,
    q: params.get("q")?.trim() || undefined,
  };
  const change = (next: EngagementFilters) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const key of ["stage", "q"] as const) {
          const value = key in next ? next[key]?.trim() : current.get(key);
          if (value) updated.set(key, value);
          else updated.delete(key);
        }
        return updated;
      },
      { replace: true },
    );
  return { filters, change };
}

export function EngagementsPage() {
  useDocumentTitle("Engagements");
  const me = useCurrentUser();
  const { filters, change } = useFilters();
  const pages = useEngagementPages(filters);
  const isCoach = me.role === "coach";
  const filtered = Boolean(filters.stage || filters.q);

  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const show = {
    client: me.role !== "client",
    coach: me.role !== "coach" || me.isAdmin,
    sponsor: isCoach,
  };

  const openAction = isCoach ? (
    <Link to="/engagements/new" className={buttonClasses("primary")}>
      <Plus aria-hidden="true" />
      Open engagement
    </Link>
  ) : null;

  let content: ReactNode;
  // A failed "Load more" keeps the pages already there (the query's data), with its error below.
  if (!pages.data) {
    content =
      pages.status === "error" ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <LoadingState label="Loading engagements…" />
      );
  } else if (items.length === 0 && !filtered) {
    content = (
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
    );
  } else {
    content = (
      <Card>
        <CardHeader>
          <CardTitle id="engagement-list-heading">
            {filters.stage ? `In ${stageLabel(filters.stage)}` : "All engagements"}
          </CardTitle>
          <span className="text-sm text-slate-600">Newest start date first</span>
        </CardHeader>
        <CardContent>
          <LoadMoreList
            pages={pages}
            shown={items.length}
            what="engagements"
            empty={
              <EmptyState
                icon={SearchX}
                title="No engagement matches"
                description="Try another stage or other words, or clear the filters."
                action={
                  <Button variant="secondary" onClick={() => change({ stage: undefined, q: "" })}>
                    Clear filters
                  </Button>
                }
              />
            }
          >
            <EngagementSummaryList
              engagements={items}
              show={show}
              labelledBy="engagement-list-heading"
            />
          </LoadMoreList>
        </CardContent>
      </Card>
    );
  }

  return (
    <>
      <PageHeader title="Engagements" description={descriptionFor(me)} actions={openAction} />
      <FilterBar
        filters={filters}
        onChange={change}
        searchHint={me.role === "client" ? "Title" : "Title or client name"}
      />
      <p role="status" className="sr-only">
        {pages.data && !pages.isPlaceholderData
          ? `Showing ${items.length} ${items.length === 1 ? "engagement" : "engagements"}${pages.hasNextPage ? ", more can be loaded" : ""}.`
          : ""}
      </p>
      {content}
    </>
  );
}

/** Stage and search: the stage applies at once, the search after a short pause in typing. */
function FilterBar({
  filters,
  onChange,
  searchHint,
}: {
  filters: EngagementFilters;
  onChange: (next: EngagementFilters) => void;
  searchHint: string;
}) {
  const [text, setText] = useSearchText(filters.q ?? "", (q) => onChange({ q }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: text });
  };

  return (
    <search aria-label="Filter engagements" className="mb-6 block">
      <form onSubmit={submit} className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <div className="space-y-1.5 sm:w-56">
          <Label htmlFor="engagement-stage-filter">Stage</Label>
          <Select
            id="engagement-stage-filter"
            value={filters.stage ?? ""}
            onChange={(event) =>
              onChange({ stage: isStage(event.target.value) ? event.target.value : undefined })
            }
          >
            <option value="">All stages</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </Select>
        </div>
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor="engagement-search">Search</Label>
          <Input
            id="engagement-search"
            type="search"
            value={text}
            placeholder={searchHint}
            autoComplete="off"
            maxLength={160}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </form>
    </search>
  );
}
