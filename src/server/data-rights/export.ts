import { type SQL, sql } from "drizzle-orm";
import type { DataExport } from "../../contract/data-rights";
import type { Viewer } from "../access/viewer";
import type { Database, Executor } from "../db/database";
import { rowsOf } from "../http/rate-limit";
import { type ExportRule, PERSONAL_TABLES, type TableRule } from "./personal-tables";
import { subscribersByAddress } from "./subscribers-by-address";

type Row = Record<string, unknown>;

/** The rows of `table` that belong to the person, as an SQL condition on the table's rows. */
export function personsRows(table: string, personId: string): SQL {
  const rule = PERSONAL_TABLES[table];
  if (!rule) throw new Error(`${table} is not classified in personal-tables.ts`);
  return scopeOf(rule, personId, table);
}

function scopeOf(rule: TableRule, personId: string, table: string): SQL {
  switch (rule.kind) {
    case "person":
      return sql`${sql.identifier(rule.column)} = ${personId}`;
    case "engagement":
      return sql`engagement_id in (select id from engagement where client_id = ${personId})`;
    case "under":
    case "anonymous":
      return sql`${sql.identifier(rule.column)} in (select id from ${sql.identifier(rule.parent)} where ${personsRows(rule.parent, personId)})`;
    default:
      throw new Error(`${table} has no rows of a person by itself (${rule.kind})`);
  }
}

/** The rule's own row condition, `$person` bound to the person's id. */
function exportCondition(rule: ExportRule | undefined, personId: string): SQL {
  if (!rule?.where) return sql`true`;
  const parts = rule.where.split("$person");
  const condition = sql.empty();
  parts.forEach((part, index) => {
    if (index > 0) condition.append(sql`${personId}`);
    condition.append(sql.raw(part));
  });
  return sql`(${condition})`;
}

async function select(executor: Executor, query: SQL, omit: readonly string[] = []) {
  const rows = rowsOf<Row>(await executor.execute(query));
  return rows.map((row) => {
    const kept = { ...row };
    for (const column of omit) delete kept[column];
    return kept;
  });
}

/**
 * Everything Keel holds about the viewer, read in one transaction: every table of
 * personal-tables.ts with rows of theirs, secrets left out, and the PDFs that exist for them.
 */
export async function buildExport(
  db: Database,
  viewer: Viewer,
  now = new Date(),
): Promise<DataExport> {
  return db.transaction(async (tx) => {
    const tables: Record<string, Row[]> = {};
    const withheld: Record<string, string> = {};
    const personId = viewer.userId;
    for (const [table, rule] of Object.entries(PERSONAL_TABLES).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      if (rule.kind === "none" || rule.kind === "special") continue;
      if (rule.kind === "anonymous") {
        withheld[table] = rule.why;
        continue;
      }
      if (rule.export?.withheld) {
        withheld[table] = rule.export.withheld;
        continue;
      }
      tables[table] = await select(
        tx,
        sql`select * from ${sql.identifier(table)} where ${personsRows(table, personId)} and ${exportCondition(rule.export, personId)}`,
        rule.export?.omit,
      );
    }
    tables.user = await select(tx, sql`select * from "user" where id = ${personId}`);
    tables.engagement = await select(
      tx,
      sql`select * from engagement where client_id = ${personId} order by start_date`,
    );
    tables.invitation = await select(
      tx,
      sql`select * from invitation where lower(email) = lower(${viewer.email})`,
      ["token_hash"],
    );
    tables.programme_participant = await select(
      tx,
      sql`select * from programme_participant where email = lower(${viewer.email}) or user_id = ${personId}`,
    );
    tables.mail = await select(
      tx,
      sql`select * from mail where lower("to") = lower(${viewer.email}) order by created_at`,
    );
    tables.article_reply = await select(
      tx,
      sql`select * from article_reply where email = lower(${viewer.email}) order by created_at`,
    );
    tables.reply_block = await select(
      tx,
      sql`select * from reply_block where email = lower(${viewer.email})`,
    );
    const byAddress = await subscribersByAddress(tx, personId, viewer.email);
    for (const [table, rows] of Object.entries(byAddress))
      tables[table] = [...(tables[table] ?? []), ...rows];
    withheld.verification = "short-lived sign-in and reset tokens, never handed out";
    withheld.rate_limit = "counters of attempts, kept for an hour at most";
    return {
      format: "keel-data-export/1" as const,
      exportedAt: now.toISOString(),
      person: {
        id: personId,
        name: viewer.name,
        email: viewer.email,
        role: viewer.role,
        practiceName: viewer.practiceName,
      },
      tables,
      withheld,
      pdfs: await pdfsOf(tx, personId),
    };
  });
}

/** The 360 reports released to the person and the goals-and-plan PDF of each engagement with goals. */
async function pdfsOf(tx: Executor, personId: string) {
  const reports = await select(
    tx,
    sql`select c.id, e.title from feedback_campaign c join engagement e on e.id = c.engagement_id
        where e.client_id = ${personId} and c.status = 'released' order by c.released_at`,
  );
  const plans = await select(
    tx,
    sql`select e.id, e.title from engagement e where e.client_id = ${personId}
        and exists (select 1 from goal g where g.engagement_id = e.id) order by e.start_date`,
  );
  return [
    ...reports.map((r) => ({
      title: `360-degree feedback report: ${String(r.title)}`,
      url: `/api/feedback-campaigns/${String(r.id)}/report.pdf`,
    })),
    ...plans.map((p) => ({
      title: `Goals and plan: ${String(p.title)}`,
      url: `/api/engagements/${String(p.id)}/goals.pdf`,
    })),
  ];
}
