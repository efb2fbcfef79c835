import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dayLabel, dayNumber, ProgressChart, type ProgressChartProps } from "./progress-chart";

const goal: Omit<ProgressChartProps, "width"> = {
  what: "Tasks delegated",
  unit: "tasks a week",
  direction: "higher",
  baseline: 2,
  target: 10,
  startDate: "2026-09-01",
  dueDate: "2026-12-01",
  measurements: [
    { on: "2026-09-15", value: 3 },
    { on: "2026-10-15", value: 6 },
  ],
};

const chart = (props: Partial<ProgressChartProps> & { width: number }) =>
  renderToStaticMarkup(createElement(ProgressChart, { ...goal, ...props }));
const numbers = (svg: string, attribute: string) =>
  [...svg.matchAll(new RegExp(` ${attribute}="(-?[\\d.]+)"`, "g"))].map((m) => Number(m[1]));
/** The measurements' dots: every circle but the legend's, which comes last. */
const circles = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)]
    .map((m) => ({ x: Number(m[1]), y: Number(m[2]) }))
    .slice(0, -1);

describe("the progress chart", () => {
  it("is one image, described by its line and every measurement", () => {
    const svg = chart({ width: 600 });
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain("Tasks delegated (tasks a week) over time against the target line");
    expect(svg).toContain(
      "The line runs from 2 on 1 Sep 2026 to the target of 10 on 1 Dec 2026; higher is better. Measurements: 3 on 15 Sep 2026, 6 on 15 Oct 2026.",
    );
    expect(svg).toContain("Target 10");
    expect(svg).toContain("Higher is better");
  });

  it("places each measurement by its day and value, higher values further up", () => {
    const [first, second] = circles(chart({ width: 600 })).slice(-2);
    expect(second?.x).toBeGreaterThan(first?.x ?? Infinity);
    expect(second?.y).toBeLessThan(first?.y ?? -Infinity);
    // Thirty days apart on a line of 91 days: a third of the plot's width, near enough.
    const spacing = (second?.x ?? 0) - (first?.x ?? 0);
    expect(spacing).toBeGreaterThan(150);
    expect(spacing).toBeLessThan(200);
  });

  it("says when lower is better, and keeps the target below the baseline then", () => {
    const svg = chart({
      width: 600,
      direction: "lower",
      baseline: 20,
      target: 5,
      measurements: [],
    });
    expect(svg).toContain("Lower is better");
    expect(svg).toContain("No measurements yet.");
    const targetMark = /<rect x="([\d.-]+)" y="([\d.-]+)"/.exec(svg);
    const baselineTick = numbers(svg, "y1")[0] ?? 0;
    expect(Number(targetMark?.[2])).toBeGreaterThan(baselineTick);
  });

  it("keeps every mark inside its width at a phone's width", () => {
    const svg = chart({ width: 390 });
    for (const attribute of ["x", "x1", "x2", "cx"])
      for (const value of numbers(svg, attribute)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(390);
      }
    expect(svg).toContain("Line to target");
  });

  it("widens its time axis to a measurement taken after the due date", () => {
    const late = chart({ width: 600, measurements: [{ on: "2027-01-01", value: 9 }] });
    const [point] = circles(late).slice(-1);
    expect(point?.x).toBeCloseTo(600 - 12, 5);
  });
});

describe("the chart's days", () => {
  it("counts days without a time zone, and names them", () => {
    expect(dayNumber("2026-03-30") - dayNumber("2026-03-28")).toBe(2);
    expect(dayLabel("2026-12-03")).toBe("3 Dec 2026");
    expect(dayLabel("2026-12-03", false)).toBe("3 Dec");
  });
});
