import { type ReactNode, useId } from "react";

/**
 * The frame of every chart: an SVG of a given size in user units (CSS pixels on a page, points in
 * a PDF) that is one image to a screen reader, named by its title and described by its figures.
 */
export function ChartSvg({
  width,
  height,
  title,
  description,
  children,
}: {
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ display: "block", overflow: "visible" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
