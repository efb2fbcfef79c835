import type { Role } from "../../contract/accounts";
import { Badge, type BadgeTone } from "./ui/badge";

const ROLE_LABELS: Record<Role, string> = { coach: "Coach", client: "Client", sponsor: "Sponsor" };
const ROLE_TONES: Record<Role, BadgeTone> = { coach: "brand", client: "info", sponsor: "violet" };

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONES[role]}>{ROLE_LABELS[role]}</Badge>;
}
