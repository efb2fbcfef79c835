import { useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import { checkInsMailedIn } from "../../../../domain/check-ins/stages";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { useCheckInSchedule, useCheckIns } from "../api/check-ins";
import { AppCheckIn } from "./app-check-in";
import { CheckInSummary } from "./check-in-summary";
import { CheckInThread } from "./check-in-thread";
import { ConfidenceOverTime } from "./confidence-over-time";
import { ScheduleForm } from "./schedule-form";

/** The newest weeks shown at first; the rest on request. */
const SHOWN = 3;

/**
 * The weekly check-ins of an engagement, for its client and coach: the client chooses when the
 * mail comes; both read what was sent, newest week first.
 */
export function EngagementCheckIns({
  engagement,
  me,
  className,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
}) {
  const isClient = me.role === "client" && engagement.client.id === me.id;
  const mayAsk = isClient || (me.role === "coach" && engagement.coach.id === me.id);
  const history = useCheckIns(engagement.id, mayAsk);
  const schedule = useCheckInSchedule(engagement.id, mayAsk && isClient);
  const [showAll, setShowAll] = useState(false);
  if (!mayAsk || isApiError(history.error, 403)) return null;
  const firstName = engagement.client.name.split(" ")[0];

  return (
    <Card className={className}>
      <section aria-labelledby="check-ins-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="check-ins-heading">Weekly check-ins</CardTitle>
            <CardDescription className="max-w-2xl">
              {isClient
                ? "Two minutes a week from the link in your mail: each goal's measure and your confidence, your energy, a win and a challenge."
                : `What ${firstName} sends each week from the link in their mail.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          {isClient && engagement.stage !== "closed" ? (
            <AppCheckIn engagementId={engagement.id} />
          ) : null}
          {isClient && schedule.data && engagement.stage !== "closed" ? (
            <ScheduleForm
              engagementId={engagement.id}
              schedule={schedule.data}
              mailedNow={checkInsMailedIn(engagement.stage)}
            />
          ) : null}
          {history.data ? (
            history.data.items.length === 0 ? (
              <p className="text-sm text-slate-600">No check-ins yet.</p>
            ) : (
              <>
                <ConfidenceOverTime checkIns={history.data.items} />
                <ol className="divide-y divide-slate-200">
                  {history.data.items.slice(0, showAll ? undefined : SHOWN).map((checkIn) => (
                    <li key={checkIn.id} className="py-4 first:pt-0">
                      <CheckInSummary checkIn={checkIn} />
                      <CheckInThread
                        engagementId={engagement.id}
                        checkIn={checkIn}
                        mayReply={engagement.stage !== "closed"}
                      />
                    </li>
                  ))}
                </ol>
                {!showAll && history.data.items.length > SHOWN ? (
                  <Button variant="secondary" size="sm" onClick={() => setShowAll(true)}>
                    Show all {history.data.items.length} check-ins
                  </Button>
                ) : null}
              </>
            )
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}
