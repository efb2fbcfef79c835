import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangeBars, ShareBars } from "./labelled-bars";

const widths = (svg: string) =>
  [...svg.matchAll(/<rect[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
const xs = (svg: string) => [...svg.matchAll(/<rect[^>]* x="([\d.-]+)"/g)].map((m) => Number(m[1]));

describe("labelled bars", () => {
  it("fills each share bar's track by its value of its total, and says so in words", () => {
    const svg = renderToStaticMarkup(
      createElement(ShareBars, {
        width: 300,
        title: "Started",
        rows: [
          { label: "Spring", value: 3, total: 6 },
          { label: "Autumn", value: 0, total: 0 },
        ],
      }),
    );
    expect(widths(svg)).toEqual([300, 150, 300, 0]);
    expect(svg).toContain("Spring: 3 of 6; Autumn: 0 of 0");
  });

  it("draws a change from the zero line, to the right when it rose and to the left when it fell", () => {
    const svg = renderToStaticMarkup(
      createElement(ChangeBars, {
        width: 200,
        title: "Change",
        rows: [
          { label: "Listening", value: 0.5 },
          { label: "Deciding", value: -0.25 },
        ],
      }),
    );
    const zero = (200 * 0.25) / 0.75;
    expect(xs(svg).map(Math.round)).toEqual([Math.round(zero), 0]);
    expect(widths(svg).map(Math.round)).toEqual([Math.round(200 - zero), Math.round(zero)]);
    expect(svg).toContain("Listening: +0.50; Deciding: -0.25");
  });

  it("starts every bar at the left edge when all rose", () => {
    const svg = renderToStaticMarkup(
      createElement(ChangeBars, {
        width: 200,
        title: "Change",
        rows: [
          { label: "Listening", value: 0.5 },
          { label: "Deciding", value: 0.25 },
        ],
      }),
    );
    expect(xs(svg)).toEqual([0, 0]);
    expect(widths(svg)).toEqual([200, 100]);
  });

  it("draws each row's interval across its bar, to the chart's scale, and says it in words", () => {
    const svg = renderToStaticMarkup(
      createElement(ChangeBars, {
        width: 200,
        title: "Change",
        rows: [{ label: "Listening", value: 0.5, interval: { low: -0.25, high: 0.75 } }],
      }),
    );
    const zero = (200 * 0.25) / 1;
    expect(xs(svg).map(Math.round)).toEqual([Math.round(zero)]);
    expect(widths(svg).map(Math.round)).toEqual([Math.round(200 * 0.5)]);
    const lines = [...svg.matchAll(/<line[^>]* x1="([\d.-]+)"[^>]* x2="([\d.-]+)"/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(lines).toContainEqual([0, 200]);
    expect(svg).toContain("Listening: +0.50 (95% interval -0.25 to +0.75)");
  });
});
