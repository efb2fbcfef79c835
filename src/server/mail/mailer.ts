import { and, eq, isNull, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { MailDelivery } from "../../contract/outbox";
import type { Config, DkimConfig } from "../config";
import type { Database, Executor } from "../db/database";
import { type MailCalendar, mail, subscriber } from "../db/schema";
import type { JobQueue } from "../jobs/job-queue";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  practiceId?: string | null;
  /**
   * The practice's own mail (invitations), which its admin reads in the outbox. Mail about a
   * client's work or a person's account is not the practice's to read, so it is off by default.
   */
  inOutbox?: boolean;
  /** A calendar invitation: delivered as text/calendar with the same method as its METHOD. */
  calendar?: MailCalendar;
  /** A list's headers (List-Id, List-Unsubscribe, List-Unsubscribe-Post): see lists/list-headers.ts. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /**
   * Records the mail; with SMTP it is queued for delivery, without it is held in the outbox.
   * Given a transaction, the mail and its delivery job exist only if that transaction commits.
   */
  send(message: OutgoingMail, tx?: Executor): Promise<{ id: string }>;
  /** As send, for many mails at once in a few statements (a day's course lessons); ids in order. */
  sendMany(messages: OutgoingMail[], tx?: Executor): Promise<{ id: string }[]>;
}

/** How this Keel's mail leaves: over SMTP, or held when no SMTP_URL is set. */
export function mailDeliveryOf(config: Pick<Config, "smtpUrl">): MailDelivery {
  return config.smtpUrl ? "smtp" : "held";
}

export function createMailer(deps: {
  db: Database;
  jobs: JobQueue;
  config: Config;
  log: FastifyBaseLogger;
}): Mailer {
  const { db, jobs, config, log } = deps;
  const viaSmtp = mailDeliveryOf(config) === "smtp";
  const rowOf = (message: OutgoingMail) => ({
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    calendar: message.calendar ?? null,
    headers: message.headers ?? null,
    practiceId: message.practiceId ?? null,
    inOutbox: Boolean(message.inOutbox && message.practiceId),
    status: viaSmtp ? ("queued" as const) : ("held" as const),
  });
  const sendMany: Mailer["sendMany"] = async (messages, tx) => {
    if (messages.length === 0) return [];
    const rows = await (tx ?? db)
      .insert(mail)
      .values(messages.map(rowOf))
      .returning({ id: mail.id });
    if (rows.length !== messages.length) throw new Error("mail was not recorded");
    if (viaSmtp) {
      const mailIds = rows.map((row) => row.id);
      if (rows.length === 1) await jobs.send("mail.deliver", { mailId: mailIds[0] }, { tx });
      else
        await jobs.sendMany(
          "mail.deliver",
          mailIds.map((mailId) => ({ mailId })),
          { tx },
        );
      log.info(rows.length === 1 ? { mailId: mailIds[0] } : { mails: rows.length }, "mail queued");
    } else {
      // A developer trying Keel without SMTP needs the links a mail carries (a rater's, a
      // check-in's), never its words: subjects and texts name clients and quote their goals.
      // Elsewhere the mail's id finds it in the database.
      rows.forEach((row, i) => {
        const message = messages[i] as OutgoingMail;
        const shown =
          config.env === "development" ? { to: message.to, links: linksIn(message.text) } : {};
        log.info({ mailId: row.id, ...shown }, "mail held in the outbox (no SMTP_URL)");
      });
    }
    return rows;
  };
  return {
    async send(message, tx) {
      const [row] = await sendMany([message], tx);
      return row as { id: string };
    },
    sendMany,
  };
}

