import type { RaterGroup } from "../../domain/feedback/rater-groups";
import type { DemoFeedbackStory, DemoRater } from "./demo-feedback";
import { ORGANISATION_DOMAIN } from "./demo-programme-people";

// The 360s of Harbour Logistics' leaders: six colleagues each (their manager, two peers, three
// of their team), a baseline in the programme's second month and a repeat before the final
// review. The repeat rates the areas the programme works on (communicating, developing others,
// deciding, self-awareness) higher by the leader's growth; the rest barely moves.

const FIRST = ["Abena", "Brian", "Carmen", "Dmitri", "Esther", "Femi", "Greta", "Hugo", "Imani"];
const LAST = ["Walsh", "Kowalczyk", "Tanaka", "Oyelaran", "Berg", "Costa", "Murphy", "Ahmed"];
const GROUPS: RaterGroup[] = [
  "manager",
  "peer",
  "peer",
  "direct_report",
  "direct_report",
  "direct_report",
];
const COMMENTS: DemoRater["comments"][] = [
  { continue: "Keeps the depot calm when the schedule falls apart." },
  { start: "Share the reasons behind a change of route plan, not only the plan." },
  { continue: "Reliable: what is promised at the morning meeting happens." },
  { start: "Ask us how we would solve it before giving the answer." },
  { stop: "Taking the difficult calls with customers away from us." },
  { continue: "Makes time for one-to-ones even in peak season." },
];

/** Where the programme expects change, in scale points per unit of growth. */
const FOCUS: Record<string, number> = { com: 1, dev: 1.2, dec: 0.6, awa: 0.8 };
const PREFIXES = ["dir", "com", "dec", "res", "dev", "col", "tru", "awa", "rsl"];
/** Where leaders in operations typically start: strong on results, weaker on developing others. */
const START: Record<string, number> = {
  ...{ dir: 3.5, com: 3.0, dec: 3.3, res: 4.1, dev: 2.8 },
  ...{ col: 3.6, tru: 3.8, awa: 3.0, rsl: 3.6 },
};

function ratersFor(leader: number): DemoRater[] {
  return GROUPS.map((group, i) => {
    const first = FIRST[(leader + i * 2) % FIRST.length] as string;
    const last = LAST[(leader * 3 + i) % LAST.length] as string;
    return {
      name: `${first} ${last}`,
      email: `${first}.${last}.${leader}${i}@${ORGANISATION_DOMAIN}`.toLowerCase(),
      group,
      leaning: ((leader + i) % 5) * 0.1 - 0.2,
      comments: COMMENTS[(leader + i) % COMMENTS.length] ?? {},
    };
  });
}

function typicalFor(leader: number, growth: number): Record<string, number> {
  const typical: Record<string, number> = {};
  for (const prefix of PREFIXES) {
    const level =
      (START[prefix] ?? 3.5) + ((leader % 3) - 1) * 0.2 + (FOCUS[prefix] ?? 0.1) * growth;
    for (let item = 1; item <= 5; item += 1) typical[`${prefix}-${item}`] = level;
  }
  return typical;
}

/** The leader's baseline 360, or (with their growth) the repeat: the same raters both times. */
export function programme360(leader: number, growth: number): DemoFeedbackStory {
  return {
    raters: ratersFor(leader),
    typical: typicalFor(leader, growth),
    itemView: {},
    self: {},
    seed: 2000 + leader * 10 + (growth > 0 ? 1 : 0),
  };
}
