// fontkit (pdfkit's font engine) ships no types: the part Keel uses to ask a font what it covers.
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
  }
  export function create(buffer: Buffer): Font | { fonts: Font[] };
}
