import type { Stage } from "./stages";

export type Viewer = "coach" | "client" | "sponsor";

const NEXT_STEP: Record<Stage, Record<Viewer, string>> = {
  assessment: {
    coach:
      "Assign the self-reflection, personality profile and 360 feedback to build the development profile.",
    client:
      "Complete your self-reflection, personality profile and 360 feedback so you and your coach can see where to grow.",
    sponsor: "The leader is taking the initial assessment.",
  },
  planning: {
    coach: "Co-write SMART goals and an action plan with your client from the development profile.",
    client: "Set your SMART goals and action plan with your coach.",
    sponsor: "The leader and coach are setting goals and an action plan.",
  },
  active: {
    coach:
      "Hold the regular one-to-one sessions and follow your client's check-ins and commitments.",
    client: "Prepare for each session, keep your commitments and check in every week.",
    sponsor: "Regular coaching sessions are under way.",
  },
  review: {
    coach: "Review goal outcomes and the re-taken assessments with your client.",
    client: "Look back on your goals and re-take your assessments to see how far you have come.",
    sponsor: "The engagement is in its final review.",
  },
  sustaining: {
    coach: "Your client keeps a sustain plan; you will be told if they slip.",
    client: "Keep your sustain plan going with self check-ins at 30, 60 and 90 days.",
    sponsor: "The leader is sustaining the results after the coaching ended.",
  },
  closed: {
    coach: "This engagement is closed.",
    client: "This engagement is closed. Well done on the work you put in.",
    sponsor: "This engagement is closed.",
  },
};

export function nextStep(stage: Stage, viewer: Viewer): string {
  return NEXT_STEP[stage][viewer];
}
