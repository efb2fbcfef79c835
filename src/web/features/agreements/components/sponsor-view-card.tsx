import type { Me } from "../../../../contract/accounts";
import type { EngagementSummary } from "../../../../contract/engagements";
import { QueryState } from "../../../components/query-state";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useSponsorView } from "../api/agreement";
import { ConsentForm, ReadLog } from "./consent-form";
import { SponsorGoals } from "./sponsor-goals";
import { NEVER_SHOWN } from "./sponsor-item-words";

/**
 * What the sponsor sees of the engagement. The sponsor reads it here (each read logged for the
 * client); the client sees the same, chooses what of it is shown and sees every read.
 */
export function SponsorViewCard({
  engagement,
  me,
  className,
}: {
  engagement: EngagementSummary;
  me: Me;
  className?: string;
}) {
  const isSponsor = engagement.sponsor?.id === me.id && me.role === "sponsor";
  const isClient = engagement.client.id === me.id && me.role === "client";
  const shown = Boolean(engagement.sponsor) && (isSponsor || isClient);
  const view = useSponsorView(engagement.id, shown);
  if (!shown) return null;
  const clientName = engagement.client.name;
  return (
    <Card className={className}>
      <section aria-labelledby="sponsor-view-heading">
        <CardHeader>
          <div>
            <CardTitle id="sponsor-view-heading">
              {isSponsor ? "What you see" : "What your sponsor sees"}
            </CardTitle>
            <CardDescription>
              {isSponsor
                ? `Only what ${clientName} consented to. ${clientName} sees each time you read it.`
                : `${engagement.sponsor?.name} sees this and nothing more. You can narrow it at any time.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-4">
          <QueryState query={view} loading="Loading what the sponsor sees…">
            {(data) => (
              <>
                <SponsorGoals view={data} />
                <p className="text-sm text-slate-600">
                  {data.basis === "agreement"
                    ? `Shown as the agreement in force and ${isSponsor ? `${clientName}'s` : "your"} consent allow. `
                    : `No agreement is in force yet: only what ${isSponsor ? clientName : "you"} chose to share from the final report is shown. `}
                  {NEVER_SHOWN}
                </p>
                {data.consent ? <ConsentForm engagementId={engagement.id} view={data} /> : null}
                {data.consent ? <ReadLog reads={data.consent.reads} /> : null}
              </>
            )}
          </QueryState>
        </CardContent>
      </section>
    </Card>
  );
}
