import {
  CircleCheck,
  CircleDashed,
  CircleMinus,
  Repeat,
  TrendingDown,
  TrendingUp,
  TriangleAlert,
} from "lucide-react";
import type { Goal } from "../../../../contract/goals";
import { Badge, type BadgeTone } from "../../../components/ui/badge";
import { cn } from "../../../lib/cn";

type Status = Goal["status"]["status"];

const LOOK: Record<Status, { tone: BadgeTone; icon: typeof CircleCheck; box: string }> = {
  on_track: { tone: "success", icon: TrendingUp, box: "border-emerald-200 bg-emerald-50" },
  at_risk: { tone: "warning", icon: TriangleAlert, box: "border-amber-200 bg-amber-50" },
  off_track: { tone: "danger", icon: TrendingDown, box: "border-red-200 bg-red-50" },
  achieved: { tone: "brand", icon: CircleCheck, box: "border-brand-200 bg-brand-50" },
  dropped: { tone: "neutral", icon: CircleMinus, box: "border-slate-200 bg-slate-50" },
  replaced: { tone: "violet", icon: Repeat, box: "border-violet-200 bg-violet-50" },
  not_measured: { tone: "info", icon: CircleDashed, box: "border-sky-200 bg-sky-50" },
};

/** The status in words, with a colour and an icon that say the same. */
export function GoalStatusBadge({ status }: { status: Goal["status"] }) {
  const { tone, icon: Icon } = LOOK[status.status];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden="true" className="size-3.5" />
      {status.label}
    </Badge>
  );
}

/** The status and the domain's sentence that explains it, the same wherever it shows. */
export function GoalStatusLine({
  status,
  className,
}: {
  status: Goal["status"];
  className?: string;
}) {
  return (
    <div className={cn("rounded-lg border p-3", LOOK[status.status].box, className)}>
      <GoalStatusBadge status={status} />
      <p className="mt-1.5 text-sm text-slate-800">{status.explanation}</p>
    </div>
  );
}
