import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";

// The key phrases of a text, found by wink-nlp's English model on this machine (nothing leaves
// it). A phrase is a content word (a noun, proper noun, verb or adjective that is not a stop
// word) by its lemma, or two content words side by side in one sentence whose second is a noun
// ("supplier review"). Simple enough to explain to the person reading the patterns.

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const NOUNS = new Set(["NOUN", "PROPN"]);
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
}

/** Each phrase of `text` with how many times it occurs. */
export function keyPhrases(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (text.trim() === "") return counts;
  const add = (phrase: string) => counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  for (const sentence of wordsBySentence(text)) {
    sentence.forEach((word, index) => {
      if (!word.content) return;
      add(word.lemma);
      const next = sentence[index + 1];
      if (next?.content && NOUNS.has(next.pos)) add(`${word.lemma} ${next.lemma}`);
    });
  }
  return counts;
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
          CONTENT.has(tag) &&
          /^\p{L}[\p{L}'-]*\p{L}$/u.test(lemma) &&
          lemma.length >= 3 &&
          lemma.length <= MAX_WORD;
        return { lemma, pos: tag, content };
      }),
    );
  });
  return sentences;
}
