/**
 * Text in a chart is laid out without measuring it: neither the server nor a PDF has a DOM. The
 * width is estimated from an average glyph of a sans-serif font, generously, so that an estimate
 * never falls short of the real width by much.
 */
const AVERAGE_EM = 0.56;

export function estimatedWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * AVERAGE_EM;
}

/** The text, cut with an ellipsis where it would run past `width`. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (estimatedWidth(text, fontSize) <= width) return text;
  const characters = [...text];
  const fits = Math.max(1, Math.floor(width / (fontSize * AVERAGE_EM)) - 1);
  return `${characters.slice(0, fits).join("").trimEnd()}…`;
}

/** The text broken at spaces into lines that fit `width`, at most `maxLines`, the last cut to fit. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimatedWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, width, fontSize));
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(" ");
  kept[maxLines - 1] = fitText(`${rest}…`, width, fontSize);
  return kept;
}