/** The worker of the mail.deliver queue: sends one recorded mail over SMTP. */
export function createMailDelivery(deps: { db: Database; config: Config; log: FastifyBaseLogger }) {
  const { db, config, log } = deps;
  if (!config.smtpUrl) return null;
  const transport = pooledTransport(config.smtpUrl, config.dkim);
  return async ({ mailId }: { mailId: string }) => {
    const [row] = await db.select().from(mail).where(eq(mail.id, mailId));
    if (!row || row.status === "sent" || row.status === "bounced") return;
    try {
      await transport.send({
        from: config.mailFrom,
        to: row.to,
        subject: row.subject,
        text: row.text,
        ...(row.html ? { html: row.html } : {}),
        ...(row.calendar ? { icalEvent: { ...row.calendar, filename: "invite.ics" } } : {}),
        ...(row.headers ? { headers: asWritten(row.headers) } : {}),
      });
    } catch (error) {
      if (refusedForGood(error)) {
        await markBounced(db, row.id, row.to, error);
        log.warn(
          { mailId, responseCode: responseCodeOf(error) },
          "mail refused for good; the address gets no more list mail",
        );
        return;
      }
      await db
        .update(mail)
        .set({ status: "failed", error: String(error) })
        .where(eq(mail.id, mailId));
      log.warn({ mailId, err: error }, "mail delivery failed; it will be retried");
      throw error;
    }
    await db
      .update(mail)
      .set({ status: "sent", sentAt: new Date(), error: null })
      .where(eq(mail.id, mailId));
    log.info({ mailId }, "mail sent");
  };
}

// List headers go out as written: nodemailer would otherwise turn a List-Id's quotes and angle
// brackets into encoded words, which mail programs do not read as a list's id.
// (lists/list-headers.ts refuses a line break in them.)
const asWritten = (headers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key, { prepared: true, value }]),
  );

const responseCodeOf = (error: unknown) =>
  typeof error === "object" && error !== null && "responseCode" in error
    ? Number((error as { responseCode: unknown }).responseCode)
    : null;

/**
 * A 5xx reply to the recipient or the message refuses the mail for good (an unknown mailbox, a
 * refused address): sending again would only be refused again and harm the sender's standing.
 * A 5xx to the connection, the login or the sender is Keel's own set-up at fault, not the
 * address's, and is retried like any other failure.
 */
function refusedForGood(error: unknown): boolean {
  const code = responseCodeOf(error);
  if (code === null || code < 500 || code >= 600 || code === 503) return false;
  const command = (error as { command?: unknown }).command;
  return command === "RCPT TO" || command === "DATA";
}

/** The mail is bounced and every subscriber of its address, in any practice, is suppressed. */
async function markBounced(db: Database, mailId: string, to: string, error: unknown) {
  await db.transaction(async (tx) => {
    await tx
      .update(mail)
      .set({ status: "bounced", error: String(error) })
      .where(eq(mail.id, mailId));
    await tx
      .update(subscriber)
      .set({ suppressedAt: new Date(), suppressedReason: "bounced" })
      .where(and(eq(subscriber.email, sql`lower(${to})`), isNull(subscriber.suppressedAt)));
  });
}

/**
 * One SMTP connection carries mail after mail while there is mail to send, and is closed once
 * there has been none for a moment (an open one would keep the server waiting on it). A
 * connection each cost about 100 ms on loopback (servers pause before greeting), which held a
 * burst such as the day's check-in mail to ten mails a second.
 */
function pooledTransport(url: string, dkim: DkimConfig | undefined) {
  let pool: ReturnType<typeof nodemailer.createTransport> | null = null;
  let idle: NodeJS.Timeout | undefined;
  let sending = 0;
  return {
    async send(message: Parameters<ReturnType<typeof nodemailer.createTransport>["sendMail"]>[0]) {
      clearTimeout(idle);
      pool ??= nodemailer.createTransport({
        url,
        pool: true,
        ...(dkim ? { dkim: { ...dkim, headerFieldNames: DKIM_HEADERS } } : {}),
      });
      sending++;
      try {
        return await pool.sendMail(message);
      } finally {
        sending--;
        clearTimeout(idle);
        idle = setTimeout(() => {
          if (sending > 0) return;
          pool?.close();
          pool = null;
        }, IDLE_MS).unref();
      }
    },
  };
}

const IDLE_MS = 1000;

// The headers a signature covers: the usual ones and the list headers, so that a one-click
// unsubscribe address cannot be swapped in transit (RFC 8058).
const DKIM_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "In-Reply-To",
  "References",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
].join(":");

function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/\S+/g) ?? [])];
}
