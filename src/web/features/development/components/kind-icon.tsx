import { EyeOff, Gem, type LucideIcon, Sparkles, Sprout } from "lucide-react";
import type { EntryKind } from "../../../../domain/development/entries";
import { cn } from "../../../lib/cn";
import { KIND_TONES } from "./kinds";

const ICONS: Record<EntryKind, LucideIcon> = {
  strength: Sparkles,
  development_area: Sprout,
  blind_spot: EyeOff,
  hidden_strength: Gem,
};

/** A kind's icon in a tinted circle, beside its section's heading; decorative. */
export function KindIcon({ kind, className }: { kind: EntryKind; className?: string }) {
  const Icon = ICONS[kind];
  return (
    <span
      className={cn(
        "flex size-9 shrink-0 items-center justify-center rounded-full",
        KIND_TONES[kind].icon,
        className,
      )}
    >
      <Icon className="size-4.5" aria-hidden="true" />
    </span>
  );
}
