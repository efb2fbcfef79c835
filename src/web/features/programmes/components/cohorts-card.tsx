import { CalendarDays } from "lucide-react";
import { useState } from "react";
import type { Cohort, Programme } from "../../../../contract/programmes";
import { DeleteButton } from "../../../components/delete-button";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useAddCohort } from "../api/add-cohort";
import { useRemoveCohort } from "../api/remove-cohort";
import { useUpdateCohort } from "../api/update-cohort";
import { CohortForm } from "./cohort-form";
import { useEditFocus } from "./use-edit-focus";

/** The programme's cohorts: added with a name and a start, renamed, removed while empty. */
export function CohortsCard({ programme }: { programme: Programme }) {
  const add = useAddCohort(programme.id);
  return (
    <Card>
      <section aria-labelledby="cohorts-heading">
        <CardHeader>
          <div>
            <CardTitle id="cohorts-heading" tabIndex={-1}>
              Cohorts
            </CardTitle>
            <CardDescription>
              Participants who start together. The import file names each participant's cohort.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          {programme.cohorts.length === 0 ? (
            <EmptyState
              icon={CalendarDays}
              title="No cohorts yet"
              description="Add the first below."
            />
          ) : (
            <ul aria-labelledby="cohorts-heading" className="divide-y divide-slate-100">
              {programme.cohorts.map((cohort) => (
                <CohortRow key={cohort.id} programmeId={programme.id} cohort={cohort} />
              ))}
            </ul>
          )}
          <div className="rounded-lg bg-slate-50 p-4">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a cohort</h3>
            <CohortForm
              name="new-cohort"
              submitLabel="Add cohort"
              pending={add.isPending}
              error={add.error}
              onSave={(body, done) => add.mutate(body, { onSuccess: done })}
            />
          </div>
        </CardContent>
      </section>
    </Card>
  );
}

function CohortRow({ programmeId, cohort }: { programmeId: string; cohort: Cohort }) {
  const [renaming, setRenaming] = useState(false);
  const update = useUpdateCohort(programmeId, cohort.id);
  const remove = useRemoveCohort(programmeId);
  const focus = useEditFocus(renaming);
  if (renaming) {
    return (
      <li className="py-3">
        <div ref={focus.area}>
          <CohortForm
            name={`cohort-${cohort.id}`}
            initial={cohort}
            submitLabel="Save cohort"
            pending={update.isPending}
            error={update.error}
            onCancel={() => setRenaming(false)}
            onSave={(body) => update.mutate(body, { onSuccess: () => setRenaming(false) })}
          />
        </div>
      </li>
    );
  }
  const people = cohort.participantCount;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{cohort.name}</p>
        <p className="text-sm text-slate-600">
          Starts {formatDate(cohort.startDate)} · {people}{" "}
          {people === 1 ? "participant" : "participants"}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          ref={focus.opener}
          variant="secondary"
          size="sm"
          onClick={() => {
            update.reset();
            setRenaming(true);
          }}
        >
          Rename<span className="sr-only"> {cohort.name}</span>
        </Button>
        {people === 0 ? (
          <DeleteButton
            size="sm"
            question={`Remove the cohort “${cohort.name}”?`}
            description={<p>It has no participants. You can add it again later.</p>}
            confirmLabel="Remove cohort"
            pending={remove.isPending}
            onOpen={() => remove.reset()}
            onConfirm={(close) => remove.mutate(cohort.id, { onSettled: close })}
            focusWhenGone={() => document.getElementById("cohorts-heading")}
          >
            Remove<span className="sr-only"> {cohort.name}</span>
          </DeleteButton>
        ) : null}
      </div>
      {remove.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formMessageOf(remove.error)}
        </p>
      ) : null}
    </li>
  );
}
