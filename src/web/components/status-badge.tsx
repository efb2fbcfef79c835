import { Badge, type BadgeTone } from "./ui/badge";

/** How each status of a thing reads and looks, e.g. { submitted: { label: "Submitted", tone: "success" } }. */
export type StatusStyles<S extends string> = Record<S, { label: string; tone: BadgeTone }>;

/** A status as a badge, in the label and tone its map gives it. */
export function StatusBadge<S extends string>({
  status,
  styles,
}: {
  status: S;
  styles: StatusStyles<S>;
}) {
  return <Badge tone={styles[status].tone}>{styles[status].label}</Badge>;
}
