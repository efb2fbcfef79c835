// The PDF's page and text: the embedded font, margins, colours, headings that keep with what
// follows them, paragraphs, and dates as people write them.

import { MAIN, registerPdfFonts } from "./pdf-fonts";
import { setWeight, type TextOptions, textHeightOf, writeText } from "./text-runs";

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
/** Room under the text for the footer: the practice's name and the page number. */
export const FOOTER_ROOM = 70;
export const INK = "#0f172a";
export const MUTED = "#475569";
export const ACCENT = "#0f766e";
export const WARNING = "#b45309";
export const RULE = "#cbd5e1";
export const PANEL = "#f1f5f9";

/**
 * Noto Sans, shipped in content/fonts under the SIL Open Font License: Latin (Central European
 * and Vietnamese too), Greek, Cyrillic and Devanagari, with Noto faces for Hebrew, Arabic and
 * Thai that text falls back to. The standard PDF fonts know Western European letters only.
 */
export const SANS = MAIN.regular;
export const SANS_BOLD = MAIN.bold;

/** Every document embeds the glyphs it uses, of the faces it uses. */
export function registerFonts(doc: Doc) {
  registerPdfFonts(doc);
  setWeight(doc, "regular");
}

/** Text as doc.text writes it, in whatever script it is written (see pdf/text-runs). */
export function write(doc: Doc, text: string, x: number, y: number, options: TextOptions) {
  writeText(doc, text, x, y, options);
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function pageBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** A new page unless `height` still fits on this one. */
export function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

export function style(doc: Doc, { size = 10, bold = false, color = INK }: TextStyle = {}) {
  return setWeight(doc, bold ? "bold" : "regular")
    .fontSize(size)
    .fillColor(color);
}

/** How tall the text is at this style and width. */
export function textHeight(doc: Doc, text: string, width: number, textStyle: TextStyle = {}) {
  style(doc, textStyle);
  return textHeightOf(doc, text, { width });
}

/**
 * A part's heading, kept on one page with the first `keep` points of what follows it, so no
 * heading is left alone at the foot of a page.
 */
export function heading(doc: Doc, text: string, keep = 90) {
  doc.moveDown(0.8);
  const height = textHeight(doc, text, contentWidth(doc), { size: 16, bold: true });
  ensureRoom(doc, height + 8 + keep);
  write(style(doc, { size: 16, bold: true }), text, MARGIN, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + contentWidth(doc), y)
    .lineWidth(1)
    .strokeColor(RULE)
    .stroke();
  doc.y = y + 8;
}

/** A heading inside a part, kept with what follows it in the same way. */
export function subheading(doc: Doc, text: string, keep = 50) {
  doc.moveDown(0.5);
  const height = textHeight(doc, text, contentWidth(doc), { size: 12, bold: true });
  ensureRoom(doc, height + keep);
  write(style(doc, { size: 12, bold: true }), text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
}

/** A paragraph across the page, moved whole to the next page when it is short and does not fit. */
export function paragraph(doc: Doc, text: string, textStyle: TextStyle = {}, x = MARGIN) {
  const width = contentWidth(doc) - (x - MARGIN);
  const height = textHeight(doc, text, width, textStyle);
  if (height < 200) ensureRoom(doc, height);
  write(style(doc, textStyle), text, x, doc.y, { width });
  doc.x = MARGIN;
}

/** "4 December 2026": a moment as a day in the campaign's time zone, or a calendar day as it is. */
export function writtenDate(at: Date | string, timeZone: string): string {
  const date = typeof at === "string" ? new Date(`${at}T12:00:00Z`) : at;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: typeof at === "string" ? "UTC" : timeZone,
  });
}

/** "Page 2 of 7" and the practice's name at the foot of every page, once all pages exist. */
export function footers(doc: Doc, practiceName: string, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 42;
    const width = contentWidth(doc);
    doc
      .moveTo(MARGIN, y - 8)
      .lineTo(MARGIN + width, y - 8)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    style(doc, { size: 8, color: MUTED });
    write(doc, `${practiceName} · ${title}`, MARGIN, y, {
      width: width - 90,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN + width - 90, y, {
      width: 90,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
