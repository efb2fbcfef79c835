import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangeIntervalBar } from "./change-interval";
import { CompetencyChart, type CompetencyRow } from "./competency-chart";
import { ScaleLegend } from "./scale-legend";
import { SpreadBar } from "./spread-bar";
import { estimatedWidth, fitText, wrapText } from "./text";

const scale = { min: 1, max: 5, labels: ["Never", "Rarely", "Sometimes", "Often", "Always"] };
const rows: CompetencyRow[] = [
  { id: "a", label: "Setting direction", others: 3, self: 4 },
  { id: "b", label: "Collaborating and influencing", others: null, self: 2.25 },
];

const svgOf = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element);
const numbers = (svg: string, attribute: string) =>
  [...svg.matchAll(new RegExp(` ${attribute}="(-?[\\d.]+)"`, "g"))].map((m) => Number(m[1]));
const rects = (svg: string) =>
  [...svg.matchAll(/<rect([^>]*)>/g)].map(([, attributes]) => {
    const value = (name: string) =>
      Number(new RegExp(` ${name}="([\\d.-]+)"`).exec(attributes ?? "")?.[1] ?? 0);
    return {
      x: value("x"),
      width: value("width"),
      fill: /fill="([^"]+)"/.exec(attributes ?? "")?.[1],
    };
  });

describe("the competency chart", () => {
  const chart = (width: number) =>
    svgOf(createElement(CompetencyChart, { rows, scale, width, selfRated: true }));

  it("is one image to a screen reader, named and described by its figures", () => {
    const svg = chart(600);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain('width="600"');
    expect(svg).toContain("<title");
    expect(svg).toContain("Setting direction: others 3.0, self 4.0");
    expect(svg).toContain("Collaborating and influencing: others not enough answers, self 2.3");
  });

  it("draws others as a bar from the scale's start, in proportion to the mean", () => {
    const svg = chart(600);
    const [track, bar] = rects(svg).filter((r) => r.width > 50);
    expect(track).toBeDefined();
    // 3 on a scale of 1 to 5 is half the track.
    expect(bar?.x).toBe(track?.x);
    expect(bar?.width).toBeCloseTo((track?.width ?? 0) / 2, 5);
    expect(svg).toContain("Not enough answers");
  });

  it("keeps every mark inside its width at a phone's width, labels above their tracks", () => {
    const svg = chart(390);
    for (const x of numbers(svg, "x")) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(390);
    }
    for (const r of rects(svg)) expect(r.x + r.width).toBeLessThanOrEqual(390);
    expect(svg).toContain(">Collaborating and influencing</text>");
  });
});

describe("the spread bar", () => {
  it("splits its width by the answers on each point, and says the counts in words", () => {
    const distribution = { counts: [1, 0, 3, 4, 2], notObserved: 1 };
    const svg = svgOf(createElement(SpreadBar, { distribution, scale, width: 200 }));
    const segments = rects(svg).slice(1);
    expect(segments).toHaveLength(4);
    expect(segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(200, 5);
    expect(segments[2]?.width).toBeCloseTo(80, 5);
    expect(svg).toContain("Never 1, Rarely 0, Sometimes 3, Often 4, Always 2; not observed 1");
    expect(svg).toContain("Not observed: 1");
  });
});

describe("the scale's key", () => {
  it("wraps onto more lines when narrow", () => {
    const height = (width: number) =>
      numbers(svgOf(createElement(ScaleLegend, { scale, width })), "height")[0];
    expect(height(600)).toBe(20);
    expect(height(200)).toBeGreaterThan(20);
  });
});

describe("text laid out without a DOM", () => {
  it("cuts what does not fit, and wraps at spaces", () => {
    expect(fitText("Short", 100, 12)).toBe("Short");
    const cut = fitText("A label far too long for its place in the chart", 80, 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(estimatedWidth(cut, 12)).toBeLessThanOrEqual(80);
    expect(wrapText("Collaborating and influencing", 120, 12)).toEqual([
      "Collaborating and",
      "influencing",
    ]);
    const lines = wrapText("one two three four five six seven eight", 40, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });
});

describe("the change interval bar", () => {
  const bar = (reliable: boolean, width = 390) =>
    svgOf(
      createElement(ChangeIntervalBar, {
        change: reliable
          ? { difference: 0.4, low: 0.008, high: 0.792, reliable }
          : { difference: 1, low: -0.36, high: 2.36, reliable },
        extent: 2.5,
        width,
      }),
    );

  it("says the difference, its interval and the verdict in words", () => {
    expect(bar(true)).toContain("Difference +0.40, 95% interval 0.01 to 0.79: a reliable change");
    expect(bar(false)).toContain(
      "Difference +1.00, 95% interval −0.36 to 2.36: no reliable change, the interval crosses zero",
    );
  });

  it("draws the interval on the right side of zero, in proportion, inside the width", () => {
    const [interval] = rects(bar(true, 390));
    // The axis runs 4 to 386 over −2.5 to 2.5: zero at 195, 76.4 px a point.
    expect(interval?.x).toBeCloseTo(195 + 0.008 * 76.4, 1);
    expect(interval?.width).toBeCloseTo((0.792 - 0.008) * 76.4, 1);
    const [crossing] = rects(bar(false, 390));
    expect(crossing?.x).toBeLessThan(195);
    for (const x of numbers(bar(false, 390), "cx")) expect(x).toBeLessThanOrEqual(390);
  });
});
