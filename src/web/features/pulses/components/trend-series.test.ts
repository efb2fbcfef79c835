import { describe, expect, it } from "vitest";
import { trendSeries } from "./trend-series";

describe("the pulse chart's series", () => {
  it("draws a point only where the trend gives a mean: nothing for a round or cell under k", () => {
    const series = trendSeries({
      threshold: 3,
      rounds: [],
      behaviours: [
        {
          id: "b1",
          text: "Listens",
          points: [
            { roundId: "r1", closedOn: "2026-03-08", mean: 3.5 },
            { roundId: "r2", closedOn: "2026-04-05", mean: null },
            { roundId: "r3", closedOn: "2026-05-03", mean: 4 },
          ],
        },
      ],
    });
    expect(series).toEqual([
      {
        id: "b1",
        label: "Listens",
        points: [
          { on: "2026-03-08", value: 3.5 },
          { on: "2026-05-03", value: 4 },
        ],
      },
    ]);
  });
});
