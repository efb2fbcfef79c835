import type { Stage } from "../engagement/stages";

/** The stages in which the client is held to account between sessions: check-ins are mailed. */
export const CHECK_IN_STAGES: readonly Stage[] = ["active", "review", "sustaining"];

export const checkInsMailedIn = (stage: Stage): boolean => CHECK_IN_STAGES.includes(stage);
