import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { PulseRating } from "../../domain/pulses/answers";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import {
  pulseFeedforward,
  pulseInvitee,
  pulseResponse,
  pulseRound,
  pulseSettings,
  pulseStakeholder,
} from "../db/schema";
import { pulseToken, pulseTokenHash } from "../pulses/links";
import { putPulseQuestions, putPulseSettings } from "../pulses/service";
import { addStakeholder, approveStakeholder } from "../pulses/stakeholders";

// Stage 4: the stakeholders Daniel chose and two closed pulse rounds, four weeks apart, on the
// behaviours of his goals. Set up through the services (questions, stakeholders and Maya's
// approval, the settings); the rounds are written as their closing leaves them, since opening
// one mails every stakeholder a link and the demo sends no mail. Handing work over and asking
// before telling move up; letting people finish barely moves, as his own tally says.

const DAY = 86_400_000;

const QUESTIONS = [
  {
    id: "hands-over",
    text: "Hands stretch work to others and coaches them through it with questions",
  },
  { id: "asks-first", text: "Asks for others' views before giving his own" },
  { id: "lets-finish", text: "Lets people finish without interrupting" },
];

const STAKEHOLDERS = [
  { name: "Lena Fischer", email: "lena.fischer@northwind.example", relationship: "Team lead" },
  { name: "Ana Costa", email: "ana.costa@northwind.example", relationship: "Team lead" },
  { name: "Sam Okoye", email: "sam.okoye@northwind.example", relationship: "Team member" },
  { name: "Tom Berg", email: "tom.berg@northwind.example", relationship: "Peer" },
  { name: "Grace Lin", email: "grace.lin@northwind.example", relationship: "Manager" },
];

type Ratings = Record<string, PulseRating | null>;

/** Each round's answers as closing keeps them: four of five stakeholders answered each time. */
const ROUNDS: { dueDaysAgo: number; ratings: Ratings[]; feedforward: string[] }[] = [
  {
    dueDaysAgo: 52,
    ratings: [
      { "hands-over": 2, "asks-first": 2, "lets-finish": 2 },
      { "hands-over": 3, "asks-first": 2, "lets-finish": 1 },
      { "hands-over": 2, "asks-first": 3, "lets-finish": 2 },
      { "hands-over": 3, "asks-first": null, "lets-finish": 2 },
    ],
    feedforward: [
      "Give us the problem, not the answer, and we will come back with options.",
      "In the Monday meeting, speak last.",
    ],
  },
  {
    dueDaysAgo: 24,
    ratings: [
      { "hands-over": 3, "asks-first": 3, "lets-finish": 2 },
      { "hands-over": 4, "asks-first": 3, "lets-finish": 3 },
      { "hands-over": 3, "asks-first": 2, "lets-finish": 2 },
      { "hands-over": 4, "asks-first": 3, "lets-finish": null },
    ],
    feedforward: [
      "Keep handing over whole pieces of work, like the supplier review.",
      "When the budget comes up, count to five before answering.",
      "Ask one more question before you decide.",
    ],
  },
];

export async function seedDemoPulses(
  ctx: AppContext,
  parties: { coach: Viewer; client: Viewer; engagementId: string },
): Promise<void> {
  const { coach, client, engagementId } = parties;
  await putPulseQuestions(ctx, client, engagementId, { questions: QUESTIONS });
  const chosenAt = daysAgo(ROUNDS[0]?.dueDaysAgo ?? 52, 3);
  for (const person of STAKEHOLDERS) {
    const overview = await addStakeholder(ctx, client, engagementId, person);
    const added = overview.stakeholders.find((s) => s.email === person.email);
    if (!added) throw new Error("demo stakeholder was not added");
    await approveStakeholder(ctx, coach, added.id);
    await ctx.db
      .update(pulseStakeholder)
      .set({ createdAt: chosenAt, approvedAt: daysAgo(ROUNDS[0]?.dueDaysAgo ?? 52, 2) })
      .where(eq(pulseStakeholder.id, added.id));
  }
  await putPulseSettings(ctx, coach, engagementId, { enabled: true, everyWeeks: 4 });

  const stakeholders = await ctx.db
    .select({ id: pulseStakeholder.id })
    .from(pulseStakeholder)
    .where(eq(pulseStakeholder.engagementId, engagementId));
  await ctx.db.transaction(async (tx) => {
    for (const [roundIndex, round] of ROUNDS.entries()) {
      const dueAt = daysAgo(round.dueDaysAgo);
      const closedOn = day(daysAgo(round.dueDaysAgo, -7));
      const [row] = await tx
        .insert(pulseRound)
        .values({
          engagementId,
          dueAt,
          status: "closed",
          questions: QUESTIONS,
          threshold: 3,
          openedOn: day(dueAt),
          closesAt: daysAgo(round.dueDaysAgo, -7),
          closedOn,
          invited: stakeholders.length,
          remindedAt: daysAgo(round.dueDaysAgo, -5),
        })
        .returning({ id: pulseRound.id });
      if (!row) throw new Error("demo pulse round was not created");
      await tx.insert(pulseInvitee).values(
        stakeholders.map((stakeholder, index) => {
          const id = randomUUID();
          return {
            id,
            roundId: row.id,
            stakeholderId: stakeholder.id,
            tokenHash: pulseTokenHash(pulseToken(ctx.authSecret, id)),
            // A different stakeholder let each round pass.
            completed: (index + roundIndex) % stakeholders.length < round.ratings.length,
          };
        }),
      );
      await tx
        .insert(pulseResponse)
        .values(
          round.ratings.map((ratings) => ({ roundId: row.id, ratings, submittedOn: closedOn })),
        );
      await tx
        .insert(pulseFeedforward)
        .values(round.feedforward.map((text) => ({ roundId: row.id, text })));
    }
    // The next round is due four weeks after the last.
    const last = ROUNDS[ROUNDS.length - 1];
    if (last)
      await tx
        .update(pulseSettings)
        .set({ anchor: daysAgo(last.dueDaysAgo) })
        .where(eq(pulseSettings.engagementId, engagementId));
  });
}

/** Nine in the morning `days` days ago, and `before` days earlier still (later, if negative). */
function daysAgo(days: number, before = 0): Date {
  const at = new Date(Date.now() - (days + before) * DAY);
  at.setUTCHours(9, 0, 0, 0);
  return at;
}

function day(at: Date): string {
  return at.toISOString().slice(0, 10);
}
