import { createContext, useContext } from "react";

/** The engagement whose plan is edited: its 360 model names what a skill may link to. */
export const PlanEngagement = createContext<string | null>(null);

export function usePlanEngagement(): string | null {
  return useContext(PlanEngagement);
}
