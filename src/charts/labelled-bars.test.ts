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
    expect(xs(svg)).toEqual([100, 50]);
    expect(widths(svg)).toEqual([100, 50]);
    expect(svg).toContain("Listening: +0.50; Deciding: -0.25");
  });
});
