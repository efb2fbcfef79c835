import { type FormEvent, useState } from "react";
import type { MatchingCoach } from "../../../../contract/matching";
import { MATCHING_LIMITS } from "../../../../domain/matching/capacity";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { Input } from "../../../components/ui/input";
import { useMatchingCoaches, useSetCapacity } from "../api/matching-coaches";
import { problemOf } from "./coach-options";

/** The admin sets how many open engagements each coach takes; matching refuses more. */
export function CoachCapacityCard() {
  const coaches = useMatchingCoaches();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="capacity-heading">Coaches' capacity</CardTitle>
          <CardDescription>
            The most open engagements each coach takes. Matching a programme participant to a coach
            at capacity is refused.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={coaches} loading="Loading coaches…">
          {(list) => (
            <ul aria-labelledby="capacity-heading" className="divide-y divide-slate-100">
              {list.map((coach) => (
                <CapacityRow key={coach.id} coach={coach} />
              ))}
            </ul>
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function CapacityRow({ coach }: { coach: MatchingCoach }) {
  const save = useSetCapacity();
  const [value, setValue] = useState(String(coach.capacity));
  const id = `capacity-${coach.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ coachId: coach.id, capacity: Number(value) });
  };
  const problem = problemOf(save.error);
  return (
    <li className="py-3 text-sm">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-40">
          <label htmlFor={id} className="block font-medium break-words text-slate-900">
            {coach.name}
          </label>
          <span className="text-slate-600">{coach.openEngagements} open now</span>
        </div>
        <Input
          id={id}
          type="number"
          inputMode="numeric"
          min={MATCHING_LIMITS.capacity.min}
          max={MATCHING_LIMITS.capacity.max}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="w-24"
        />
        <Button type="submit" variant="secondary" size="sm" pending={save.isPending}>
          Save
        </Button>
      </form>
      {problem ? (
        <p role="alert" className="mt-1 text-red-700">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
