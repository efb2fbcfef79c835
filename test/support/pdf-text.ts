import { inflateSync } from "node:zlib";

/**
 * The text a PDF shows, roughly: what each text-showing operator of its content streams (deflated
 * or not) prints, one per line. Enough for the standard fonts, whose strings hold a byte a
 * character, written as `(literal)` or `<hex>` and split for kerning inside `[...] TJ`. It is no
 * PDF parser: text drawn any other way is missed.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const shown = /\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g;
  for (const content of contentStreams(pdf)) {
    for (const [, array, single] of content.matchAll(shown))
      lines.push(strings(array ?? single ?? ""));
  }
  return lines.filter((line) => line !== "").join("\n");
}

/** Every stream of the file, inflated when it is deflated; images come out as noise. */
function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const latin = pdf.toString("latin1");
  const opening = /stream\r?\n/g;
  for (let match = opening.exec(latin); match; match = opening.exec(latin)) {
    const start = match.index + match[0].length;
    const end = latin.indexOf("endstream", start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    let content = raw;
    try {
      content = inflateSync(raw);
    } catch {
      // Not deflated: read as it is.
    }
    streams.push(content.toString("latin1"));
    opening.lastIndex = end + "endstream".length;
  }
  return streams;
}

/** The characters of the strings in a TJ array or a Tj operand, kerning numbers left out. */
function strings(operands: string): string {
  let text = "";
  for (const [, hex, literal] of operands.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
    if (hex !== undefined) {
      const digits = hex.replace(/\s/g, "");
      for (let i = 0; i + 1 < digits.length; i += 2)
        text += String.fromCharCode(Number.parseInt(digits.slice(i, i + 2), 16));
    } else if (literal !== undefined) {
      text += literal.replace(/\\([()\\])/g, "$1");
    }
  }
  return text;
}
