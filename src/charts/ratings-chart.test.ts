import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describeRatings, RatingsChart } from "./ratings-chart";

describe("the ratings chart", () => {
  const ratings = [
    { on: "2027-01-05", rating: 6 },
    { on: "2027-01-19", rating: 9 },
  ];

  it("says every rating in words, oldest first", () => {
    expect(describeRatings(ratings, (d) => d)).toBe(
      "Ratings out of 10, oldest first: 6 on 2027-01-05, 9 on 2027-01-19.",
    );
    expect(describeRatings([], (d) => d)).toBe("No session has been rated yet.");
  });

  it("draws one point per rating inside a phone's width", () => {
    const svg = renderToStaticMarkup(createElement(RatingsChart, { ratings, width: 358 }));
    expect(svg.match(/<circle/g)).toHaveLength(2);
    const xs = [...svg.matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x).toBeLessThanOrEqual(358);
    expect(svg).toContain("9 on 2027-01-19");
  });
});
