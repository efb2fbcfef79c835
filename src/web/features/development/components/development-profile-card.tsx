import { ArrowRight } from "lucide-react";
import { Link } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import { ErrorState } from "../../../components/error-state";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { isApiError } from "../../../lib/api-client";
import { cn } from "../../../lib/cn";
import { useDevelopmentProfile } from "../api/get-development-profile";
import { profileCounts } from "./profile-counts";

type DevelopmentProfileCardProps = { engagement: EngagementSummary; me: Me; className?: string };

/**
 * The engagement's development profile in brief, for its client and its coach only (the API
 * refuses everyone else, and then the card is not shown): how many strengths and development
 * areas, how many suggestions wait, and the way in.
 */
export function DevelopmentProfileCard({ engagement, me, className }: DevelopmentProfileCardProps) {
  const mayAsk =
    (me.role === "client" && engagement.client.id === me.id) ||
    (me.role === "coach" && engagement.coach.id === me.id);
  const profile = useDevelopmentProfile(engagement.id, { enabled: mayAsk });

  if (!mayAsk || isApiError(profile.error, 403)) return null;

  const isClient = engagement.client.id === me.id;
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;
  const waiting = profile.data?.proposals.length ?? 0;

  return (
    <Card className={className}>
      <section aria-labelledby="development-profile-heading">
        <CardHeader>
          <div className="min-w-0">
            <CardTitle id="development-profile-heading">Development profile</CardTitle>
            <CardDescription className="max-w-2xl">
              {isClient ? "Your" : `${firstName}'s`} strengths and development areas, each linked to
              its evidence: what goals are agreed from.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          {profile.isPending ? (
            <p role="status" className="text-sm text-slate-600">
              Loading the development profile…
            </p>
          ) : profile.error ? (
            <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
          ) : (
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
              {profileCounts(profile.data).map((text, index) => (
                <li
                  key={text}
                  className={cn(
                    "tabular-nums",
                    index === 2 && waiting > 0 ? "font-medium text-brand-800" : undefined,
                  )}
                >
                  {text}
                </li>
              ))}
            </ul>
          )}
          <Link
            to={`/engagements/${engagement.id}/development-profile`}
            className={buttonClasses("secondary", "sm")}
          >
            Open<span className="sr-only"> development profile</span>
            <ArrowRight aria-hidden="true" />
          </Link>
        </CardContent>
      </section>
    </Card>
  );
}
