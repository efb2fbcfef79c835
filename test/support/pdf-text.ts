import { execFileSync } from "node:child_process";
import PDFDocument from "pdfkit";
import { registerPdfFonts } from "../../src/server/pdf/pdf-fonts";
import { setWeight } from "../../src/server/pdf/text-runs";

/**
 * The text a PDF shows, as a reader copying it would get it: poppler's pdftotext (Debian's
 * poppler-utils), which reads the embedded font's map back to Unicode. Pages are separated by a
 * form feed.
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

/** The text of an A4 document with Keel's fonts, in which `write` sets whatever it tests. */
export function textOfDrawing(write: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const doc = new PDFDocument({ size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  registerPdfFonts(doc);
  setWeight(doc, "regular");
  write(doc);
  doc.end();
  return new Promise((resolve) => doc.on("end", () => resolve(pdfText(Buffer.concat(chunks)))));
}

/**
 * Text as a reader gets it from a PDF, comparable with what was written: without the embedding
 * controls pdftotext puts around right-to-left text, and with Arabic letters that Noto Sans Arabic
 * draws as one dotless form plus dots (ت ث ن ي ب, ف ق, ج ح خ, …) folded to one letter each. The
 * PDF's map from glyph back to letter holds one letter per glyph, so a reader cannot tell them apart.
 */
export function readable(text: string): string {
  return text
    .replace(/[\u202a-\u202e]/g, "")
    .replace(/[\u0628\u062a\u062b\u0646\u064a\u0649\u066e]/g, "\u066e")
    .replace(/[\u0641\u0642\u06a1\u066f]/g, "\u06a1")
    .replace(/[\u062c\u062d\u062e]/g, "\u062d")
    .replace(/[\u062f\u0630]/g, "\u062f")
    .replace(/[\u0631\u0632]/g, "\u0631")
    .replace(/[\u0633\u0634]/g, "\u0633")
    .replace(/[\u0635\u0636]/g, "\u0635")
    .replace(/[\u0637\u0638]/g, "\u0637")
    .replace(/[\u0639\u063a]/g, "\u0639")
    .replace(/[\u0629\u0647]/g, "\u0647")
    .replace(/[\u0623\u0625\u0627]/g, "\u0627")
    .replace(/\s+/g, " ");
}
