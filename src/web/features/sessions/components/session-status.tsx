import type { SessionSummary } from "../../../../contract/sessions";
import { Badge } from "../../../components/ui/badge";
import { hasStarted } from "./session-time";

/** Upcoming, held or cancelled, in words (the colour only repeats them). */
export function SessionStatus({ session }: { session: SessionSummary }) {
  if (session.when === "cancelled")
    return (
      <Badge tone="danger">Cancelled{session.countsAsUsed ? " late · counts as used" : ""}</Badge>
    );
  if (session.when === "past") return <Badge tone="neutral">Held</Badge>;
  if (hasStarted(session)) return <Badge tone="success">Under way</Badge>;
  return <Badge tone="brand">Upcoming</Badge>;
}
