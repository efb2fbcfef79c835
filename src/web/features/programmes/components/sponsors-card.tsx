import { useId, useState } from "react";
import { Link } from "react-router";
import type { Programme } from "../../../../contract/programmes";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { Label } from "../../../components/ui/label";
import { Select } from "../../../components/ui/select";
import { formMessageOf } from "../../../lib/form-errors";
import {
  useAddProgrammeSponsor,
  usePracticeSponsors,
  useProgrammeSponsors,
  useRemoveProgrammeSponsor,
} from "../api/programme-sponsors";

/** Who sponsors the programme: each sees its figures for groups, never a participant. */
export function SponsorsCard({ programme }: { programme: Programme }) {
  const sponsors = useProgrammeSponsors(programme.id);
  const remove = useRemoveProgrammeSponsor(programme.id);
  return (
    <Card>
      <section aria-labelledby="sponsors-heading">
        <CardHeader>
          <div>
            <CardTitle id="sponsors-heading">Sponsors</CardTitle>
            <CardDescription>
              They see the programme's figures for groups of at least five, never one person's.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          <QueryState query={sponsors} loading="Loading sponsors…">
            {(list) =>
              list.length === 0 ? (
                <p className="text-sm text-slate-600">No sponsor yet.</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {list.map((sponsor) => (
                    <li
                      key={sponsor.id}
                      className="flex flex-wrap items-center justify-between gap-2 py-2"
                    >
                      <span className="min-w-0 break-words">
                        <span className="font-medium text-slate-900">{sponsor.name}</span>{" "}
                        <span className="text-slate-600">{sponsor.email}</span>
                      </span>
                      <Button
                        variant="secondary"
                        size="sm"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(sponsor.id)}
                      >
                        Remove<span className="sr-only"> {sponsor.name}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
          <AddSponsor programmeId={programme.id} />
        </CardContent>
      </section>
    </Card>
  );
}

function AddSponsor({ programmeId }: { programmeId: string }) {
  const id = useId();
  const practice = usePracticeSponsors();
  const add = useAddProgrammeSponsor(programmeId);
  const [chosen, setChosen] = useState("");
  if (practice.data?.length === 0)
    return (
      <p className="text-sm text-slate-600">
        The practice has no sponsors yet.{" "}
        <Link to="/sponsors/invite" className="font-medium text-brand-700 hover:underline">
          Invite a sponsor
        </Link>
      </p>
    );
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) add.mutate({ sponsorId: chosen }, { onSuccess: () => setChosen("") });
      }}
    >
      <div className="min-w-0 flex-1 space-y-1.5">
        <Label htmlFor={`${id}-sponsor`}>Add a sponsor</Label>
        <Select id={`${id}-sponsor`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a sponsor</option>
          {(practice.data ?? []).map((sponsor) => (
            <option key={sponsor.id} value={sponsor.id}>
              {sponsor.name} ({sponsor.email})
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={!chosen || add.isPending}>
        Add sponsor
      </Button>
      {add.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formMessageOf(add.error)}
        </p>
      ) : null}
    </form>
  );
}
