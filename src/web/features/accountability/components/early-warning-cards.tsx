import { ChevronDown } from "lucide-react";
import { useState } from "react";
import type { EarlyWarningSettings } from "../../../../contract/accountability";
import { QueryState } from "../../../components/query-state";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { cn } from "../../../lib/cn";
import {
  useEngagementEarlyWarnings,
  usePracticeEarlyWarnings,
  useSaveEngagementEarlyWarnings,
  useSavePracticeEarlyWarnings,
} from "../api/early-warnings";
import { EarlyWarningForm } from "./early-warning-form";

/** How many settings a layer sets of its own. */
function ownCount(settings: EarlyWarningSettings, layer: "practice" | "engagement"): number {
  return Object.values(settings.sources)
    .flatMap((rule) => Object.values(rule))
    .filter((source) => source === layer).length;
}

/** On the settings page, for the practice's admin: the thresholds every engagement starts from. */
export function PracticeEarlyWarningsCard() {
  const settings = usePracticeEarlyWarnings();
  const save = useSavePracticeEarlyWarnings();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="practice-early-warnings-heading">Early-warning settings</CardTitle>
          <CardDescription>
            When Keel tells a coach a client may need them, on the coach's home and in the weekly
            digest. These apply to every engagement of the practice; a coach may change them for one
            engagement, but not for the practice.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={settings} loading="Loading the settings…">
          {(data) => (
            <EarlyWarningForm
              layer="practice"
              settings={data}
              save={save}
              labelledBy="practice-early-warnings-heading"
            />
          )}
        </QueryState>
      </CardContent>
    </Card>
  );
}

/** On the engagement page, for its coach: this client's thresholds over the practice's, folded. */
export function EngagementEarlyWarningsCard({
  engagementId,
  className,
}: {
  engagementId: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const settings = useEngagementEarlyWarnings(engagementId);
  const save = useSaveEngagementEarlyWarnings(engagementId);
  const own = settings.data ? ownCount(settings.data, "engagement") : 0;
  const formId = `early-warnings-${engagementId}`;
  return (
    <Card className={className}>
      <CardHeader>
        <div>
          <CardTitle id="engagement-early-warnings-heading">Early-warning settings</CardTitle>
          <CardDescription>
            {own === 0
              ? "This engagement uses the practice's thresholds for warning you about this client."
              : `This engagement sets ${own === 1 ? "1 threshold" : `${own} thresholds`} of its own; the rest are the practice's.`}
          </CardDescription>
        </div>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? "Hide" : "Change"}
          <ChevronDown aria-hidden="true" className={cn("transition", open && "rotate-180")} />
        </Button>
      </CardHeader>
      {open ? (
        <CardContent id={formId}>
          <QueryState query={settings} loading="Loading the settings…">
            {(data) => (
              <EarlyWarningForm
                layer="engagement"
                settings={data}
                save={save}
                labelledBy="engagement-early-warnings-heading"
              />
            )}
          </QueryState>
        </CardContent>
      ) : null}
    </Card>
  );
}
