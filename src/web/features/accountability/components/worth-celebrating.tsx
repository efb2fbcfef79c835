import { Flag, Flame, type LucideIcon, PartyPopper, Target, Trophy } from "lucide-react";
import type { CelebrationView } from "../../../../contract/accountability";
import { Button } from "../../../components/ui/button";
import { cn } from "../../../lib/cn";
import { formatDate } from "../../../lib/format-date";
import { useCelebrations, useMarkCelebrationsSeen } from "../api/celebrations";

const ICONS: Record<CelebrationView["kind"], LucideIcon> = {
  milestone: Flag,
  target: Target,
  streak: Flame,
  win: Trophy,
};

/**
 * What went well since the viewer last looked, for the client and their coach: shown until they
 * dismiss it, then never again as news (the engagement's timeline keeps it). Nothing when there
 * is nothing new, or when it cannot be read: it is good news, never in the way.
 */
export function WorthCelebrating({
  engagementId,
  title,
  heading: Heading = "h2",
  className,
}: {
  engagementId: string;
  /** The engagement's title, when several may show on one page. */
  title?: string;
  /** h3 inside a card of its own heading. */
  heading?: "h2" | "h3";
  className?: string;
}) {
  const celebrations = useCelebrations(engagementId);
  const seen = useMarkCelebrationsSeen(engagementId);
  const news = (celebrations.data?.celebrations ?? []).filter((c) => c.isNew);
  if (news.length === 0) return null;
  const headingId = `worth-celebrating-${engagementId}`;
  return (
    <section
      aria-labelledby={headingId}
      className={cn(
        "rounded-xl border border-amber-200 bg-gradient-to-br from-amber-50 to-white p-4 shadow-sm",
        className,
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <Heading id={headingId} className="flex items-center gap-2 font-semibold text-amber-900">
          <PartyPopper aria-hidden="true" className="size-5 shrink-0 text-amber-600" />
          Worth celebrating
          {title ? <span className="sr-only">: {title}</span> : null}
        </Heading>
        <Button
          variant="ghost"
          size="sm"
          pending={seen.isPending}
          onClick={() => seen.mutate(news.map((c) => c.key))}
        >
          Dismiss<span className="sr-only"> the celebrations</span>
        </Button>
      </div>
      <ul className="mt-3 space-y-2">
        {news.map((celebration) => (
          <CelebrationLine key={celebration.key} celebration={celebration} />
        ))}
      </ul>
      {seen.error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          This could not be dismissed just now. Try again in a moment.
        </p>
      ) : null}
    </section>
  );
}

function CelebrationLine({ celebration }: { celebration: CelebrationView }) {
  const Icon = ICONS[celebration.kind];
  return (
    <li className="flex items-start gap-3 text-sm">
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
      <div className="min-w-0">
        <p className="break-words font-medium text-slate-900">{celebration.title}</p>
        {celebration.detail ? (
          <p className="break-words text-slate-700">
            {celebration.kind === "win" ? `“${celebration.detail}”` : celebration.detail}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">{formatDate(celebration.on)}</p>
      </div>
    </li>
  );
}
