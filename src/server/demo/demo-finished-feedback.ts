import type { DemoFeedbackStory } from "./demo-feedback";

// Elena's 360 at the start of her coaching, on Keel's leadership model: trusted, calm and
// reliable, but the urgent beats the important, and escalations stop with her instead of with
// her shift leads. Her two goals came from it.

export const ELENAS_360: DemoFeedbackStory = {
  seed: 2026,
  raters: [
    {
      name: "Martin Okonjo",
      email: "martin.okonjo@example.com",
      group: "manager",
      leaning: 0.1,
      comments: {
        continue: "Nothing on the floor goes wrong for long when Elena is there.",
        start:
          "Give the operations plan the time it needs. The board will judge you on next year, not on this week.",
      },
    },
    {
      name: "Hannah Kowalski",
      email: "hannah.kowalski@example.com",
      group: "peer",
      leaning: 0.2,
      comments: {
        continue: "Straight answers and commitments kept. Easy to plan with.",
        stop: "Saying yes to every request from the other sites: it leaves no time for your own plan.",
      },
    },
    {
      name: "Ben Achterberg",
      email: "ben.achterberg@example.com",
      group: "peer",
      leaning: -0.1,
      comments: {
        start: "Tell us which of the projects comes first; at the moment they all seem to.",
      },
    },
    {
      name: "Sofia Marques",
      email: "sofia.marques@example.com",
      group: "peer",
      leaning: 0,
      comments: {
        continue: "Calm in a crisis, and she never looks for someone to blame.",
      },
    },
    {
      name: "Kwame Asante",
      email: "kwame.asante@example.com",
      group: "direct_report",
      leaning: 0.1,
      comments: {
        start:
          "Let us decide more on our shifts. We know the floor, and waiting for your answer slows everything down.",
        continue: "You always have our back with the other departments.",
      },
    },
    {
      name: "Irene Duval",
      email: "irene.duval@example.com",
      group: "direct_report",
      leaning: -0.2,
      comments: {
        stop: "Taking over an escalation as soon as it reaches you. Ask what we would do first.",
      },
    },
    {
      name: "Peter Lindgren",
      email: "peter.lindgren@example.com",
      group: "direct_report",
      leaning: 0,
      comments: {
        continue: "Fair to everyone on the team, and honest when the news is bad.",
      },
    },
    {
      name: "Nadia Farouk",
      email: "nadia.farouk@example.com",
      group: "direct_report",
      leaning: 0.2,
      comments: {
        start: "Talk with us about where we want to grow, not only about this week's rota.",
      },
    },
  ],
  typical: {
    ...{ "dir-1": 3.6, "dir-2": 2.8, "dir-3": 2.4, "dir-4": 3.2, "dir-5": 3.5 },
    ...{ "com-1": 4.0, "com-2": 3.8, "com-3": 3.5, "com-4": 3.9, "com-5": 3.6 },
    ...{ "dec-1": 4.2, "dec-2": 3.3, "dec-3": 3.8, "dec-4": 2.5, "dec-5": 3.7 },
    ...{ "res-1": 3.8, "res-2": 4.2, "res-3": 4.5, "res-4": 3.9, "res-5": 4.3 },
    ...{ "dev-1": 3.7, "dev-2": 3.4, "dev-3": 2.4, "dev-4": 2.6, "dev-5": 2.9 },
    ...{ "col-1": 4.1, "col-2": 4.0, "col-3": 3.5, "col-4": 3.8, "col-5": 3.4 },
    ...{ "tru-1": 4.7, "tru-2": 4.2, "tru-3": 4.0, "tru-4": 4.5, "tru-5": 4.3 },
    ...{ "awa-1": 3.5, "awa-2": 3.9, "awa-3": 3.6, "awa-4": 4.0, "awa-5": 3.3 },
    ...{ "rsl-1": 4.6, "rsl-2": 4.5, "rsl-3": 4.2, "rsl-4": 4.1, "rsl-5": 3.0 },
  },
  itemView: { "dir-3": { peer: -0.6, manager: -0.5 }, "dec-4": { direct_report: -0.7 } },
  self: {
    ...{ "dir-1": 4, "dir-2": 3, "dir-3": 3, "dir-4": 3, "dir-5": 4 },
    ...{ "com-1": 4, "com-2": 4, "com-3": 4, "com-4": 4, "com-5": 4 },
    ...{ "dec-1": 4, "dec-2": 4, "dec-3": 4, "dec-4": 4, "dec-5": 4 },
    ...{ "res-1": 4, "res-2": 4, "res-3": 5, "res-4": 3, "res-5": 4 },
    ...{ "dev-1": 4, "dev-2": 3, "dev-3": 4, "dev-4": 4, "dev-5": 3 },
    ...{ "col-1": 4, "col-2": 4, "col-3": 3, "col-4": 4, "col-5": 3 },
    ...{ "tru-1": 4, "tru-2": 4, "tru-3": 4, "tru-4": 4, "tru-5": 4 },
    ...{ "awa-1": 3, "awa-2": 3, "awa-3": 4, "awa-4": 4, "awa-5": 3 },
    ...{ "rsl-1": 4, "rsl-2": 4, "rsl-3": 4, "rsl-4": 4, "rsl-5": 3 },
  },
};

// Her repeat, on the same raters just before the final review: direction (the operations plan
// first, priorities said out loud) has moved a long way; decisions left to the shift leads
// have moved a little, not enough to tell from noise.
const REPEAT_COMMENTS: Record<string, DemoFeedbackStory["raters"][number]["comments"]> = {
  "martin.okonjo@example.com": {
    continue: "The operations plan now leads the conversation, not the week's fires.",
  },
  "hannah.kowalski@example.com": {
    continue: "We know which project comes first, and why. Planning with you got easier.",
  },
  "ben.achterberg@example.com": {
    start: "Share the plan's progress with the other sites too; they would back it.",
  },
  "sofia.marques@example.com": { continue: "Still calm in a crisis, and now less of them." },
  "kwame.asante@example.com": {
    continue: "We decide more on the shifts, and you ask what we would do first.",
  },
  "irene.duval@example.com": {
    start: "Keep going with the escalations: most days you let us handle them.",
  },
  "peter.lindgren@example.com": { continue: "Honest and fair, as always." },
  "nadia.farouk@example.com": {
    continue: "The growth talks this year meant a lot. Keep them.",
  },
};

const up = (items: Record<string, number>, by: number) =>
  Object.fromEntries(Object.entries(items).map(([id, value]) => [id, Math.min(5, value + by)]));

export const ELENAS_REPEAT_360: DemoFeedbackStory = {
  ...ELENAS_360,
  seed: 2027,
  raters: ELENAS_360.raters.map((rater) => ({
    ...rater,
    comments: REPEAT_COMMENTS[rater.email] ?? {},
  })),
  typical: {
    ...ELENAS_360.typical,
    ...up(pick(ELENAS_360.typical, "dir-"), 1.1),
    ...up(pick(ELENAS_360.typical, "dec-"), 0.25),
  },
  itemView: {},
};

function pick(items: Record<string, number>, prefix: string): Record<string, number> {
  return Object.fromEntries(Object.entries(items).filter(([id]) => id.startsWith(prefix)));
}
