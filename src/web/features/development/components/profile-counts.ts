import type { DevelopmentProfile } from "../../../../contract/development";
import { KINDS } from "./kinds";

/** "2 strengths · 1 development area · 3 suggestions waiting", as the engagement's card says it. */
export function profileCounts(profile: DevelopmentProfile): string[] {
  const count = (kind: "strength" | "development_area") =>
    profile.entries.filter((entry) => entry.kind === kind).length;
  const waiting = profile.proposals.length;
  return [
    KINDS.strength.count(count("strength")),
    KINDS.development_area.count(count("development_area")),
    `${waiting} ${waiting === 1 ? "suggestion" : "suggestions"} waiting`,
  ];
}
