import { z } from "zod";
import { RULE_IDS } from "../domain/accountability/warning";
import { isoDate, personRef } from "./common";

// Early warnings as the coach's home shows them: the clients who need the coach, most at risk
// first, each warning with its reason in words and the one action it suggests.

export const evidenceLink = z.object({
  kind: z.enum(["commitment", "check_in", "goal", "milestone", "session"]),
  id: z.string(),
  on: isoDate.optional(),
});

export const clientWarning = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(["watch", "act"]).describe("act: do something this week; watch: worth a look"),
  reason: z.string().describe("In plain words, with the actual numbers"),
  action: z.string().describe("The one thing the coach could do about it"),
  since: isoDate.describe("The day the situation began"),
  evidence: z.array(evidenceLink),
});
export type ClientWarning = z.output<typeof clientWarning>;

/** GET /api/coach/clients-at-risk: the coach's own clients with a warning, most at risk first. */
export const clientsAtRiskList = z.object({
  clients: z.array(
    z.object({
      engagement: z.object({ id: z.uuid(), title: z.string() }),
      client: personRef,
      warnings: z.array(clientWarning).describe("Most pressing first"),
    }),
  ),
});
export type ClientsAtRiskList = z.output<typeof clientsAtRiskList>;
