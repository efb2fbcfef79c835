import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";

// The key phrases of a text, found by wink-nlp's English model on this machine (nothing leaves
// it). A phrase is a common noun that is not a stop word, by its lemma ("interruption"), or an
// adjective or noun followed by a noun in one sentence ("team meeting", "difficult
// conversation"). Names of people and verbs on their own are left out: in a coach's notes they
// recur in every session and say nothing about a pattern. The model takes a capitalised first
// word of a sentence for a name ("Delegation came up"), so a sentence's first word counts as a
// noun unless the text also names it mid-sentence. Simple enough to explain to the reader.

const CONTENT = new Set(["NOUN", "ADJ"]);
const NOUNS = new Set(["NOUN"]);
/** Nouns so general that their recurring says nothing. */
const VAGUE = new Set([
  "thing",
  "time",
  "way",
  "lot",
  "bit",
  "something",
  "anything",
  "week",
  "day",
]);
/** Longer words are kept whole; anything beyond this is not a word a person wrote to be read. */
const MAX_WORD = 40;

let loaded: WinkMethods | undefined;

/** The model, loaded on first use and kept: loading takes a tenth of a second. */
function nlp(): WinkMethods {
  loaded ??= winkNLP(model);
  return loaded;
}

interface Word {
  lemma: string;
  pos: string;
  content: boolean;
  /** The sentence's first word, capitalised whatever it is. */
  initial: boolean;
}

/** Each phrase of `text` with how many times it occurs. */
export function keyPhrases(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (text.trim() === "") return counts;
  const add = (phrase: string) => counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  const sentences = wordsBySentence(text).map(asNouns);
  for (const sentence of sentences) {
    sentence.forEach((word, index) => {
      if (!word.content) return;
      if (NOUNS.has(word.pos) && !VAGUE.has(word.lemma)) add(word.lemma);
      const next = sentence[index + 1];
      if (word.pos === "PROPN") return;
      if (next?.content && NOUNS.has(next.pos)) add(`${word.lemma} ${next.lemma}`);
    });
  }
  return counts;
}

/** Each sentence with a first word read as a noun unless the text names it elsewhere. */
function asNouns(sentence: Word[], _index: number, all: Word[][]): Word[] {
  return sentence.map((word) => {
    if (word.pos !== "PROPN") return word;
    const named = all.some((s) =>
      s.some((w) => !w.initial && w.pos === "PROPN" && w.lemma === word.lemma),
    );
    return word.initial && !named ? { ...word, pos: "NOUN" } : word;
  });
}

/** The sentences' tokens; anything but a word (punctuation, a symbol, a link) breaks a pair. */
function wordsBySentence(text: string): Word[][] {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const sentences: Word[][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens = sentence.tokens();
    // wink's typings reject some of its own `its` helpers on a sentence's tokens.
    const out = <T>(helper: unknown) => tokens.out(helper as never) as unknown as T[];
    const types = out<string>(its.type);
    const lemmas = out<string>(its.lemma);
    const pos = out<string>(its.pos);
    const stop = out<boolean>(its.stopWordFlag);
    sentences.push(
      types.map((type, i) => {
        const lemma = (lemmas[i] ?? "").toLowerCase();
        const tag = pos[i] ?? "";
        const content =
          type === "word" &&
          !stop[i] &&
          (CONTENT.has(tag) || tag === "PROPN") &&
          /^\p{L}[\p{L}'-]*\p{L}$/u.test(lemma) &&
          lemma.length >= 3 &&
          lemma.length <= MAX_WORD;
        const initial = i === types.indexOf("word");
        return { lemma, pos: tag, content, initial };
      }),
    );
  });
  return sentences;
}
