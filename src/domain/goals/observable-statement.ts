/**
 * Does a goal statement say what the client will visibly do? A transparent heuristic, not a
 * grammar: it looks for a verb from ACTION_VERBS used as a verb, and names the vague phrase that
 * stands in its place when there is none.
 *
 * A word counts as an action when it is a form of an action verb ("delegate", "delegates",
 * "delegated", "held") and
 * - it does not follow a determiner, a possessive or a preposition ("the plan", "my report",
 *   "team's review", "at delegating"): there it names a thing or a skill, not an act;
 * - if it ends in -ing, it follows "by" ("improve delegation by handing over two projects"):
 *   elsewhere an -ing form mostly names a skill ("better at giving feedback", "team planning").
 * A statement with at least one such word passes. The checks are guidance the coach can
 * override, so a rare miss costs a reason, not a wall.
 */

/** Verbs whose doing someone else could see or count. */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  wordList(`
  acknowledge agree answer ask assign attend block book brief call cancel chair challenge check
  close coach collect complete cut decide decline delegate deliver describe document draft email
  end explain facilitate finish follow give hand hire hold interview introduce invite launch
  lead limit list log meet mentor name note observe offer pause plan praise prepare present
  prioritise prioritize propose publish raise read recognise recognize record reduce refuse
  reply report request respond review run say schedule send set share ship speak spend start
  stop submit summarise summarize talk teach tell thank track train update visit walk write
  `),
);

/** Past forms the suffix rules cannot reach. */
const IRREGULAR: Readonly<Record<string, string>> = {
  gave: "give",
  given: "give",
  held: "hold",
  led: "lead",
  met: "meet",
  ran: "run",
  read: "read",
  said: "say",
  sent: "send",
  spent: "spend",
  spoke: "speak",
  spoken: "speak",
  taught: "teach",
  told: "tell",
  wrote: "write",
  written: "write",
};

/** Phrases that name a hope or an inner state rather than an act, checked in this order. */
export const VAGUE_PHRASES = [
  "be better at",
  "get better at",
  "be better",
  "be more",
  "become more",
  "become",
  "improve",
  "understand",
  "know",
  "learn about",
  "feel",
  "think about",
  "try to",
  "work on",
  "be aware",
  "be comfortable",
  "be confident",
  "focus on",
  "develop",
  "grow",
  "enhance",
  "strengthen",
];

/** Words after which a verb form is a noun or a skill, not an act. */
const NOUN_CONTEXT: ReadonlySet<string> = new Set(
  wordList(`
  a an the my our your their his her its this that these those each every some any no of at
  about on in for with better more good great
  `),
);

export type StatementVerdict =
  | { observable: true; verb: string }
  | { observable: false; vaguePhrase: string | null };

export function judgeStatement(statement: string): StatementVerdict {
  const words =
    statement
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1] ?? null;
    const verb = actionVerb(word);
    if (verb && usedAsVerb(word, previous)) return { observable: true, verb };
  }
  return { observable: false, vaguePhrase: firstVaguePhrase(words.join(" ")) };
}

function usedAsVerb(word: string, previous: string | null): boolean {
  if (previous && (NOUN_CONTEXT.has(previous) || previous.endsWith("'s"))) return false;
  return !word.endsWith("ing") || previous === "by";
}

/** The action verb a word is a form of, if any: "delegates", "planned", "writing", "held". */
export function actionVerb(word: string): string | null {
  if (IRREGULAR[word]) return IRREGULAR[word];
  return stems(word).find((stem) => ACTION_VERBS.has(stem)) ?? null;
}

function stems(word: string): string[] {
  const candidates = [word];
  for (const suffix of ["ing", "ed", "es", "s", "d"]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    candidates.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    if (suffix !== "ing" && stem.endsWith("i")) candidates.push(`${stem.slice(0, -1)}y`);
  }
  return candidates;
}

function firstVaguePhrase(text: string): string | null {
  const padded = ` ${text} `;
  return VAGUE_PHRASES.find((phrase) => padded.includes(` ${phrase} `)) ?? null;
}

function wordList(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
