import type { Stage } from "./stages";

export type Viewer = "coach" | "client" | "sponsor";

// Each stage says only what a person can do in Keel today; a stage adds its words when Keel adds
// its feature (stakeholder pulses, the final review, what sustains the results).
const NEXT_STEP: Record<Stage, Record<Viewer, string>> = {
  assessment: {
    coach:
      "Assign the self-reflection, personality profile and 360 feedback to build the development profile.",
    client:
      "Complete your self-reflection, personality profile and 360 feedback so you and your coach can see where to grow.",
    sponsor: "The leader is taking the initial assessment.",
  },
  planning: {
    coach:
      "Write SMART goals and an action plan with your client, drawn from the development profile and the assessment results: each goal with a measure, a baseline, a target and a due date, and a plan of exercises, with if-then plans for the obstacles. Sessions start once a goal has a measure and a plan.",
    client:
      "Write your SMART goals and action plan with your coach, drawn from your development profile and assessment results: how you will measure your progress, what you will practise, and what you will do when something gets in the way.",
    sponsor: "The leader and coach are agreeing goals and an action plan.",
  },
  active: {
    coach:
      "Meet your client for your one-to-one sessions: book them in Keel, keep each one's notes and commitments on its page, adjust the action plan from it, and record the measurements of their goals as they come. Your client checks in each week from a mailed link once they choose a day, and you reply under each check-in; the To do list tracks every commitment, made in a session or between them, and your home lists the clients who need you, with the reason and one suggested action. The timeline and patterns show what keeps coming back, and the stakeholders your client chooses answer a short anonymous pulse on the goal behaviours every few weeks once you turn pulses on.",
    client:
      "Book your one-to-one sessions with your coach, prepare for each one and reflect on it afterwards, keep to your action plan and record your progress on your goals. Choose a day for your weekly check-in, a two-minute mail you answer on your phone, and mark your commitments on your To do list as you keep them. Choose about five colleagues for a short anonymous pulse on your goal behaviours every few weeks.",
    sponsor: "The coaching sessions are under way.",
  },
  review: {
    coach:
      "Hold the final review with your client: the review page gathers each goal from baseline to latest measure with its chart, the commitments kept, the sessions held, the check-in and pulse trends and the recurring themes. You each write your final reflection (what changed, what helped, what is left, and an outcome for each goal) and see each other's side by side once you have both shared.",
    client:
      "Hold the final review with your coach: the review page gathers each of your goals from baseline to latest measure, the commitments you kept, your sessions, check-ins and pulses. You each write your final reflection (what changed, what helped, what is left, and an outcome for each goal) and see each other's side by side once you have both shared.",
    sponsor: "The leader and coach are looking back on the coaching.",
  },
  sustaining: {
    coach:
      "The coaching has ended and your client keeps up what they built. Their weekly check-in goes on until they stop it, and you can reply to each. Finish the sustain plan together: the habits, mindsets and skills to keep, each with its cue, how they will know and the if-then plans that guard it. Keel mails your client a self check-in 30, 60 and 90 days after the end, and reminds them of their own if-then plans when something slips; you hear of a slip only if they allow it. Close the engagement when you are both done: the plan and its self check-ins go on.",
    client:
      "Keep up what you built in the coaching; your development profile and assessment results stay in Keel to come back to. Your weekly check-in goes on until you stop it. Finish your sustain plan with your coach: the habits, mindsets and skills to keep, each with its cue, how you will know and your if-then plans. Keel mails you a short self check-in 30, 60 and 90 days after the end (and each quarter after, if you wish), and reminds you of your own if-then plans when something slips.",
    sponsor: "The coaching has ended; the leader is keeping up the results.",
  },
  closed: {
    coach: "This engagement is closed. What was done in it stays in Keel to read.",
    client:
      "This engagement is closed. Well done on the work you put in; what you did in it stays in Keel to read.",
    sponsor: "This engagement is closed.",
  },
};

const CLOSING =
  "Closing is final: the engagement can't be reopened or moved to another stage. Nothing new can be assigned in it; what was done in it stays in Keel to read.";

export function nextStep(stage: Stage, viewer: Viewer): string {
  return NEXT_STEP[stage][viewer];
}

/** What moving an engagement into `stage` holds, told to its coach before the move. */
export function stageHolds(stage: Stage): string {
  return stage === "closed" ? CLOSING : nextStep(stage, "coach");
}
