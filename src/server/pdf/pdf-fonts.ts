// The fonts Keel's PDFs embed (content/fonts, SIL Open Font License): Noto Sans first, then one
// Noto face for each script it lacks, then the faces of the folder KEEL_PDF_FONTS names, if any
// (for Chinese, Japanese or Korean, whose faces are too large to ship). A character is set in
// the first face that has its glyph.

import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { ConfigError } from "../config";
import { PROJECT_ROOT } from "../project-root";

export type Weight = "regular" | "bold";

const FAMILIES = ["NotoSans", "NotoSansHebrew", "NotoSansArabic", "NotoSansThai"] as const;

const FILES = new Map<string, string>(
  FAMILIES.flatMap((family) =>
    ["Regular", "Bold"].map((style) => {
      const face = `${family}-${style}`;
      return [face, path.join(PROJECT_ROOT, "content/fonts", `${face}.ttf`)] as const;
    }),
  ),
);

/** The faces of a weight, in the order a character looks for its glyph; the first is the main one. */
export const FACES: Record<Weight, string[]> = {
  regular: FAMILIES.map((family) => `${family}-Regular`),
  bold: FAMILIES.map((family) => `${family}-Bold`),
};

/** The main face of each weight: Latin, Greek and Cyrillic. */
export const MAIN: Record<Weight, string> = { regular: "NotoSans-Regular", bold: "NotoSans-Bold" };

/** A folder of fonts that cannot serve: Keel does not start, as with any invalid setting. */
export class PdfFontError extends ConfigError {}

/**
 * Adds the TrueType and OpenType files of a folder after Keel's own faces, each for both
 * weights; a file that is not a font is refused at start, not in a coach's download.
 */
export function addPdfFonts(folder: string): string[] {
  const files = readFontFolder(folder);
  const added: string[] = [];
  for (const file of files) {
    const face = `Added-${path.basename(file)}`;
    if (FILES.has(face)) continue;
    FILES.set(face, file);
    try {
      parse(face);
    } catch {
      FILES.delete(face);
      throw new PdfFontError(
        `Keel cannot start: KEEL_PDF_FONTS holds ${file}, which is not a font Keel can read.`,
      );
    }
    FACES.regular.push(face);
    FACES.bold.push(face);
    added.push(face);
  }
  return added;
}

function readFontFolder(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    throw new PdfFontError(
      `Keel cannot start: the folder KEEL_PDF_FONTS names, ${folder}, cannot be read.`,
    );
  }
  return names
    .filter((name) => /\.(ttf|otf)$/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

const bytes = new Map<string, Buffer>();
const parsed = new Map<string, fontkit.Font>();

/** A face's file, read once per process. */
export function fontBytes(face: string): Buffer {
  let data = bytes.get(face);
  if (!data) {
    data = fs.readFileSync(FILES.get(face) ?? face);
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
