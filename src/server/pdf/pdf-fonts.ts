// The fonts Keel's PDFs embed (content/fonts, SIL Open Font License): Noto Sans first, then one
// Noto face for each script it lacks. A character is set in the first face that has its glyph.

import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { PROJECT_ROOT } from "../project-root";

export type Weight = "regular" | "bold";

const FAMILIES = ["NotoSans", "NotoSansHebrew", "NotoSansArabic", "NotoSansThai"] as const;

/** The faces of a weight, in the order a character looks for its glyph; the first is the main one. */
export const FACES: Record<Weight, readonly string[]> = {
  regular: FAMILIES.map((family) => `${family}-Regular`),
  bold: FAMILIES.map((family) => `${family}-Bold`),
};

/** The main face of each weight: Latin, Greek and Cyrillic. */
export const MAIN: Record<Weight, string> = { regular: "NotoSans-Regular", bold: "NotoSans-Bold" };

const bytes = new Map<string, Buffer>();
const parsed = new Map<string, fontkit.Font>();

/** A face's file, read once per process. */
export function fontBytes(face: string): Buffer {
  let data = bytes.get(face);
  if (!data) {
    data = fs.readFileSync(path.join(PROJECT_ROOT, "content/fonts", `${face}.ttf`));
    bytes.set(face, data);
  }
  return data;
}

/** A face as fontkit reads it, parsed once per process. */
function parse(face: string): fontkit.Font {
  let font = parsed.get(face);
  if (!font) {
    font = fontkit.create(fontBytes(face)) as fontkit.Font;
    parsed.set(face, font);
  }
  return font;
}

/** Whether a face has a glyph for the character (its character map says so). */
export function covers(face: string, codePoint: number): boolean {
  return parse(face).hasGlyphForCodePoint(codePoint);
}

/** How far a face's baseline is below the top of its line, as a share of the font size. */
export function ascent(face: string): number {
  const font = parse(face);
  return font.ascent / font.unitsPerEm;
}

/** How far a face's baseline is below the top of its line, as a share of pdfkit's line height. */
export function baselineInLine(face: string): number {
  const font = parse(face);
  return font.ascent / (font.ascent - font.descent + font.lineGap);
}

/**
 * Registers every face under its own name. pdfkit parses and embeds only those a document uses,
 * and of them only the glyphs it sets.
 */
export function registerPdfFonts(doc: PDFKit.PDFDocument) {
  for (const face of [...FACES.regular, ...FACES.bold]) doc.registerFont(face, fontBytes(face));
}
