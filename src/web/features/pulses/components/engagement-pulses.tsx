import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { PulseOverview } from "../../../../contract/pulses";
import { Alert } from "../../../components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { usePulses } from "../api/pulses";
import { PulseQuestionsForm, PulseSettingsForm } from "./pulse-settings";
import { PulseTrend } from "./pulse-trend";
import { StakeholderList } from "./stakeholder-list";

/**
 * Stakeholder pulses on the engagement page, for its client and coach: who is asked (and who
 * added and approved them), what is asked, how often, the rounds, and the trend per behaviour.
 */
export function EngagementPulses({
  engagement,
  me,
  className,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
}) {
  const isParty =
    (me.role === "client" && engagement.client.id === me.id) ||
    (me.role === "coach" && engagement.coach.id === me.id);
  const pulses = usePulses(engagement.id, isParty);
  if (!isParty || isApiError(pulses.error, 403)) return null;
  const writable = engagement.stage !== "closed";
  const overview = pulses.data;

  return (
    <Card className={className}>
      <section aria-labelledby="pulses-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="pulses-heading">Stakeholder pulses</CardTitle>
            <CardDescription className="max-w-2xl">
              Every few weeks, a few quick questions on the goal behaviours go to the people{" "}
              {me.role === "client" ? "you" : "the client"} chose. Answers are anonymous: nothing
              shows until at least {overview?.threshold ?? 3} have answered.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          {pulses.error ? (
            <p role="alert" className="text-sm text-red-700">
              {pulses.error.message}
            </p>
          ) : null}
          {overview ? (
            <>
              {overview.whyNoRound ? <Alert tone="warning">{overview.whyNoRound}</Alert> : null}
              <section className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-900">Trend</h3>
                <PulseTrend trend={overview.trend} />
              </section>
              <section className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-900">Stakeholders</h3>
                <StakeholderList
                  engagementId={engagement.id}
                  overview={overview}
                  writable={writable}
                />
              </section>
              <section className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-900">What is asked</h3>
                {writable ? (
                  <PulseQuestionsForm
                    key={overview.settings.questions.map((q) => q.text).join("\n")}
                    engagementId={engagement.id}
                    overview={overview}
                  />
                ) : null}
              </section>
              {overview.viewer === "coach" && writable ? (
                <section className="space-y-2">
                  <h3 className="text-sm font-semibold text-slate-900">How often</h3>
                  <PulseSettingsForm engagementId={engagement.id} overview={overview} />
                </section>
              ) : null}
              <RoundList overview={overview} />
            </>
          ) : null}
        </CardContent>
      </section>
    </Card>
  );
}

function RoundList({ overview }: { overview: PulseOverview }) {
  if (overview.rounds.length === 0) return null;
  return (
    <section className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">Rounds</h3>
      <ul className="space-y-1 text-sm text-slate-800">
        {overview.rounds.map((round) => (
          <li key={round.id}>{roundLine(round, overview.threshold)}</li>
        ))}
      </ul>
    </section>
  );
}

function roundLine(round: PulseOverview["rounds"][number], threshold: number): string {
  if (round.status === "skipped")
    return `Due ${formatDate(round.dueAt)}: not sent. ${round.skippedBecause ?? ""}`;
  if (round.status === "open")
    return `Sent ${round.openedOn ? formatDate(round.openedOn) : ""} to ${round.invited} stakeholders; open until ${round.closesAt ? formatDate(round.closesAt) : ""}.`;
  const answered =
    round.responses === null ? `fewer than ${threshold} answered` : `${round.responses} answered`;
  return `Sent ${round.openedOn ? formatDate(round.openedOn) : ""} to ${round.invited}, closed ${round.closedOn ? formatDate(round.closedOn) : ""}: ${answered}.`;
}
