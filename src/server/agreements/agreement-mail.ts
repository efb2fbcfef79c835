import { eq, inArray } from "drizzle-orm";
import type { AgreementParty } from "../../domain/programmes/three-way-agreement";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { user } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";
import { render } from "../mail/templates";
import { userIdOf } from "./agreement-store";

// Mail about the three-way agreement. Like a session's booking, it asks the recipient to act
// (accept the terms), so it is always sent rather than being a topic one may turn off. The terms
// stay in Keel: the mail names the engagement and links to it.

const PARTY_ORDER: AgreementParty[] = ["coach", "client", "sponsor"];

/** To the client and the sponsor: terms are ready to accept (again, after a change). */
export async function mailToAccept(
  ctx: AppContext,
  tx: Executor,
  row: EngagementRow,
  changedAfterAgreement: boolean,
) {
  const again = changedAfterAgreement
    ? "The terms changed after you all agreed them, so everyone accepts them again; until then the terms agreed before apply."
    : "Read the purpose, the goals and what the sponsor may see, and accept them if they are right.";
  await mailParties(ctx, tx, row, ["client", "sponsor"], (name) =>
    render(
      `An agreement to accept: ${row.engagement.title}`,
      [
        `Hello ${name},`,
        `${row.coach.name} has written the three-way agreement of "${row.engagement.title}" for you to accept.`,
        again,
      ],
      { label: "Open the agreement", url: engagementUrl(ctx, row) },
    ),
  );
}

/** To everyone but the party whose acceptance completed it: the agreement is in force. */
export async function mailAgreed(
  ctx: AppContext,
  tx: Executor,
  row: EngagementRow,
  last: AgreementParty,
) {
  const others = PARTY_ORDER.filter((party) => party !== last);
  await mailParties(ctx, tx, row, others, (name) =>
    render(
      `Agreed: ${row.engagement.title}`,
      [
        `Hello ${name},`,
        `Everyone has accepted the three-way agreement of "${row.engagement.title}". It is in force from today.`,
      ],
      { label: "Open the agreement", url: engagementUrl(ctx, row) },
    ),
  );
}

/**
 * To the coach an engagement was moved to: the agreement waits for their acceptance, and the
 * terms last agreed apply meanwhile (decision 032).
 */
export async function mailNewCoachToAccept(
  ctx: AppContext,
  tx: Executor,
  engagement: { id: string; title: string; practiceId: string },
  coachId: string,
  inForce: boolean,
) {
  const [coach] = await tx
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, coachId));
  if (!coach) return;
  const meanwhile = inForce
    ? "Until you accept, the terms the others agreed before apply, including what the sponsor sees."
    : "Nothing is in force yet; the terms come into force once every party has accepted them.";
  const mail = render(
    `An agreement to accept: ${engagement.title}`,
    [
      `Hello ${coach.name},`,
      `You are now the coach of "${engagement.title}". Its three-way agreement waits for your acceptance: read the purpose, the goals and what the sponsor may see, and accept them if you can work to them, or revise them with the others.`,
      meanwhile,
    ],
    { label: "Open the agreement", url: urlOf(ctx, engagement.id) },
  );
  await ctx.mailer.send({ to: coach.email, ...mail, practiceId: engagement.practiceId }, tx);
}

const urlOf = (ctx: AppContext, engagementId: string) =>
  `${ctx.config.publicUrl}/engagements/${engagementId}`;

const engagementUrl = (ctx: AppContext, row: EngagementRow) => urlOf(ctx, row.engagement.id);

async function mailParties(
  ctx: AppContext,
  tx: Executor,
  row: EngagementRow,
  parties: AgreementParty[],
  mail: (name: string) => ReturnType<typeof render>,
) {
  const ids = parties.flatMap((party) => userIdOf(row, party) ?? []);
  if (ids.length === 0) return;
  const people = await tx
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(inArray(user.id, ids));
  for (const person of people)
    await ctx.mailer.send(
      { to: person.email, ...mail(person.name), practiceId: row.engagement.practiceId },
      tx,
    );
}
