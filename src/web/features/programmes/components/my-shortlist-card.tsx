import { useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useChooseCoach, useMyShortlist } from "../api/my-shortlist";
import { problemOf } from "./coach-options";

/** On a programme participant's home: the coaches offered to them, to choose one. */
export function MyShortlistCard() {
  const shortlist = useMyShortlist();
  const choose = useChooseCoach();
  const [choosing, setChoosing] = useState<string | null>(null);
  const offered = shortlist.data?.shortlist;
  if (!offered || offered.coaches.length === 0) return null;
  const problem = problemOf(choose.error);
  return (
    <Card className="mb-6">
      <section aria-labelledby="shortlist-heading">
        <CardHeader>
          <div>
            <CardTitle id="shortlist-heading">Choose your coach</CardTitle>
            <CardDescription>
              For {offered.programmeName}, these coaches are offered to you. Your engagement opens
              with the one you choose.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-3">
          <ul className="space-y-3">
            {offered.coaches.map((coach) => (
              <li key={coach.id} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p className="font-medium break-words text-slate-900">{coach.name}</p>
                {coach.about ? (
                  <p className="mt-1 [overflow-wrap:anywhere] whitespace-pre-line text-slate-700">
                    {coach.about}
                  </p>
                ) : null}
                <Button
                  className="mt-2"
                  size="sm"
                  pending={choose.isPending && choosing === coach.id}
                  disabled={choose.isPending}
                  onClick={() => {
                    setChoosing(coach.id);
                    choose.mutate(coach.id);
                  }}
                >
                  Choose {coach.name}
                </Button>
              </li>
            ))}
          </ul>
          {problem ? (
            <Alert tone="danger" role="alert">
              {problem}
            </Alert>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}
