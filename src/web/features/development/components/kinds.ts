import type { EntryKind } from "../../../../domain/development/entries";
import type { BadgeTone } from "../../../components/ui/badge";

type KindWords = {
  /** "Strength": a badge, an option of the kind select. */
  one: string;
  /** "Strengths": the section's heading. */
  many: string;
  /** "1 strength", "2 strengths", for counts in sentences. */
  count: (n: number) => string;
  /** What the kind means, under the section's heading. */
  about: string;
  /** Whether entries of this kind come from the released 360 report: self against others. */
  from360: boolean;
};

/** The four kinds of entry, in the order the profile shows them. */
export const KINDS: Record<EntryKind, KindWords> = {
  strength: {
    one: "Strength",
    many: "Strengths",
    count: (n) => `${n} ${n === 1 ? "strength" : "strengths"}`,
    about: "What already works well, to build on.",
    from360: false,
  },
  development_area: {
    one: "Development area",
    many: "Development areas",
    count: (n) => `${n} development ${n === 1 ? "area" : "areas"}`,
    about: "Where growth would make the biggest difference.",
    from360: false,
  },
  blind_spot: {
    one: "Blind spot",
    many: "Blind spots",
    count: (n) => `${n} blind ${n === 1 ? "spot" : "spots"}`,
    about: "Where others see less than the self-rating shows.",
    from360: true,
  },
  hidden_strength: {
    one: "Hidden strength",
    many: "Hidden strengths",
    count: (n) => `${n} hidden ${n === 1 ? "strength" : "strengths"}`,
    about: "Where others see more than the self-rating shows.",
    from360: true,
  },
};

export const KIND_ORDER: EntryKind[] = [
  "strength",
  "development_area",
  "blind_spot",
  "hidden_strength",
];

/** The id of a kind's section on the profile page, e.g. "profile-development_area". */
export function sectionId(kind: EntryKind): string {
  return `profile-${kind}`;
}

/** The badge tone and icon colour of each kind, the same on suggestions and sections. */
export const KIND_TONES = {
  strength: { badge: "success", icon: "bg-emerald-50 text-emerald-700" },
  development_area: { badge: "violet", icon: "bg-violet-50 text-violet-700" },
  blind_spot: { badge: "info", icon: "bg-sky-50 text-sky-700" },
  hidden_strength: { badge: "brand", icon: "bg-brand-50 text-brand-700" },
} as const satisfies Record<EntryKind, { badge: BadgeTone; icon: string }>;
