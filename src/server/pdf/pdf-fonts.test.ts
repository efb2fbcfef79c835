import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { textOfDrawing } from "../../../test/support/pdf-text";
import { addPdfFonts, covers, PdfFontError } from "./pdf-fonts";
import { facesFor, writeText } from "./text-runs";

// Debian's fonts-droid-fallback, which CI installs: a face with Chinese and Japanese letters.
const CJK_FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
const CHINESE = "团队会议很有帮助，请继续。";
const JAPANESE = "チームの話をもっと聞いてください。";

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "keel-fonts-"));
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(folder, name), content);
  return folder;
}

function boxes(text: string): string[] {
  return facesFor(text, "bold")
    .filter(({ char, face }) => !covers(face, char.codePointAt(0) as number))
    .map(({ char }) => char);
}

describe("the fonts of the folder KEEL_PDF_FONTS names", () => {
  it("refuse a folder that cannot be read, or a file in it that is not a font", () => {
    expect(() => addPdfFonts(path.join(os.tmpdir(), "no-such-keel-folder"))).toThrow(PdfFontError);
    const folder = folderWith({ "broken.ttf": "not a font", "notes.txt": "ignored" });
    expect(() => addPdfFonts(folder)).toThrow(/broken\.ttf, which is not a font/);
  });

  it("set Chinese and Japanese, which Keel's own faces lack, wrapped and readable in the PDF", async () => {
    expect(boxes(CHINESE)).not.toEqual([]);
    const folder = folderWith({ "cjk.ttf": fs.readFileSync(CJK_FONT) });
    expect(addPdfFonts(folder)).toEqual(["Added-cjk.ttf"]);
    expect(addPdfFonts(folder)).toEqual([]);
    expect(boxes(CHINESE)).toEqual([]);
    expect(boxes(JAPANESE)).toEqual([]);
    const drawn = await textOfDrawing((doc) => {
      for (const line of [CHINESE, JAPANESE]) writeText(doc, line, 50, doc.y + 10, { width: 120 });
    });
    const text = drawn.replace(/\s+/g, "");
    expect(text).toContain(CHINESE);
    expect(text).toContain(JAPANESE);
  });
});
