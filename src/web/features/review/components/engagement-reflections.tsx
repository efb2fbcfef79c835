import { ArrowRight } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import type { EngagementReflections as Reflections } from "../../../../contract/review";
import { Badge } from "../../../components/ui/badge";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format-date";
import { useReflections } from "../api/reflections";
import { isParty } from "./party-names";

export const reflectionsPath = (engagementId: string) => `/engagements/${engagementId}/reflections`;
export const reviewPath = (engagementId: string) => `/engagements/${engagementId}/review`;

/** The reflection points on the engagement page: which are due, how far each is, and what comes next. */
export function EngagementReflections({
  engagement,
  me,
  className,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
}) {
  const party = isParty(engagement, me);
  const reflections = useReflections(engagement.id, { enabled: party });
  if (!party || isApiError(reflections.error, 403) || !reflections.data) return null;
  const { points, next } = reflections.data;
  const quarters = points.filter((p) => p.kind === "quarter");
  const final = points.find((p) => p.kind === "final");

  return (
    <Card className={className}>
      <section aria-labelledby="reflections-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="reflections-heading">Reflection points</CardTitle>
            <CardDescription className="max-w-2xl">
              Every three months you each answer a short review of progress, and see each other's
              answers side by side once you have both shared. The last one is the final review.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          {points.length > 0 ? (
            <ul className="divide-y divide-slate-100 text-sm">
              {points.map((point) => (
                <li
                  key={point.key}
                  className="flex flex-wrap items-center justify-between gap-2 py-2"
                >
                  <span className="font-medium text-slate-900">
                    {point.title}
                    {point.dueOn ? (
                      <span className="font-normal text-slate-600">
                        {" "}
                        · due from {formatDate(point.dueOn)}
                      </span>
                    ) : null}
                  </span>
                  <Badge tone={progressTone(point)}>{progressText(point)}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {next ? <p className="text-sm text-slate-700">{nextText(next)}</p> : null}
          <div className="flex flex-wrap gap-2">
            {final ? (
              <Link to={reviewPath(engagement.id)} className={buttonClasses("primary", "sm")}>
                Open the final review
                <ArrowRight aria-hidden="true" />
              </Link>
            ) : null}
            {quarters.length > 0 ? (
              <Link
                to={reflectionsPath(engagement.id)}
                className={buttonClasses(final ? "secondary" : "primary", "sm")}
              >
                {final ? "Earlier reflections" : "Open reflections"}
                <ArrowRight aria-hidden="true" />
              </Link>
            ) : null}
          </div>
        </CardContent>
      </section>
    </Card>
  );
}

type Point = Reflections["points"][number];

function progressText(point: Point): string {
  if (point.other) return "Both shared";
  if (point.mine?.sharedAt) return "You shared; waiting";
  if (point.otherShared) return "Waiting for you";
  return point.mine ? "Your draft" : "To write";
}

function progressTone(point: Point) {
  if (point.other) return "success" as const;
  if (point.mine?.sharedAt) return "neutral" as const;
  return "warning" as const;
}

function nextText(next: NonNullable<Reflections["next"]>): string {
  if (next.kind === "quarter")
    return `The next reflection point falls on ${formatDate(next.dueOn)}.`;
  if (next.kind === "sessions")
    return `The first reflection point comes at a quarter's mark once ${next.sessionsToGo === 1 ? "one more session is" : `${next.sessionsToGo} more sessions are`} held.`;
  return "The next reflection is the final review, when the engagement moves to review.";
}
