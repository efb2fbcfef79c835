import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import SVGtoPDF from "svg-to-pdfkit";
import { type Doc, ensureRoom, MARGIN, SANS, SANS_BOLD, style, write } from "./page-layout";
import { ascent, MAIN } from "./pdf-fonts";
import { type LiftedText, liftScriptText } from "./svg-text";
import { textWidthOf } from "./text-runs";

/**
 * A chart of src/charts in the PDF: rendered to SVG as the web app renders it, and drawn into
 * the page as vectors in the PDF's own font. Returns its height; the text cursor moves under it
 * unless `advance` is false (a chart beside text).
 */
export function drawChart(
  doc: Doc,
  chart: ReactElement,
  at: { x?: number; y?: number; advance?: boolean } = {},
): number {
  const { svg, lifted } = liftScriptText(renderToStaticMarkup(chart));
  const { width, height } = svgSize(svg);
  if (at.y === undefined) ensureRoom(doc, height);
  const x = at.x ?? MARGIN;
  const y = at.y ?? doc.y;
  SVGtoPDF(doc, svg, x, y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? SANS_BOLD : SANS),
  });
  const cursor = { x: doc.x, y: doc.y };
  for (const text of lifted) drawLifted(doc, text, x, y);
  Object.assign(doc, cursor);
  if (at.advance ?? true) {
    doc.y = y + height;
    doc.x = MARGIN;
  }
  return height;
}

/** A label in a script the main face lacks (a Hebrew competency name), where the SVG had it. */
function drawLifted(doc: Doc, text: LiftedText, x: number, y: number) {
  style(doc, { size: text.size, bold: text.bold, color: text.fill });
  const width = textWidthOf(doc, text.text) + 1;
  const shift = { start: 0, middle: width / 2, end: width }[text.anchor];
  const top = y + text.y - ascent(MAIN.regular) * text.size;
  write(doc, text.text, x + text.x - shift, top, { width, lineBreak: false });
}

/** The size a chart declares on its <svg>: charts are laid out at a given width, never measured. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const size = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(open)?.[1] ?? 0);
  return { width: size("width"), height: size("height") };
}

/** The height a chart will take, for keeping it on one page with what leads to it. */
export function chartHeight(chart: ReactElement): number {
  return svgSize(renderToStaticMarkup(chart)).height;
}
