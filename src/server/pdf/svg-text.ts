// svg-to-pdfkit sets an SVG's text in one face, glyph by glyph, skipping glyphs without advance
// (Arabic dots, Thai and Devanagari marks) and knowing nothing of right to left. Text the main
// face lacks, or with marks, is therefore lifted out of the SVG and set with the PDF's own text
// (text-runs).

import { inMainFace } from "./text-runs";

/** A text of the drawing, where and how the SVG would have set it. */
export interface LiftedText {
  text: string;
  /** The anchor point on the baseline, in the drawing's units. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  size: number;
  bold: boolean;
  fill: string;
}

interface Context {
  tag: string;
  dx: number;
  dy: number;
  x: number;
  y: number;
  anchor: LiftedText["anchor"];
  size: number;
  bold: boolean;
  fill: string;
}

const TOP: Context = {
  tag: "",
  dx: 0,
  dy: 0,
  x: 0,
  y: 0,
  anchor: "start",
  size: 16,
  bold: false,
  fill: "#000000",
};

/**
 * The SVG without the texts the main face lacks or that have marks, and those texts. Reads the markup React renders:
 * translate() transforms, and font-size, font-weight, text-anchor and fill as attributes.
 */
export function liftScriptText(svg: string): { svg: string; lifted: LiftedText[] } {
  const lifted: LiftedText[] = [];
  const stack: Context[] = [TOP];
  const out = svg.replace(
    /<(\/?)([a-zA-Z]+)((?:[^>"]|"[^"]*")*?)(\/?)>|([^<]+)/g,
    (whole, close: string, tag: string, attributes: string, selfClosing: string, text: string) => {
      const context = stack[stack.length - 1] as Context;
      if (text !== undefined) {
        if (!["text", "tspan"].includes(context.tag)) return whole;
        const value = unescapeXml(text);
        if (inMainFace(value) && !/\p{M}/u.test(value)) return whole;
        lifted.push({
          ...context,
          text: value,
          x: context.dx + context.x,
          y: context.dy + context.y,
        });
        return "";
      }
      if (close) stack.pop();
      else if (!selfClosing) stack.push(within(context, tag, attributes));
      return whole;
    },
  );
  return { svg: out, lifted };
}

function within(context: Context, tag: string, attributes: string): Context {
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
  const number = (name: string) => {
    const value = attribute(name);
    return value === undefined ? undefined : Number.parseFloat(value);
  };
  const [tx, ty] = (
    /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]*)\s*\)/.exec(attribute("transform") ?? "") ?? []
  )
    .slice(1)
    .map((v) => Number.parseFloat(v || "0"));
  const anchor = attribute("text-anchor");
  const weight = attribute("font-weight");
  return {
    tag,
    dx: context.dx + (tx ?? 0),
    dy: context.dy + (ty ?? 0),
    x: number("x") ?? context.x,
    y: number("y") ?? context.y,
    anchor: anchor === "middle" || anchor === "end" || anchor === "start" ? anchor : context.anchor,
    size: number("font-size") ?? context.size,
    bold: weight === undefined ? context.bold : weight === "bold" || Number(weight) >= 600,
    fill: attribute("fill") ?? context.fill,
  };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#x27": "'",
  "#39": "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
}
