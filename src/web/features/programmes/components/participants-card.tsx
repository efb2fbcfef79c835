import { SearchX, Upload, Users } from "lucide-react";
import { useState } from "react";
import { Link } from "react-router";
import type { Participant, ParticipantStatus, Programme } from "../../../../contract/programmes";
import { ErrorState } from "../../../components/error-state";
import { LoadMoreList } from "../../../components/load-more-list";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { LoadingState } from "../../../components/ui/loading-state";
import { Select } from "../../../components/ui/select";
import { useSearchText } from "../../../lib/use-search-text";
import { type ParticipantFilters, useParticipantPages } from "../api/list-participants";
import { MatchCell } from "./match-cell";
import { ScrollTable, TD, TH } from "./scroll-table";
import { useMediaQuery } from "./use-media-query";

const STATUS: Record<ParticipantStatus, { label: string; tone: BadgeTone }> = {
  invited: { label: "Invited", tone: "info" },
  joined: { label: "Joined", tone: "success" },
  expired: { label: "Invitation expired", tone: "warning" },
  revoked: { label: "Invitation revoked", tone: "neutral" },
};

/** The element of each row that takes focus when "Load more" brings it. */
const ROW_FOCUS = "[data-participant]";

/** The participants a page at a time by name, narrowed by cohort or by name and address. */
export function ParticipantsCard({ programme }: { programme: Programme }) {
  const [filters, setFilters] = useState<ParticipantFilters>({});
  const pages = useParticipantPages(programme.id, filters);
  const importLink = `/programmes/${encodeURIComponent(programme.id)}/import`;
  const total = programme.participantCount;
  return (
    <Card>
      <section aria-labelledby="participants-heading">
        <CardHeader>
          <CardTitle id="participants-heading">Participants</CardTitle>
          <Link to={importLink} className={buttonClasses("secondary", "sm")}>
            <Upload aria-hidden="true" />
            Import participants
          </Link>
        </CardHeader>
        <CardContent>
          {total === 0 ? (
            <EmptyState
              icon={Users}
              title="No participants yet"
              description="Import them from a spreadsheet saved as CSV: each is invited to join, and a client of the practice already is added."
            />
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-600">
                {total.toLocaleString("en")} {total === 1 ? "participant" : "participants"}, by name
              </p>
              <ParticipantFilterBar
                programme={programme}
                filters={filters}
                onChange={(next) => setFilters((current) => ({ ...current, ...next }))}
              />
              <ParticipantPages
                pages={pages}
                programme={programme}
                onClear={() => setFilters({ cohortId: undefined, q: undefined })}
              />
            </>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function ParticipantPages({
  pages,
  programme,
  onClear,
}: {
  pages: ReturnType<typeof useParticipantPages>;
  programme: Programme;
  onClear: () => void;
}) {
  const wide = useMediaQuery("(min-width: 640px)");
  const people = pages.data?.pages.flatMap((page) => page.items) ?? [];
  if (!pages.data)
    return pages.status === "error" ? (
      <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
    ) : (
      <LoadingState label="Loading participants…" />
    );
  const cohortName = new Map(programme.cohorts.map((cohort) => [cohort.id, cohort.name]));
  const rows: RowsProps = {
    people,
    cohortOf: (person) => cohortName.get(person.cohortId) ?? "—",
    programmeId: programme.id,
  };
  return (
    <>
      <p role="status" className="sr-only">
        {pages.isPlaceholderData
          ? ""
          : `Showing ${people.length} ${people.length === 1 ? "participant" : "participants"}${pages.hasNextPage ? ", more can be loaded" : ""}.`}
      </p>
      <LoadMoreList
        pages={pages}
        shown={people.length}
        what="participants"
        focusable={ROW_FOCUS}
        empty={
          <EmptyState
            icon={SearchX}
            title="No participant matches"
            description="Try another cohort or other words, or clear the filters."
            action={
              <Button variant="secondary" onClick={onClear}>
                Clear filters
              </Button>
            }
          />
        }
      >
        {wide ? <ParticipantTable {...rows} /> : <ParticipantCards {...rows} />}
      </LoadMoreList>
    </>
  );
}

/** Cohort and search: the cohort applies at once, the search after a short pause in typing. */
function ParticipantFilterBar({
  programme,
  filters,
  onChange,
}: {
  programme: Programme;
  filters: ParticipantFilters;
  onChange: (next: ParticipantFilters) => void;
}) {
  const [text, setText] = useSearchText(filters.q ?? "", (q) =>
    onChange({ q: q.trim() || undefined }),
  );

  return (
    <search aria-label="Filter participants" className="mb-4 block">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q: text.trim() || undefined });
        }}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        {programme.cohorts.length > 1 ? (
          <div className="space-y-1.5 sm:w-52">
            <Label htmlFor="participant-cohort-filter">Cohort</Label>
            <Select
              id="participant-cohort-filter"
              value={filters.cohortId ?? ""}
              onChange={(event) => onChange({ cohortId: event.target.value || undefined })}
            >
              <option value="">All cohorts</option>
              {programme.cohorts.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor="participant-search">Search</Label>
          <Input
            id="participant-search"
            type="search"
            value={text}
            placeholder="Name or email"
            autoComplete="off"
            maxLength={160}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </form>
    </search>
  );
}

type RowsProps = {
  people: Participant[];
  cohortOf: (person: Participant) => string;
  programmeId: string;
};

function ParticipantCards({ people, cohortOf, programmeId }: RowsProps) {
  return (
    <ul aria-label="Every participant" className="divide-y divide-slate-100">
      {people.map((person) => (
        <li key={person.id} className="space-y-0.5 py-3 text-sm">
          <div className="flex items-start justify-between gap-2">
            <p
              data-participant
              tabIndex={-1}
              className="font-medium break-words text-slate-900 focus:outline-2 focus:outline-brand-700"
            >
              {person.name}
            </p>
            <Status person={person} />
          </div>
          <p className="[overflow-wrap:anywhere] text-slate-700">{person.email}</p>
          <p className="text-slate-600">
            {cohortOf(person)}
            {person.managerEmail ? ` · manager ${person.managerEmail}` : ""}
          </p>
          {person.status === "joined" ? (
            <div className="pt-1">
              <MatchCell programmeId={programmeId} participant={person} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Where the participant stands; a client of the practice already was added, not invited. */
function Status({ person }: { person: Participant }) {
  const badge = <Badge tone={STATUS[person.status].tone}>{STATUS[person.status].label}</Badge>;
  if (!person.existingClient) return badge;
  return (
    <span className="inline-flex flex-col items-end gap-0.5 sm:items-start">
      {badge}
      <span className="text-xs text-slate-600">Already a client</span>
    </span>
  );
}

function ParticipantTable({ people, cohortOf, programmeId }: RowsProps) {
  return (
    <ScrollTable label="Every participant">
      <thead>
        <tr className="border-b border-slate-200">
          {["Name", "Email and manager", "Cohort", "Status", "Coach"].map((column) => (
            <th key={column} scope="col" className={TH}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {people.map((person) => (
          <tr key={person.id}>
            <th
              scope="row"
              data-participant
              tabIndex={-1}
              className={`${TD} font-medium text-slate-900 focus:outline-2 focus:-outline-offset-2 focus:outline-brand-700`}
            >
              {person.name}
            </th>
            <td className={TD}>
              {person.email}
              {person.managerEmail ? (
                <span className="block text-xs text-slate-500">Manager: {person.managerEmail}</span>
              ) : null}
            </td>
            <td className={TD}>{cohortOf(person)}</td>
            <td className={TD}>
              <Status person={person} />
            </td>
            <td className={TD}>
              <MatchCell programmeId={programmeId} participant={person} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
