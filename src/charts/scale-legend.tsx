import { ChartSvg } from "./chart-svg";
import { INK, shadeOf } from "./palette";
import type { RatingScale } from "./rating-scale";
import { estimatedWidth } from "./text";

const FONT = 11;
const LINE = 20;
const SWATCH = 12;
const GAP = 18;

/** The key to the shades of spread bars: each point of the scale, wrapped to the width. */
export function ScaleLegend({ scale, width }: { scale: RatingScale; width: number }) {
  const items = legendItems(scale, width);
  const lines = (items.at(-1)?.line ?? 0) + 1;
  return (
    <ChartSvg
      width={width}
      height={lines * LINE}
      title="Key to the shades of the answers"
      description={items.map((item) => item.text).join(", ")}
    >
      {items.map((item) => (
        <g key={item.text} transform={`translate(${item.x}, ${item.line * LINE})`}>
          <rect y={2} width={SWATCH} height={SWATCH} rx={2} fill={item.shade} />
          <text x={SWATCH + 6} y={12} fontSize={FONT} fill={INK}>
            {item.text}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}

function legendItems(scale: RatingScale, width: number) {
  let x = 0;
  let line = 0;
  return scale.labels.map((label, i) => {
    const text = `${scale.min + i} ${label}`;
    const itemWidth = SWATCH + 6 + estimatedWidth(text, FONT);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      line += 1;
    }
    const item = { text, x, line, shade: shadeOf(i, scale.labels.length) };
    x += itemWidth + GAP;
    return item;
  });
}
