import { eq } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { MailDelivery } from "../../contract/outbox";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import { type MailCalendar, mail } from "../db/schema";
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
}

export interface Mailer {
  /**
   * Records the mail; with SMTP it is queued for delivery, without it is held in the outbox.
   * Given a transaction, the mail and its delivery job exist only if that transaction commits.
   */
  send(message: OutgoingMail, tx?: Executor): Promise<{ id: string }>;
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
  return {
    async send(message, tx) {
      const [row] = await (tx ?? db)
        .insert(mail)
        .values({
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html ?? null,
          calendar: message.calendar ?? null,
          practiceId: message.practiceId ?? null,
          inOutbox: Boolean(message.inOutbox && message.practiceId),
          status: viaSmtp ? "queued" : "held",
        })
        .returning({ id: mail.id });
      if (!row) throw new Error("mail was not recorded");
      if (viaSmtp) {
        await jobs.send("mail.deliver", { mailId: row.id }, { tx });
        log.info({ mailId: row.id }, "mail queued");
      } else {
        // A developer trying Keel without SMTP needs the links a mail carries (a rater's, a
        // check-in's), never its words: subjects and texts name clients and quote their goals.
        // Elsewhere the mail's id finds it in the database.
        const shown =
          config.env === "development" ? { to: message.to, links: linksIn(message.text) } : {};
        log.info({ mailId: row.id, ...shown }, "mail held in the outbox (no SMTP_URL)");
      }
      return row;
    },
  };
}

/** The worker of the mail.deliver queue: sends one recorded mail over SMTP. */
export function createMailDelivery(deps: { db: Database; config: Config; log: FastifyBaseLogger }) {
  const { db, config, log } = deps;
  if (!config.smtpUrl) return null;
  const transport = pooledTransport(config.smtpUrl);
  return async ({ mailId }: { mailId: string }) => {
    const [row] = await db.select().from(mail).where(eq(mail.id, mailId));
    if (!row || row.status === "sent") return;
    try {
      await transport.send({
        from: config.mailFrom,
        to: row.to,
        subject: row.subject,
        text: row.text,
        ...(row.html ? { html: row.html } : {}),
        ...(row.calendar ? { icalEvent: { ...row.calendar, filename: "invite.ics" } } : {}),
      });
    } catch (error) {
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

/**
 * One SMTP connection carries mail after mail while there is mail to send, and is closed once
 * there has been none for a moment (an open one would keep the server waiting on it). A
 * connection each cost about 100 ms on loopback (servers pause before greeting), which held a
 * burst such as the day's check-in mail to ten mails a second.
 */
function pooledTransport(url: string) {
  let pool: ReturnType<typeof nodemailer.createTransport> | null = null;
  let idle: NodeJS.Timeout | undefined;
  let sending = 0;
  return {
    async send(message: Parameters<ReturnType<typeof nodemailer.createTransport>["sendMail"]>[0]) {
      clearTimeout(idle);
      pool ??= nodemailer.createTransport({ url, pool: true });
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

function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/\S+/g) ?? [])];
}
