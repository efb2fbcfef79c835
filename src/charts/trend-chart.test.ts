import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SERIES_COLOURS, TrendChart, type TrendSeries } from "./trend-chart";

const scale = { min: 1, max: 10, ticks: [1, 5, 10] };
const chart = (series: TrendSeries[], width = 400) =>
  renderToStaticMarkup(
    createElement(TrendChart, { title: "Confidence over time", series, scale, width }),
  );
const circles = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"[^>]*fill="([^"]+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    fill: m[3],
  }));

describe("the trend chart", () => {
  const weekly: TrendSeries[] = [
    {
      id: "a",
      label: "Delegating",
      points: [
        { on: "2027-01-04", value: 5 },
        { on: "2027-01-11", value: 6 },
        { on: "2027-01-25", value: 8 },
      ],
    },
    { id: "b", label: "Listening", points: [{ on: "2027-01-04", value: 6 }] },
  ];

  it("is one image named by its title and described by every reading", () => {
    const svg = chart(weekly);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain("Confidence over time");
    expect(svg).toContain(
      "Delegating, oldest first: 5 on 2027-01-04, 6 on 2027-01-11, 8 on 2027-01-25. Listening, oldest first: 6 on 2027-01-04.",
    );
  });

  it("spaces readings by the calendar, so a missed week shows as a gap", () => {
    const [a, b, c] = circles(chart(weekly)).filter((p) => p.fill === SERIES_COLOURS[0]);
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(c.x - b.x).toBeCloseTo(2 * (b.x - a.x), 5);
  });

  it("puts higher values higher, on the fixed scale whatever the data", () => {
    const [low, mid, high] = circles(chart(weekly)).filter((p) => p.fill === SERIES_COLOURS[0]);
    if (!low || !mid || !high) throw new Error("three points expected");
    expect(high.y).toBeLessThan(mid.y);
    expect(mid.y).toBeLessThan(low.y);
    const narrow = circles(
      chart([{ id: "x", label: "x", points: [{ on: "2027-01-04", value: 10 }] }]),
    );
    expect(narrow[0]?.y).toBe(12);
  });

  it("gives each series its own colour and a line in the legend, longest labels cut to fit", () => {
    const label = "Hand one piece of stretch work a week to someone in my team, and coach them";
    const svg = chart([...weekly, { id: "c", label, points: [] }], 240);
    const fills = new Set(circles(svg).map((p) => p.fill));
    expect(fills).toEqual(new Set([SERIES_COLOURS[0], SERIES_COLOURS[1]]));
    expect(svg).toContain(">Delegating</text>");
    expect(svg).toContain("…</text>");
    expect(svg).toContain(`${label}: nothing yet.`);
  });

  it("says so when there is nothing to draw", () => {
    const svg = chart([{ id: "a", label: "Delegating", points: [] }]);
    expect(svg).toContain("Nothing to show yet.");
    expect(circles(svg)).toEqual([]);
  });
});
