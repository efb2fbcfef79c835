// Text as people write it, in whatever script: split into runs by the face that has their
// glyphs, wrapped with each run measured in its own face, ordered line by line with the Unicode
// bidirectional algorithm (Hebrew and Arabic run right to left) and set run by run, each shaped
// by fontkit (Arabic letters joined). Text the main face covers entirely goes to pdfkit as it is.

import bidiFactory, { type EmbeddingLevels } from "bidi-js";
import { baselineInLine, covers, FACES, MAIN, type Weight } from "./pdf-fonts";

type Doc = PDFKit.PDFDocument;

export interface TextOptions {
  width: number;
  /** "left" is the start of the line: the right edge for a right-to-left paragraph. */
  align?: "left" | "right" | "center";
  /** At most this tall: the lines below are left out. */
  height?: number;
  /** The last line shown ends with "…" when text is left out. */
  ellipsis?: boolean;
  /** false: one line. */
  lineBreak?: boolean;
  characterSpacing?: number;
}

const bidi = bidiFactory();
const weights = new WeakMap<Doc, Weight>();

/** Sets the main face of a weight: the text written next looks for its glyphs in its faces. */
export function setWeight(doc: Doc, weight: Weight): Doc {
  weights.set(doc, weight);
  return doc.font(MAIN[weight]);
}

/** Writes text at (x, y) as doc.text does, and leaves the cursor under it. */
export function writeText(doc: Doc, text: string, x: number, y: number, options: TextOptions) {
  const weight = weights.get(doc) ?? "regular";
  if (plain(text, weight)) {
    doc.text(text, x, y, options);
    return;
  }
  const lineHeight = doc.currentLineHeight(true);
  const baseline = baselineInLine(MAIN[weight]) * lineHeight;
  const lines = layout(doc, text, weight, options);
  lines.forEach((line, i) => {
    drawLine(doc, line, x, y + i * lineHeight + baseline, options);
  });
  doc.font(MAIN[weight]);
  doc.x = x;
  doc.y = y + lines.length * lineHeight;
}

/** How tall writeText would set the text. */
export function textHeightOf(doc: Doc, text: string, options: TextOptions): number {
  const weight = weights.get(doc) ?? "regular";
  if (plain(text, weight)) return doc.heightOfString(text, options);
  const lineHeight = doc.currentLineHeight(true);
  const lines = layout(doc, text, weight, options);
  doc.font(MAIN[weight]);
  return lines.length * lineHeight;
}

/** How wide writeText would set the text on one line. */
export function textWidthOf(doc: Doc, text: string): number {
  const weight = weights.get(doc) ?? "regular";
  if (plain(text, weight)) return doc.widthOfString(text);
  const p = paragraph(text.replace(/\s+/g, " "), weight);
  const width = measure(doc, p, 0, p.text.length);
  doc.font(MAIN[weight]);
  return width;
}

/** Whether the main face has every character (then nothing is right to left either). */
export function inMainFace(text: string): boolean {
  return plain(text, "regular");
}

/** Every character is in the main face, so there is nothing right to left and one face. */
function plain(text: string, weight: Weight): boolean {
  const main = MAIN[weight];
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint > 0x7e && !covers(main, codePoint)) return false;
  }
  return true;
}

/** A paragraph: its text, the face of each UTF-16 unit, and its bidi levels. */
interface Paragraph {
  text: string;
  faces: string[];
  levels: EmbeddingLevels;
  rtl: boolean;
}

/** A line: a logical range of a paragraph, its trailing spaces included. */
interface Line {
  paragraph: Paragraph;
  start: number;
  end: number;
}

function layout(doc: Doc, text: string, weight: Weight, options: TextOptions): Line[] {
  const paragraphs = text.split(/\r\n|\r|\n/).map((part) => paragraph(part, weight));
  const lines = paragraphs.flatMap((p) =>
    wrap(doc, p, options.lineBreak === false ? Infinity : options.width),
  );
  const lineHeight = doc.currentLineHeight(true);
  const most =
    options.lineBreak === false
      ? 1
      : options.height
        ? Math.max(1, Math.floor(options.height / lineHeight))
        : Infinity;
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  const last = kept[most - 1] as Line;
  if (options.ellipsis) kept[most - 1] = ellipsised(doc, last, weight, options.width);
  return kept;
}

function paragraph(text: string, weight: Weight): Paragraph {
  const levels = bidi.getEmbeddingLevels(text, "auto");
  return {
    text,
    faces: facesOf(text, weight),
    levels,
    rtl: (levels.paragraphs[0]?.level ?? 0) % 2 === 1,
  };
}

/** The face each character of the text is set in, in the order of the text. */
export function facesFor(text: string, weight: Weight): { char: string; face: string }[] {
  const faces = facesOf(text, weight);
  let i = 0;
  return [...text].map((char) => {
    const face = faces[i] as string;
    i += char.length;
    return { char, face };
  });
}

/**
 * The face of each UTF-16 unit: a letter takes the first face that has it; spaces, digits,
 * punctuation and marks stay in the face before them when it has them, so a Hebrew or Arabic
 * phrase is one run with its spaces and punctuation.
 */
function facesOf(text: string, weight: Weight): string[] {
  const faces = FACES[weight];
  const main = MAIN[weight];
  const result: string[] = [];
  let current = main;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const keep = !/\p{L}/u.test(char) && covers(current, codePoint);
    if (!keep) current = faces.find((face) => covers(face, codePoint)) ?? main;
    for (let i = 0; i < char.length; i++) result.push(current);
  }
  return result;
}

