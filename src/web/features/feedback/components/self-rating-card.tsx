import { ArrowRight, CircleCheck } from "lucide-react";
import { Link } from "react-router";
import type { CampaignView } from "../../../../contract/feedback";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { selfRatingPath } from "./campaign-actions";

/** The client's own ratings on the raters' behaviours: to do, or done. */
export function SelfRatingCard({ view }: { view: CampaignView }) {
  return (
    <Card className="border-brand-200 lg:col-span-2">
      <section aria-labelledby="self-rating-heading">
        <CardHeader>
          <div>
            <CardTitle id="self-rating-heading">Rate yourself</CardTitle>
            <CardDescription>
              The report sets your view of yourself beside your raters': where they see more in you
              than you do, and where they see less.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {view.selfRated ? (
            <p className="flex items-start gap-2 text-sm text-slate-800">
              <CircleCheck className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden="true" />
              You've rated yourself. Your ratings are final, and appear only in your report.
            </p>
          ) : (
            <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
              <p className="text-sm text-slate-700">
                The same {view.itemCount} behaviours your raters answer, about 10 minutes. Each
                answer is saved as you give it.
              </p>
              <Link to={selfRatingPath(view.id)} className={buttonClasses("primary")}>
                Rate yourself
                <ArrowRight aria-hidden="true" />
              </Link>
            </div>
          )}
        </CardContent>
      </section>
    </Card>
  );
}
