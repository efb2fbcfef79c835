import { describe, expect, it } from "vitest";
import { readable, textOfDrawing } from "../../../test/support/pdf-text";
import { covers } from "./pdf-fonts";
import { facesFor, textHeightOf, writeText } from "./text-runs";

const HEBREW = "להקשיב יותר לצוות, ולתת לאנשים לקבל החלטות בעצמם. זה חשוב!";
const ARABIC = "أن يستمع أكثر إلى الفريق، وأن يفوض القرارات. هذا مهم جدا!";
const THAI = "ทีมงานชอบการประชุมวันศุกร์";
const DEVANAGARI = "टीम की बात ज़्यादा सुनें और निर्णय सौंपें।";
const MIXED = "The Friday demo (הדגמה של יום שישי) helps 12 people.";

/** Characters set in a face without a glyph for them: they would print as empty boxes. */
function boxes(text: string, weight: "regular" | "bold"): string[] {
  return facesFor(text, weight)
    .filter(({ char, face }) => !covers(face, char.codePointAt(0) as number))
    .map(({ char }) => char);
}

describe("text in any script Keel has a face for", () => {
  it("sets every character of Hebrew, Arabic, Thai, Devanagari and mixed text in a face that has it", () => {
    for (const weight of ["regular", "bold"] as const)
      for (const text of [HEBREW, ARABIC, THAI, DEVANAGARI, MIXED, "Łódź, Ελλάδα, Москва"])
        expect(boxes(text, weight), text).toEqual([]);
    // What no face has (Chinese) is found, so the check above can fail.
    expect(boxes("漢字", "regular")).toEqual(["漢", "字"]);
  });

  it("keeps a Hebrew or Arabic phrase in one face, spaces and punctuation included", () => {
    expect(new Set(facesFor(HEBREW, "regular").map(({ face }) => face))).toEqual(
      new Set(["NotoSansHebrew-Regular"]),
    );
    expect(new Set(facesFor(ARABIC, "bold").map(({ face }) => face))).toEqual(
      new Set(["NotoSansArabic-Bold"]),
    );
  });

  it("writes right-to-left phrases so that the PDF's text reads in logical order", async () => {
    const text = await textOfDrawing((doc) => {
      for (const line of [HEBREW, ARABIC, MIXED])
        writeText(doc, line, 50, doc.y + 10, { width: 500 });
    });
    const flat = readable(text);
    // pdftotext writes a line's phrases as they stand on the page, each in logical order.
    for (const phrase of ["להקשיב יותר לצוות", "ולתת לאנשים לקבל החלטות בעצמם", "זה חשוב"])
      expect(flat).toContain(phrase);
    for (const phrase of ["أن يستمع أكثر إلى الفريق", "وأن يفوض القرارات", "هذا مهم جدا"])
      expect(flat).toContain(readable(phrase));
    expect(flat).toContain("The Friday demo");
    expect(flat).toContain("הדגמה של יום שישי");
    expect(flat).toContain("helps 12 people");
  });

  it("wraps a long right-to-left paragraph within the width, measuring it in its own faces", async () => {
    const long = Array.from({ length: 6 }, () => HEBREW).join(" ");
    let height = 0;
    let lineHeight = 0;
    const text = await textOfDrawing((doc) => {
      doc.fontSize(10);
      lineHeight = doc.currentLineHeight(true);
      height = textHeightOf(doc, long, { width: 200 });
      writeText(doc, long, 50, 50, { width: 200 });
    });
    expect(height / lineHeight).toBeGreaterThan(4);
    expect(Number.isInteger(Math.round((height / lineHeight) * 1000) / 1000)).toBe(true);
    expect(text.split("להקשיב יותר לצוות").length - 1).toBe(6);
  });

  it("sets hostile text (bidi overrides, a 5,000-letter word, lone surrogates) without failing", async () => {
    const hostile = `\u202e${"א".repeat(5000)}\u2066abc\u2069 \ud800 ${"ب".repeat(3000)}\u200f`;
    const started = Date.now();
    const text = await textOfDrawing((doc) => {
      expect(textHeightOf(doc, hostile, { width: 300 })).toBeGreaterThan(
        doc.currentLineHeight(true) * 10,
      );
      writeText(doc, hostile, 50, 50, { width: 300, height: 40, ellipsis: true });
      writeText(doc, hostile, 50, 200, { width: 300, lineBreak: false, ellipsis: true });
    });
    expect(text).toContain("…");
    expect(Date.now() - started).toBeLessThan(15000);
  });

  it("leaves text the main face covers to pdfkit, measured as before", async () => {
    await textOfDrawing((doc) => {
      const latin = "Keeps the Friday demos; Łódź and Ελλάδα too.";
      expect(textHeightOf(doc, latin, { width: 120 })).toBe(
        doc.heightOfString(latin, { width: 120 }),
      );
    });
  });
});
