import type { Me } from "../../../../contract/accounts";
import type { DevelopmentEntry } from "../../../../contract/development";
import { formatDate } from "../../../lib/format-date";

/** "Accepted from a suggestion by Omar Haddad on 3 Dec 2026 · edited by you on 5 Dec 2026" */
export function provenance(entry: DevelopmentEntry, me: Pick<Me, "id">): string {
  const who = (person: { id: string; name: string }) => (person.id === me.id ? "you" : person.name);
  const added = entry.proposalKey
    ? `Accepted from a suggestion by ${who(entry.createdBy)}`
    : `Added by ${who(entry.createdBy)}`;
  const parts = [`${added} on ${formatDate(entry.createdAt)}`];
  const edited = Date.parse(entry.updatedAt) - Date.parse(entry.createdAt) > 1000;
  if (edited) parts.push(`edited by ${who(entry.updatedBy)} on ${formatDate(entry.updatedAt)}`);
  return parts.join(" · ");
}
