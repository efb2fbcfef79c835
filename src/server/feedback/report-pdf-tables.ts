// Tables in the PDF: a row is as tall as its tallest cell, never split across pages, and a table
// that runs onto a new page repeats its header there.

import {
  contentWidth,
  type Doc,
  ensureRoom,
  MARGIN,
  MUTED,
  pageBottom,
  RULE,
  style,
  write,
} from "../pdf/page-layout";
import { textHeightOf } from "../pdf/text-runs";

export interface TableCell {
  text: string;
  /** A smaller, muted line under the text. */
  note?: string;
  bold?: boolean;
  muted?: boolean;
}

export interface Table {
  /** Each column's width in points; the widths add up to the page's text width. */
  widths: number[];
  /** Columns whose text aligns right (figures). */
  right?: number[];
  header: TableCell[];
  rows: TableCell[][];
}

const PAD = 5;
const SIZE = 9.5;
const NOTE_SIZE = 8;

export function table(doc: Doc, spec: Table) {
  const headerHeight = rowHeight(doc, spec, spec.header);
  ensureRoom(doc, headerHeight + rowHeight(doc, spec, spec.rows[0] ?? []));
  drawRow(doc, spec, spec.header, true);
  for (const row of spec.rows) {
    if (doc.y + rowHeight(doc, spec, row) > pageBottom(doc)) {
      doc.addPage();
      drawRow(doc, spec, spec.header, true);
    }
    drawRow(doc, spec, row, false);
  }
  doc.x = MARGIN;
  doc.moveDown(0.3);
}

function cellHeight(doc: Doc, cell: TableCell, width: number, header: boolean): number {
  style(doc, { size: SIZE, bold: header || cell.bold });
  let height = textHeightOf(doc, cell.text || " ", { width });
  if (cell.note) {
    style(doc, { size: NOTE_SIZE });
    height += textHeightOf(doc, cell.note, { width }) + 1;
  }
  return height;
}

function rowHeight(doc: Doc, spec: Table, row: TableCell[], header = false): number {
  const heights = row.map((cell, i) => cellHeight(doc, cell, inner(spec, i), header));
  return Math.max(0, ...heights) + 2 * PAD;
}

const inner = (spec: Table, i: number) => (spec.widths[i] ?? 0) - 2 * PAD;

function drawRow(doc: Doc, spec: Table, row: TableCell[], header: boolean) {
  const top = doc.y;
  const height = rowHeight(doc, spec, row, header);
  let x = MARGIN;
  row.forEach((cell, i) => {
    const width = inner(spec, i);
    const align = spec.right?.includes(i) ? "right" : "left";
    style(doc, {
      size: SIZE,
      bold: header || cell.bold,
      color: header || cell.muted ? MUTED : undefined,
    });
    write(doc, cell.text, x + PAD, top + PAD, { width, align });
    if (cell.note) {
      style(doc, { size: NOTE_SIZE, color: MUTED });
      write(doc, cell.note, x + PAD, doc.y + 1, { width, align });
    }
    x += spec.widths[i] ?? 0;
  });
  const bottom = top + height;
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(MARGIN + contentWidth(doc), bottom)
    .lineWidth(header ? 1 : 0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y = bottom;
}
