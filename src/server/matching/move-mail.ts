import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { user } from "../db/schema";
import { render } from "../mail/templates";

// The client's mail when their engagement moves to another coach: who coaches them now, and that
// they book their next sessions with them. Always sent: it changes whom they work with. The
// admin's reason stays out of it (it may be confidential).

export async function mailClientOfMove(
  ctx: AppContext,
  tx: Executor,
  move: {
    engagement: { id: string; title: string; practiceId: string; clientId: string };
    from: string;
    to: string;
    sessionsCancelled: number;
  },
): Promise<void> {
  const [client] = await tx
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, move.engagement.clientId));
  if (!client) return;
  const n = move.sessionsCancelled;
  const cancelled =
    n === 0
      ? []
      : [
          `Your ${n === 1 ? "session" : `${n} sessions`} booked ahead with ${move.from} ${n === 1 ? "is" : "are"} cancelled; the cancellation mails take them out of your calendar.`,
        ];
  const mail = render(
    `Your new coach: ${move.to}`,
    [
      `Hello ${client.name},`,
      `${move.to} is now your coach for "${move.engagement.title}". Your goals, sessions held and the work you shared go along with the engagement.`,
      ...cancelled,
      `Book your next sessions with ${move.to} in Keel.`,
    ],
    {
      label: "Book a session",
      url: `${ctx.config.publicUrl}/engagements/${move.engagement.id}`,
    },
  );
  await ctx.mailer.send({ to: client.email, ...mail, practiceId: move.engagement.practiceId }, tx);
}
