import { ShieldCheck } from "lucide-react";
import type { CampaignView } from "../../../../contract/feedback";
import { ProgressBar } from "../../../components/progress-bar";
import { Alert } from "../../../components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import type { Viewer } from "./campaign-steps";
import { responseText, totalResponsesText } from "./rater-groups";

/**
 * How many raters have answered, read again every 30 s while the survey is open; never who.
 * Groups smaller than the threshold are counted with others, never on their own.
 */
export function ResponseCounts({ view, viewer }: { view: CampaignView; viewer: Viewer }) {
  const live = view.status === "collecting";
  return (
    <Card className="lg:col-span-2">
      <section aria-labelledby="responses-heading">
        <CardHeader>
          <div>
            <CardTitle id="responses-heading">Responses</CardTitle>
            <CardDescription>
              {live
                ? `${totalResponsesText(view)} so far. The counts refresh every 30 seconds.`
                : `The survey closed with ${totalResponsesText(view)}.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-5">
          {viewer === "coach" && view.answersLeftOut > 0 ? <AnswersLeftOut view={view} /> : null}
          <ul className="grid gap-4 sm:grid-cols-2">
            {view.responseCounts.map((count) => (
              <li key={count.id} className="space-y-1.5">
                <p className="text-sm font-medium text-slate-900">{responseText(count)}</p>
                <ProgressBar done={count.responses} total={count.nominated} />
              </li>
            ))}
          </ul>
          <p className="flex items-start gap-2 text-sm text-slate-700">
            <ShieldCheck className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden="true" />
            <span>
              You will never see who answered what. Groups of fewer than {view.threshold} raters are
              counted together with others, and a group appears in the report only with at least{" "}
              {view.threshold} answers; smaller groups are merged with others or left out.
            </span>
          </p>
        </CardContent>
      </section>
    </Card>
  );
}

/** "1 answer could not be read and was left out": the coach is told, the report goes on. */
export function AnswersLeftOut({ view }: { view: Pick<CampaignView, "answersLeftOut"> }) {
  const count = view.answersLeftOut;
  return (
    <Alert tone="warning" title={answersLeftOutText(count)}>
      <p>
        {count === 1 ? "It is" : "They are"} in no figure and no comment of the report; every other
        answer is.
      </p>
    </Alert>
  );
}

export function answersLeftOutText(count: number): string {
  return count === 1
    ? "1 answer could not be read and was left out"
    : `${count} answers could not be read and were left out`;
}
