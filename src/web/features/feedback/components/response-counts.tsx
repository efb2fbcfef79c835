import { ShieldCheck } from "lucide-react";
import { ProgressBar } from "../../../components/progress-bar";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import type { CampaignView } from "../api/types";
import { responseText, totalResponsesText } from "./rater-groups";

/**
 * How many raters of each group have answered, read again every 30 s while the survey is open;
 * never who. Groups nobody was asked in are left out.
 */
export function ResponseCounts({ view }: { view: CampaignView }) {
  const counts = view.counts.filter((count) => count.nominated > 0);
  const live = view.status === "collecting";
  return (
    <Card className="lg:col-span-2">
      <section aria-labelledby="responses-heading">
        <CardHeader>
          <div>
            <CardTitle id="responses-heading">Responses</CardTitle>
            <CardDescription>
              {live
                ? `${totalResponsesText(view.counts)} so far. The counts refresh every 30 seconds.`
                : `The survey closed with ${totalResponsesText(view.counts)}.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-5">
          <ul className="grid gap-4 sm:grid-cols-2">
            {counts.map((count) => (
              <li key={count.group} className="space-y-1.5">
                <p className="text-sm font-medium text-slate-900">{responseText(count)}</p>
                <ProgressBar done={count.responses} total={count.nominated} />
              </li>
            ))}
          </ul>
          <p className="flex items-start gap-2 text-sm text-slate-700">
            <ShieldCheck className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden="true" />
            <span>
              You will never see who answered what. A group appears in the report only with at least{" "}
              {view.threshold} answers; smaller groups are merged with others or left out.
            </span>
          </p>
        </CardContent>
      </section>
    </Card>
  );
}
