import { Pencil } from "lucide-react";
import { useState } from "react";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { SustainPlan } from "../../../../contract/sustain";
import { SUSTAIN_STAGES } from "../../../../domain/sustain/plan";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useSustainPlan } from "../api/sustain";
import { PlanEditor } from "./plan-editor";
import { SelfCheckInHistory } from "./self-check-in-history";
import { SustainChoices } from "./sustain-choices";
import { SustainItemView } from "./sustain-item-view";

/**
 * The sustain plan of an engagement in review, sustaining or closed, for its client and coach:
 * the habits, mindsets and skills with their cues, checks and if-then plans, when the next self
 * check-in comes, what the check-ins said and any slip. `bare` sits inside the client's home card.
 */
export function SustainPlanCard({
  engagement,
  me,
  className,
  bare = false,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
  bare?: boolean;
}) {
  const party =
    (me.role === "client" && engagement.client.id === me.id) ||
    (me.role === "coach" && engagement.coach.id === me.id);
  const shown = party && SUSTAIN_STAGES.includes(engagement.stage);
  const plan = useSustainPlan(engagement.id, shown);
  if (!shown || isApiError(plan.error, 403)) return null;
  const isClient = me.role === "client";
  const description = isClient
    ? "What you will keep doing after the coaching: each with its cue, how you will know, and your if-then plans. Keel asks how it goes 30, 60 and 90 days after the end."
    : `What ${engagement.client.name.split(" ")[0]} will keep doing after the coaching, with its cues, checks and if-then plans; Keel asks them how it goes 30, 60 and 90 days after the end.`;
  const body = (
    <QueryState query={plan} loading="Loading the sustain plan…">
      {(data) => (
        <PlanBody engagementId={engagement.id} plan={data} isClient={isClient} bare={bare} />
      )}
    </QueryState>
  );
  if (bare)
    return (
      <section aria-labelledby={`sustain-${engagement.id}`} className="space-y-3">
        <h3 id={`sustain-${engagement.id}`} className="text-sm font-semibold text-slate-900">
          Your sustain plan
        </h3>
        {body}
      </section>
    );
  return (
    <Card className={className}>
      <section aria-labelledby="sustain-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="sustain-heading">Sustain plan</CardTitle>
            <CardDescription className="max-w-2xl">{description}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>{body}</CardContent>
      </section>
    </Card>
  );
}

function PlanBody({
  engagementId,
  plan,
  isClient,
  bare,
}: {
  engagementId: string;
  plan: SustainPlan;
  isClient: boolean;
  bare: boolean;
}) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <PlanEditor engagementId={engagementId} items={plan.items} onDone={() => setEditing(false)} />
    );
  const slipOf = new Map(plan.slips.map((slip) => [slip.itemId, slip.reason]));
  return (
    <div className="space-y-5">
      {plan.slips.length > 0 ? (
        <Alert tone="warning" title="Something has slipped">
          {isClient
            ? "That happens. Your if-then plans below are written for exactly this: pick one for this week."
            : "Two self check-ins in a row were missed or low for what is marked below."}
        </Alert>
      ) : null}
      {plan.items.length === 0 ? (
        <p className="text-sm text-slate-600">
          {plan.editable
            ? "No habits yet. Write together what will carry the growth on: a habit, a mindset or a new skill, each with the cue that starts it and an if-then plan for what could stop it."
            : "No sustain plan was written."}
        </p>
      ) : (
        <ul className="space-y-3">
          {plan.items.map((item) => (
            <SustainItemView key={item.id} item={item} slipReason={slipOf.get(item.id)} />
          ))}
        </ul>
      )}
      {plan.editable ? (
        <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
          <Pencil aria-hidden="true" />
          {plan.items.length === 0 ? "Write the plan" : "Edit the plan"}
        </Button>
      ) : null}
      <p className="text-sm text-slate-700">
        {plan.endedOn
          ? `The coaching ended on ${formatDate(plan.endedOn)}. `
          : "The self check-ins count from the day the engagement moves to sustaining. "}
        {plan.nextCheckIn ? `Next self check-in: ${formatDate(plan.nextCheckIn)}.` : null}
      </p>
      {plan.choicesEditable ? <SustainChoices engagementId={engagementId} plan={plan} /> : null}
      {!isClient ? (
        <p className="text-xs text-slate-600">
          {plan.tellCoach
            ? "Your client asked Keel to tell you when something slips."
            : "Your client has not asked Keel to tell you of a slip."}
        </p>
      ) : null}
      {!bare && plan.checkIns.length > 0 ? (
        <SelfCheckInHistory checkIns={plan.checkIns} items={plan.items} />
      ) : null}
    </div>
  );
}