/** Lines of at most `width`, broken after spaces; a word wider than a line is broken inside. */
function wrap(doc: Doc, p: Paragraph, width: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let end = 0;
  let used = 0;
  for (const [from, to] of pieces(doc, p, width)) {
    const visible = measure(doc, p, from, trimmedEnd(p.text, from, to));
    if (end > start && used + visible > width) {
      lines.push({ paragraph: p, start, end });
      start = from;
      used = 0;
    }
    used += measure(doc, p, from, to);
    end = to;
  }
  lines.push({ paragraph: p, start, end });
  return lines;
}

/** Words with their trailing spaces, and the parts of a word too wide for a line. */
function* pieces(doc: Doc, p: Paragraph, width: number): Generator<[number, number]> {
  for (const match of p.text.matchAll(/\S*\s*/g)) {
    const from = match.index;
    const to = from + match[0].length;
    if (to === from) continue;
    if (measure(doc, p, from, trimmedEnd(p.text, from, to)) <= width) yield [from, to];
    else yield* segments(doc, p, from, to, width);
  }
}

const words = new Intl.Segmenter(undefined, { granularity: "word" });
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Where a line may break inside a word too wide for it: between the words of a script written
 * without spaces (Thai), else between characters.
 */
function* segments(doc: Doc, p: Paragraph, from: number, to: number, width: number) {
  for (const word of words.segment(p.text.slice(from, to))) {
    const start = from + word.index;
    if (measure(doc, p, start, start + word.segment.length) <= width)
      yield [start, start + word.segment.length] as [number, number];
    else
      for (const { index, segment } of graphemes.segment(word.segment))
        yield [start + index, start + index + segment.length] as [number, number];
  }
}

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

/** The width of a logical range, each run in its own face. */
function measure(doc: Doc, p: Paragraph, from: number, to: number): number {
  let width = 0;
  for (const run of faceRuns(p, from, to))
    width += doc.font(run.face).widthOfString(p.text.slice(run.from, run.to), { features: [] });
  return width;
}

function* faceRuns(p: Paragraph, from: number, to: number) {
  let start = from;
  for (let i = from + 1; i <= to; i++)
    if (i === to || p.faces[i] !== p.faces[start]) {
      yield { face: p.faces[start] as string, from: start, to: i };
      start = i;
    }
}

/** The last line that fits, shortened until it and "…" fit the width (found by halving). */
function ellipsised(doc: Doc, line: Line, weight: Weight, width: number): Line {
  const chars = [...line.paragraph.text.slice(line.start, line.end).trimEnd()];
  const shortened = (n: number) => paragraph(`${chars.slice(0, n).join("").trimEnd()}…`, weight);
  const fits = (n: number) => {
    const p = shortened(n);
    return measure(doc, p, 0, p.text.length) <= width;
  };
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  const p = shortened(low);
  return { paragraph: p, start: 0, end: p.text.length };
}

/** A run to set: consecutive in both logical and visual order, in one face and one direction. */
interface VisualRun {
  face: string;
  /** What is handed to pdfkit. */
  text: string;
  width: number;
}

function drawLine(doc: Doc, line: Line, x: number, baseline: number, options: TextOptions) {
  const runs = visualRuns(doc, line);
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  const align = options.align ?? "left";
  const free = options.width - total;
  let at = x;
  if (align === "center") at += free / 2;
  else if (align === "right" || line.paragraph.rtl) at += free;
  for (const run of runs) {
    doc.font(run.face).text(run.text, at, baseline, {
      lineBreak: false,
      baseline: "alphabetic",
      features: [],
    });
    at += run.width;
  }
}

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function visualRuns(doc: Doc, line: Line): VisualRun[] {
  const p = line.paragraph;
  const last = trimmedEnd(p.text, line.start, line.end) - 1;
  if (last < line.start) return [];
  // bidi-js answers with the indices of the whole paragraph, this line's reordered.
  const order = bidi
    .getReorderedIndices(p.text, p.levels, line.start, last)
    .slice(line.start, last + 1);
  const mirrored = bidi.getMirroredCharactersMap(p.text, p.levels.levels, line.start, last);
  const runs: VisualRun[] = [];
  let first = 0;
  for (let i = 1; i <= order.length; i++) {
    const a = order[i - 1] as number;
    const b = order[i];
    const step = (p.levels.levels[a] ?? 0) % 2 ? -1 : 1;
    const joined =
      b !== undefined &&
      b === a + step &&
      p.faces[b] === p.faces[a] &&
      p.levels.levels[b] === p.levels.levels[a];
    if (joined) continue;
    const indices = order.slice(first, i);
    runs.push(visualRun(doc, p, indices, mirrored));
    first = i;
  }
  return runs.filter((run) => run.text !== "");
}

/**
 * fontkit sets a run right to left when its first letter is of a right-to-left script; a run
 * whose direction differs (punctuation between two Hebrew phrases, Arabic-Indic digits) is
 * handed to it reversed.
 */
function visualRun(doc: Doc, p: Paragraph, indices: number[], mirrored: Map<number, string>) {
  const from = Math.min(...indices);
  const to = Math.max(...indices);
  let text = "";
  for (let i = from; i <= to; i++) text += mirrored.get(i) ?? p.text[i];
  text = text.replace(BIDI_CONTROLS, "");
  const rtl = (p.levels.levels[from] ?? 0) % 2 === 1;
  if (rtl !== fontkitRtl(text)) text = [...text].reverse().join("");
  const face = p.faces[from] as string;
  return { face, text, width: doc.font(face).widthOfString(text, { features: [] }) };
}

function fontkitRtl(text: string): boolean {
  const letter = /[^\p{Script=Common}\p{Script=Inherited}]/u.exec(text)?.[0];
  return (
    letter !== undefined &&
    /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(
      letter,
    )
  );
}
