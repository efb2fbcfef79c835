import type { SponsorItem } from "../../../../domain/programmes/three-way-agreement";

/** Each item the sponsor may see, in plain words for the coach's form and everyone's reading. */
export const SPONSOR_ITEM_WORDS: Record<SponsorItem, { label: string; means: string }> = {
  "goal-titles": {
    label: "Goal titles",
    means: "What each goal is about, in one line.",
  },
  "goal-status": {
    label: "Goal status",
    means: "Whether each goal is on track, behind or achieved; not the measures or their notes.",
  },
  "goal-outcomes": {
    label: "Goal outcomes",
    means: "At the end, whether each goal was achieved, partly or not; never the words about it.",
  },
  sessions: {
    label: "Sessions used against planned",
    means: "Always shown: a fact of the engagement.",
  },
  stage: { label: "The stage", means: "Always shown: a fact of the engagement." },
};

export const CHOOSABLE_ITEMS: SponsorItem[] = ["goal-titles", "goal-status", "goal-outcomes"];

export const NEVER_SHOWN =
  "Never shown to the sponsor: session notes, reflections, check-ins, assessment answers and 360 reports, unless the client shares that very item.";

const PARTY_WORDS = { coach: "the coach", client: "the client", sponsor: "the sponsor" } as const;

/** "the client and the sponsor" */
export function partiesInWords(parties: readonly (keyof typeof PARTY_WORDS)[]): string {
  const words = parties.map((p) => PARTY_WORDS[p]);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
