import type { EngagementSnapshot } from "../snapshot";
import type { Thresholds } from "../thresholds";
import type { Warning } from "../warning";

/** One early-warning rule: a warning in plain words when it fires, null when it does not. */
export type Rule = (snapshot: EngagementSnapshot, thresholds: Thresholds) => Warning | null;
