import { type SQL, sql } from "drizzle-orm";
import { mailboxOf } from "../../domain/feedback/mailbox";
import type { Database, Executor } from "../db/database";
import { rowsOf } from "../http/rate-limit";
import { PERSONAL_TABLES } from "./personal-tables";
import { eraseSubscribersByAddress } from "./subscribers-by-address";

export interface ErasedPerson {
  id: string;
  name: string;
  email: string;
}

async function count(tx: Executor, statement: SQL): Promise<number> {
  const rows = rowsOf<{ n: number | string }>(
    await tx.execute(
      sql`with changed as (${statement} returning 1) select count(*) as n from changed`,
    ),
  );
  return Number(rows[0]?.n ?? 0);
}

/** The row (all its columns as text) names the person: their address, or their full name. */
const namesPerson = (row: SQL, person: ErasedPerson) => {
  const byAddress = sql`strpos(lower(${row}::text), lower(${person.email})) > 0`;
  // A name too short to be told from ordinary words is not searched for.
  if (person.name.trim().length < MIN_NAME_LENGTH) return byAddress;
  return sql`(${byAddress} or strpos(lower(${row}::text), lower(${person.name.trim()})) > 0)`;
};
const MIN_NAME_LENGTH = 5;

/**
 * Erases a person in one transaction (docs/decisions/024-data-export-and-erasure.md): their
 * engagements as the client with all that hangs on them, the rows keyed by their id, mail to them
 * or naming them, invitations and sign-in records of their address, and finally their user row.
 * Where they were a rater or stakeholder of someone else, the row keeps the answers' place (the
 * pooled answers stay) but loses their name and address. Any failure leaves everything as it was.
 * Answers the counts of rows removed or made anonymous, table by table.
 */
export async function erasePerson(
  db: Database,
  person: ErasedPerson,
  mayErase: (tx: Executor) => Promise<void> = async () => {},
): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const rows: Record<string, number> = {};
    await tx.execute(sql`select id from "user" where id = ${person.id} for update`);
    await mayErase(tx);
    rows.engagement = await count(tx, sql`delete from engagement where client_id = ${person.id}`);

    const mailbox = mailboxOf(person.email);
    const erasedAddress = (id: SQL) => sql`'erased-' || ${id} || '@erased.invalid'`;
    rows.feedback_rater = await count(
      tx,
      sql`update feedback_rater set name = 'Erased rater', email = ${erasedAddress(sql`id`)},
          mailbox = ${erasedAddress(sql`id`)}, token_hash = null where mailbox = ${mailbox}`,
    );
    const stakeholders = rowsOf<{ id: string }>(
      await tx.execute(
        sql`update pulse_stakeholder set name = 'Erased stakeholder', relationship = '',
            email = ${erasedAddress(sql`id`)}, mailbox = ${erasedAddress(sql`id`)}
            where mailbox = ${mailbox} returning id`,
      ),
    );
    rows.pulse_stakeholder = stakeholders.length;
    if (stakeholders.length > 0) {
      const ids = stakeholders.map((s) => s.id);
      await tx.execute(
        sql`update pulse_invitee set token_hash = null where stakeholder_id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      );
    }

    for (const [table, rule] of Object.entries(PERSONAL_TABLES)) {
      if (rule.kind !== "person") continue;
      const removed = await count(
        tx,
        sql`delete from ${sql.identifier(table)} where ${sql.identifier(rule.column)} = ${person.id}`,
      );
      if (removed > 0) rows[table] = removed;
    }
    rows.mail = await count(
      tx,
      sql`delete from mail m where lower(m."to") = lower(${person.email}) or ${namesPerson(sql`m`, person)}`,
    );
    rows.mail_digest_item = await count(
      tx,
      sql`delete from mail_digest_item d where ${namesPerson(sql`d`, person)}`,
    );
    rows.programme_participant = await count(
      tx,
      sql`delete from programme_participant where email = lower(${person.email}) or user_id = ${person.id}`,
    );
    await tx.execute(
      sql`update programme_participant set manager_email = null where manager_email = lower(${person.email})`,
    );
    rows.invitation = await count(
      tx,
      sql`delete from invitation where lower(email) = lower(${person.email})`,
    );
    rows.article_reply = await count(
      tx,
      sql`delete from article_reply where email = lower(${person.email})`,
    );
    rows.reply_block = await count(
      tx,
      sql`delete from reply_block where email = lower(${person.email})`,
    );
    const subscribers = await eraseSubscribersByAddress(tx, person.email);
    if (subscribers > 0) rows.subscriber = (rows.subscriber ?? 0) + subscribers;
    rows.verification = await count(
      tx,
      sql`delete from verification v where strpos(lower(v::text), lower(${person.email})) > 0
          or strpos(v::text, ${person.id}) > 0`,
    );
    rows.rate_limit = await count(
      tx,
      sql`delete from rate_limit where strpos(lower(key), lower(${person.email})) > 0
          or strpos(key, ${person.id}) > 0`,
    );
    rows.user = await count(tx, sql`delete from "user" where id = ${person.id}`);
    return rows;
  });
}
