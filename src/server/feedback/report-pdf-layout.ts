// The PDF's page and text: margins, colours, headings, paragraphs and bullets that keep to the
// page, and the numbers as the report prints them.

import { formatMean } from "../../domain/feedback/report-figures";

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
export const INK = "#0f172a";
export const MUTED = "#475569";
export const OTHERS = "#0f766e";
export const SELF = "#b45309";
export const RULE = "#cbd5e1";

// Text. The standard PDF fonts know the Windows-1252 characters only; others would print as
// garbage, so they are spelled out or shown as "?".

const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPELLED: Record<string, string> = { "≥": ">=", "≤": "<=", "→": "->", "−": "-", "≠": "!=" };

export function safe(text: string): string {
  return [...text.normalize("NFC")]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return char;
      if (WIN_ANSI_EXTRAS.has(char)) return char;
      return SPELLED[char] ?? "?";
    })
    .join("");
}

export function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(1).font("Helvetica-Bold").fontSize(15).fillColor(INK).text(safe(text), MARGIN);
  doc.moveDown(0.4).font("Helvetica").fontSize(10);
}

/** A block of text, moved whole to the next page when it would not fit on this one. */
function block(doc: Doc, text: string, x: number, width: number) {
  ensureRoom(doc, doc.heightOfString(text, { width }));
  const y = doc.y;
  doc.text(text, x, y, { width });
  return y;
}

export function paragraph(doc: Doc, text: string, color = INK) {
  doc.font("Helvetica").fontSize(10).fillColor(color);
  block(doc, safe(text), MARGIN, contentWidth(doc));
}

/** A bullet with a hanging indent: wrapped lines start under the text, not the bullet. */
export function bullet(doc: Doc, text: string) {
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  const y = block(doc, safe(text), MARGIN + 20, contentWidth(doc) - 20);
  const after = doc.y;
  doc.text("•", MARGIN + 8, y);
  doc.y = after;
  doc.moveDown(0.2);
  doc.x = MARGIN;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

export function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

export const one = (value: number | null | undefined) => (value == null ? "-" : formatMean(value));
export const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : "-");
