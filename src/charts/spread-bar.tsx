import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { ChartSvg } from "./chart-svg";
import { MUTED, shadeOf, TRACK } from "./palette";
import type { RatingScale } from "./rating-scale";
import { estimatedWidth } from "./text";

export interface Distribution {
  /** How many chose each point of the scale, from its lowest. */
  counts: number[];
  /** Those who answered "not observed": in no segment, named under the bar. */
  notObserved: number;
}

const BAR_HEIGHT = 24;
const FONT = 11;

/** How answers spread over the scale: one bar split by the point each answer chose. */
export function SpreadBar({
  distribution,
  scale,
  width,
}: {
  distribution: Distribution;
  scale: RatingScale;
  width: number;
}) {
  const { counts, notObserved } = distribution;
  const total = counts.reduce((sum, count) => sum + count, 0);
  const x = scaleLinear<number>({ domain: [0, Math.max(1, total)], range: [0, width] });
  const height = BAR_HEIGHT + (notObserved > 0 ? 18 : 0);
  let before = 0;
  return (
    <ChartSvg
      width={width}
      height={height}
      title="How the answers spread over the scale"
      description={spreadText(distribution, scale)}
    >
      <Bar x={0} y={0} width={width} height={BAR_HEIGHT} fill={TRACK} rx={4} />
      {counts.map((count, i) => {
        const left = x(before);
        before += count;
        const segment = x(before) - left;
        if (count === 0) return null;
        const label = String(count);
        return (
          <Group key={scale.labels[i] ?? i} left={left}>
            <Bar
              width={segment}
              height={BAR_HEIGHT}
              fill={shadeOf(i, counts.length)}
              stroke="#ffffff"
            />
            {segment >= estimatedWidth(label, FONT) + 6 ? (
              <text
                x={segment / 2}
                y={BAR_HEIGHT / 2 + 4}
                fontSize={FONT}
                fontWeight="bold"
                fill="#020617"
                textAnchor="middle"
              >
                {label}
              </text>
            ) : null}
          </Group>
        );
      })}
      {notObserved > 0 ? (
        <text x={0} y={BAR_HEIGHT + 14} fontSize={FONT} fill={MUTED}>
          Not observed: {notObserved}
        </text>
      ) : null}
    </ChartSvg>
  );
}

/** The spread in words: "Never 0, Rarely 1, …; not observed 2". */
export function spreadText({ counts, notObserved }: Distribution, scale: RatingScale): string {
  const each = counts.map((count, i) => `${scale.labels[i] ?? scale.min + i} ${count}`).join(", ");
  return notObserved > 0 ? `${each}; not observed ${notObserved}` : each;
}
