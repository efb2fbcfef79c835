import { sql } from "drizzle-orm";
import type { Executor } from "../db/database";
import { rowsOf } from "../http/rate-limit";

type Row = Record<string, unknown>;

// A practice's lists know many people by their address alone (a subscriber with no user id):
// a person's export holds those rows of their address too, and their erasure removes them
// (the subscriptions, sent lessons and completions go with the subscriber).

const bySubscriberAddress = (email: string, personId: string) =>
  sql`select id from subscriber where email = lower(${email}) and user_id is distinct from ${personId}`;

/** The address's subscriber rows not already keyed by the person's id, and the rows under them. */
export async function subscribersByAddress(
  tx: Executor,
  personId: string,
  email: string,
): Promise<Record<"subscriber" | "subscription" | "course_delivery" | "lesson_completion", Row[]>> {
  const ids = bySubscriberAddress(email, personId);
  const select = async (query: ReturnType<typeof sql>) => rowsOf<Row>(await tx.execute(query));
  const subscriptions = await select(
    sql`select * from subscription where subscriber_id in (${ids}) order by created_at`,
  );
  for (const row of subscriptions) delete row.confirm_token_hash;
  const underSubscriptions = sql`select id from subscription where subscriber_id in (${ids})`;
  return {
    subscriber: await select(sql`select * from subscriber where id in (${ids})`),
    subscription: subscriptions,
    course_delivery: await select(
      sql`select * from course_delivery where subscription_id in (${underSubscriptions}) order by sent_at`,
    ),
    lesson_completion: await select(
      sql`select * from lesson_completion where subscription_id in (${underSubscriptions}) order by done_at`,
    ),
  };
}

/** Deletes the address's subscribers (and all under them); answers how many. */
export async function eraseSubscribersByAddress(tx: Executor, email: string): Promise<number> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`delete from subscriber where email = lower(${email}) returning id`),
  );
  return rows.length;
}
