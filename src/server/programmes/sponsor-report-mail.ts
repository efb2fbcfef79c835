import { and, eq, gte, ne } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import { addDays } from "../../domain/goals/dates";
import {
  type ReportStep,
  reportStep,
  type SponsorReportFrequency,
} from "../../domain/programmes/sponsor-report";
import { knownTimeZone, localParts } from "../../domain/sessions/zoned-time";
import type { Viewer } from "../access/viewer";
import { sendTopicMail, wantsMail } from "../accounts/mail-preferences";
import type { Config } from "../config";
import type { Database, Executor } from "../db/database";
import {
  membership,
  practice,
  programme,
  programmeSponsor,
  sponsorReportMailing,
  user,
} from "../db/schema";
import { AppError } from "../http/errors";
import type { Mailer } from "../mail/mailer";
import { getProgrammeImpact, type ImpactContext } from "./impact";
import { sponsorReportMail } from "./sponsor-report-text";

export const SPONSOR_REPORT_QUEUE = "sponsor.report";
/** Hourly: a report leaves on its day from 08:00 in the sponsor's own zone. */
export const SPONSOR_REPORT_CRON = "20 * * * *";
const FALLBACK_ZONE = "UTC";
/** Older claims than a quarter and its catch-up days cannot be the latest report's. */
const LOOK_BACK_DAYS = 100;

type Deps = ImpactContext & { mailer: Mailer; config: Pick<Config, "publicUrl"> };

export function sponsorReportJob(deps: Deps & { log: FastifyBaseLogger }) {
  return async () => {
    const done = await runSponsorReports(deps, new Date());
    if (done.mailed + done.skipped > 0) deps.log.info(done, "sponsor reports");
  };
}

export const impactPageUrl = (publicUrl: string, programmeId: string) =>
  `${publicUrl}/programmes/${programmeId}/impact`;
export const impactPdfUrl = (publicUrl: string, programmeId: string) =>
  `${publicUrl}/api/programmes/${programmeId}/impact.pdf`;

interface Candidate {
  programmeId: string;
  frequency: SponsorReportFrequency;
  practiceId: string;
  practiceName: string;
  sponsor: { id: string; name: string; email: string; timeZone: string | null };
}

/**
 * Mails each sponsor of each programme with reports on its latest report once: the period is
 * claimed by inserting its row in the transaction that records the mail (the key refuses a second
 * process). One more than CATCH_UP_DAYS late (Keel was down), or whose sponsor turned the topic
 * off, is recorded as skipped. A sponsor no longer named on the programme is no candidate.
 */
export async function runSponsorReports(
  deps: Deps,
  now: Date,
): Promise<{ mailed: number; skipped: number }> {
  const candidates = await selectCandidates(deps.db);
  const done = await claimedReports(deps.db, now);
  const totals = { mailed: 0, skipped: 0 };
  for (const candidate of candidates) {
    const zone = knownTimeZone(candidate.sponsor.timeZone ?? "") ?? FALLBACK_ZONE;
    const local = localParts(now, zone);
    const step = reportStep(candidate.frequency, local);
    if (!step || done.has(keyOf(candidate.programmeId, candidate.sponsor.id, step.day))) continue;
    const outcome = await settle(deps, candidate, step, local.date);
    if (outcome) totals[outcome]++;
  }
  return totals;
}

async function selectCandidates(db: Database): Promise<Candidate[]> {
  return db
    .select({
      programmeId: programme.id,
      frequency: programme.sponsorReport,
      practiceId: programme.practiceId,
      practiceName: practice.name,
      sponsor: { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone },
    })
    .from(programmeSponsor)
    .innerJoin(programme, eq(programme.id, programmeSponsor.programmeId))
    .innerJoin(practice, eq(practice.id, programme.practiceId))
    .innerJoin(user, eq(user.id, programmeSponsor.userId))
    .innerJoin(
      membership,
      and(
        eq(membership.userId, user.id),
        eq(membership.practiceId, programme.practiceId),
        eq(membership.role, "sponsor"),
      ),
    )
    .where(ne(programme.sponsorReport, "off"));
}

const keyOf = (programmeId: string, sponsorId: string, day: string) =>
  `${programmeId}/${sponsorId}/${day}`;

async function claimedReports(db: Database, now: Date): Promise<Set<string>> {
  const since = addDays(now.toISOString().slice(0, 10), -LOOK_BACK_DAYS);
  const rows = await db
    .select({
      programmeId: sponsorReportMailing.programmeId,
      sponsorId: sponsorReportMailing.sponsorId,
      day: sponsorReportMailing.day,
    })
    .from(sponsorReportMailing)
    .where(gte(sponsorReportMailing.day, since));
  return new Set(rows.map((row) => keyOf(row.programmeId, row.sponsorId, row.day)));
}

async function settle(
  deps: Deps,
  candidate: Candidate,
  step: ReportStep,
  today: string,
): Promise<"mailed" | "skipped" | null> {
  if (step.action === "skip" || !(await wantsMail(deps.db, candidate.sponsor.id, "sponsor_report")))
    return (await claim(deps.db, candidate, step.day, "skipped")) ? "skipped" : null;
  const impact = await impactFor(deps, candidate);
  if (!impact) return null;
  const message = sponsorReportMail({
    impact,
    frequency: candidate.frequency === "quarterly" ? "quarterly" : "monthly",
    sponsorName: candidate.sponsor.name,
    practiceName: candidate.practiceName,
    figuresOn: today,
    pageUrl: impactPageUrl(deps.config.publicUrl, candidate.programmeId),
    pdfUrl: impactPdfUrl(deps.config.publicUrl, candidate.programmeId),
  });
  return deps.db.transaction(async (tx) => {
    if (!(await claim(tx, candidate, step.day, "mailed"))) return null;
    const sent = await sendTopicMail(
      { db: tx, mailer: deps.mailer },
      { userId: candidate.sponsor.id, topic: "sponsor_report" },
      {
        to: candidate.sponsor.email,
        ...message,
        practiceId: candidate.practiceId,
        // The practice's own mail to its buyer, aggregates only: its admin reads it in the outbox.
        inOutbox: true,
      },
      tx,
    );
    if (sent) return "mailed";
    await tx
      .update(sponsorReportMailing)
      .set({ outcome: "skipped" })
      .where(
        and(
          eq(sponsorReportMailing.programmeId, candidate.programmeId),
          eq(sponsorReportMailing.sponsorId, candidate.sponsor.id),
          eq(sponsorReportMailing.day, step.day),
        ),
      );
    return "skipped";
  });
}

async function claim(
  db: Executor,
  candidate: Candidate,
  day: string,
  outcome: "mailed" | "skipped",
): Promise<boolean> {
  const rows = await db
    .insert(sponsorReportMailing)
    .values({ programmeId: candidate.programmeId, sponsorId: candidate.sponsor.id, day, outcome })
    .onConflictDoNothing()
    .returning({ day: sponsorReportMailing.day });
  return rows.length > 0;
}

/**
 * The figures the programme's page shows this sponsor, read as the sponsor: the same access
 * check and the same aggregates. Null when they are no longer its sponsor.
 */
async function impactFor(deps: Deps, candidate: Candidate) {
  const viewer: Viewer = {
    userId: candidate.sponsor.id,
    name: candidate.sponsor.name,
    email: candidate.sponsor.email,
    practiceId: candidate.practiceId,
    practiceName: candidate.practiceName,
    role: "sponsor",
    isAdmin: false,
    twoFactorEnabled: false,
    practiceRequiresTwoFactor: false,
  };
  try {
    return await getProgrammeImpact(deps, viewer, candidate.programmeId, {});
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}
