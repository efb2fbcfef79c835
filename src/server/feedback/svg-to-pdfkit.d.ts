// svg-to-pdfkit ships no types: the one function Keel calls, with the options it passes.
declare module "svg-to-pdfkit" {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    /** Take the SVG's units as points rather than CSS pixels. */
    assumePt?: boolean;
    /** The name of a font registered in the document, for a font family of the SVG. */
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (warning: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
