import type { CheckInMailRun } from "./check-in-mail";
import type { CourseMailRun } from "./course-mail";
import type { BundleSize } from "./frontend";
import type { LoadResult } from "./load";
import type { ProgrammeImportTiming } from "./programme-reads";
import type { ReportTiming } from "./report-timing";
import {
  CHANGE_REPORT,
  FINAL_REPORT,
  REVIEW_REFLECTIONS,
  REVIEW_SUMMARY,
  type Timing,
} from "./review-reads";

export interface DatabaseRun {
  database: "PGlite (embedded)" | "PostgreSQL";
  startupEmptyMs: number;
  startupAtScaleMs: number;
  peakMemoryMb: number;
  seedMs: number;
  counts: Record<string, number>;
  /** The one-query ceiling on this database, before and after the routes; read routes' shares are of their mean. */
  queryCeiling: { before: LoadResult[]; after: LoadResult[] };
  loads: LoadResult[];
  lcpMs: number;
  /** The final report's PDF of the demo's finished engagement, one request at a time. */
  finalReportPdf?: Timing;
  /** A client with two years of check-ins, sessions and goals erasing themselves. */
  erasure?: { ms: number; rows: number };
  /** The admin previewing and committing a 5,000-row participants' CSV through the routes. */
  programmeImport?: ProgrammeImportTiming;
}

export interface Budget {
  name: string;
  value: number;
  limit: string;
  pass: boolean;
  unit: string;
}

export interface BenchReport {
  date: string;
  machine: string;
  scale: number;
  seconds: number;
  /** A bare Fastify route without I/O, before and after the runs: the host's speed, to compare runs. */
  ceiling: { before: LoadResult[]; after: LoadResult[] };
  runs: DatabaseRun[];
  bundle: BundleSize;
  reportTiming: ReportTiming;
  /** The day's check-in mail of 10,000 clients, from the job to the SMTP server (PostgreSQL). */
  checkInMail?: CheckInMailRun;
  /** A day's lessons of an email course for 10,000 subscribers, from the job to the SMTP server. */
  courseMail?: CourseMailRun;
  budgets: Budget[];
  budgetsOn: string;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)}` : "n/a");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The mean of the run's one-query ceiling before and after its routes, at `connections`. */
export function queryCeilingFor(run: Pick<DatabaseRun, "queryCeiling">, connections: number) {
  const at = (results: LoadResult[]) =>
    results.find((c) => c.connections === connections)?.requestsPerSecond ?? Number.NaN;
  return (at(run.queryCeiling.before) + at(run.queryCeiling.after)) / 2;
}

function shareOfCeiling(run: DatabaseRun, load: LoadResult): string {
  if (load.name.startsWith("write")) return "–";
  const share = (100 * load.requestsPerSecond) / queryCeilingFor(run, load.connections);
  return `${share.toFixed(0)}%`;
}

const row = (name: string, l: LoadResult, share: string) =>
  `| ${name} | ${l.connections} | ${Math.round(l.requestsPerSecond)} | ${share} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.errors} |`;

export function renderMarkdown(report: BenchReport): string {
  const lines = [
    "# Keel benchmark",
    "",
    `${report.date} · ${report.machine} · scale ${report.scale} · ${report.seconds} s per measurement`,
    "",
    "## The host: a bare Fastify route with a fixed JSON body",
    "",
    "No I/O: how fast this host is, to compare runs. Routes are judged against the one-query ceiling of each database below.",
    "",
    "| when | connections | req/s | p50 ms | p95 ms | p99 ms |",
    "| --- | --- | --- | --- | --- | --- |",
    ...(["before", "after"] as const).flatMap((when) =>
      report.ceiling[when].map(
        (c) =>
          `| ${when} | ${c.connections} | ${Math.round(c.requestsPerSecond)} | ${ms(c.p50)} | ${ms(c.p95)} | ${ms(c.p99)} |`,
      ),
    ),
  ];
  for (const run of report.runs) {
    lines.push(
      "",
      `## ${run.database}`,
      "",
      `Data: ${Object.entries(run.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")} (seeded in ${(run.seedMs / 1000).toFixed(1)} s).`,
      `Start-up to the first served request: ${ms(run.startupEmptyMs)} ms empty, ${ms(run.startupAtScaleMs)} ms with the data. Peak server memory (RSS high-water mark): ${run.peakMemoryMb.toFixed(0)} MB. Largest contentful paint of the client's home: ${ms(run.lcpMs)} ms.`,
      "",
      `The one-query ceiling is ${ONE_QUERY_CEILING}, measured before and after the routes; each read route's share is of the mean of the two.`,
      "",
      "| route | connections | req/s | % of one-query ceiling | p50 ms | p95 ms | p99 ms | errors |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...(["before", "after"] as const).flatMap((when) =>
        run.queryCeiling[when].map((l) => row(`one-query ceiling, ${when} the routes`, l, "")),
      ),
      ...run.loads.map((l) => row(l.name, l, shareOfCeiling(run, l))),
      ...(run.finalReportPdf
        ? [
            "",
            `The final report's PDF (two 360s, the questionnaire twice, reflections, the sustain plan), ${run.finalReportPdf.runs} requests one after another: median ${ms(run.finalReportPdf.medianMs)} ms, p95 ${ms(run.finalReportPdf.p95Ms)} ms.`,
          ]
        : []),
      ...(run.erasure
        ? [
            "",
            `A client with two years of weekly check-ins, sessions and goals erased themselves in ${ms(run.erasure.ms)} ms (${run.erasure.rows.toLocaleString("en-GB")} rows).`,
          ]
        : []),
      ...(run.programmeImport
        ? [
            "",
            `${PROGRAMME_IMPORT}: ${run.programmeImport.rows.toLocaleString("en-GB")} rows, preview ${(run.programmeImport.previewMs / 1000).toFixed(2)} s, commit ${(run.programmeImport.commitMs / 1000).toFixed(2)} s.`,
          ]
        : []),
    );
  }
  lines.push(
    "",
    "## Front end",
    "",
    `Initial JavaScript ${kb(report.bundle.javascript)} gzip, initial CSS ${kb(report.bundle.css)} gzip.`,
    "",
    "## 360 report computation",
    "",
    `One self-rating and ${report.reportTiming.raters} raters on ${report.reportTiming.items} items, in process: median ${report.reportTiming.medianMs.toFixed(2)} ms, p95 ${report.reportTiming.p95Ms.toFixed(2)} ms.`,
    "",
    ...(report.checkInMail
      ? [
          "## Check-in mail (PostgreSQL)",
          "",
          `${report.checkInMail.clients.toLocaleString("en-GB")} clients whose check-in is due now: the job queued every mail in ${ms(report.checkInMail.queuedMs / 1000)} s; the SMTP server had received ${report.checkInMail.delivered} of them ${ms(report.checkInMail.deliveredMs / 1000)} s after the job was sent.`,
          "",
        ]
      : []),
    ...(report.courseMail
      ? [
          "## Course mail (PostgreSQL)",
          "",
          `${report.courseMail.subscribers.toLocaleString("en-GB")} subscribers whose lesson is due now: the job queued every lesson in ${ms(report.courseMail.queuedMs / 1000)} s; the SMTP server had received ${report.courseMail.delivered} of them ${ms(report.courseMail.deliveredMs / 1000)} s after the job was sent.`,
          "",
        ]
      : []),
    `## Budgets (${report.budgetsOn})`,
    "",
    "| budget | measured | limit | |",
    "| --- | --- | --- | --- |",
    ...report.budgets.map(
      (b) =>
        `| ${b.name} | ${ms(b.value)} ${b.unit} | ${b.limit} | ${b.pass ? "pass" : "**BROKEN**"} |`,
    ),
    "",
  );
  return lines.join("\n");
}

/** The budgets of the benchmark issue, checked on one database's run. */
export function checkBudgets(
  report: Omit<BenchReport, "budgets" | "budgetsOn">,
  run: DatabaseRun,
): Budget[] {
  const dashboard = run.loads.find((l) => l.name === COACH_DASHBOARD && l.connections === 10);
  const reads100 = run.loads.filter((l) => l.connections === 100 && !l.name.startsWith("write"));
  const campaigns = run.loads.find((l) => l.name === CAMPAIGN_DASHBOARD && l.connections === 10);
  const worstP99 = Math.max(...reads100.map((l) => l.p99));
  const p95At10 = (name: string) =>
    run.loads.find((l) => l.name === name && l.connections === 10)?.p95 ?? Number.NaN;
  const homeP95 = p95At10(CLIENT_HOME);
  return [
    budget("coach's dashboard p95 at 10 connections", dashboard?.p95 ?? Number.NaN, 50, "ms"),
    budget("slowest read route p99 at 100 connections", worstP99, 150, "ms"),
    budget("360 report of 15 raters on 45 items, p95", report.reportTiming.p95Ms, 20, "ms"),
    budget("360 campaign dashboard p95 at 10 connections", campaigns?.p95 ?? Number.NaN, 200, "ms"),
    budget("session page (50 sessions) p95 at 10 connections", p95At10(SESSION_PAGE), 50, "ms"),
    budget("engagement timeline p95 at 10 connections", p95At10(SESSION_TIMELINE), 50, "ms"),
    budget("engagement patterns p95 at 10 connections", p95At10(SESSION_PATTERNS), 50, "ms"),
    budget("a month of slots, 30 series, p95 at 10 connections", p95At10(SESSION_SLOTS), 50, "ms"),
    budget(
      "clients at risk (60 clients, two years of check-ins) p95 at 10 connections",
      p95At10(CLIENTS_AT_RISK),
      100,
      "ms",
    ),
    budget("final review summary p95 at 10 connections", p95At10(REVIEW_SUMMARY), 50, "ms"),
    budget("final review reflections p95 at 10 connections", p95At10(REVIEW_REFLECTIONS), 50, "ms"),
    budget("change report p95 at 10 connections", p95At10(CHANGE_REPORT), 50, "ms"),
    budget("final report p95 at 10 connections", p95At10(FINAL_REPORT), 50, "ms"),
    budget("final report PDF, p95", run.finalReportPdf?.p95Ms ?? Number.NaN, 1000, "ms"),
    budget(
      "programme impact (500 participants) p95 at 10 connections",
      p95At10(PROGRAMME_IMPACT),
      50,
      "ms",
    ),
    budget(
      "programme health (500 participants) p95 at 10 connections",
      p95At10(PROGRAMME_HEALTH),
      50,
      "ms",
    ),
    budget(
      "programme participants, first page (500 participants) p95 at 10 connections",
      p95At10(PROGRAMME_PARTICIPANTS),
      50,
      "ms",
    ),
    budget(
      "programme import of 5,000 rows, commit",
      (run.programmeImport?.commitMs ?? Number.NaN) / 1000,
      30,
      "s",
    ),
    // The public article page and feed answer at least as fast as the client's home (issue 19).
    budget("public article page p95 at 10 connections", p95At10(ARTICLE_PAGE), homeP95, "ms", "<="),
    budget("Atom feed p95 at 10 connections", p95At10(ARTICLE_FEED), homeP95, "ms", "<="),
    ...(run.database === "PostgreSQL"
      ? [
          budget(
            "erasure of two years of a client's data",
            run.erasure?.ms ?? Number.NaN,
            2000,
            "ms",
          ),
        ]
      : []),
    ...(report.checkInMail
      ? [
          budget(
            "check-in mail of 10,000 clients, job to SMTP server",
            report.checkInMail.deliveredMs / 1000,
            300,
            "s",
          ),
        ]
      : []),
    ...(report.courseMail
      ? [
          budget(
            "course lessons of 10,000 subscribers, job to SMTP server",
            report.courseMail.deliveredMs / 1000,
            120,
            "s",
          ),
        ]
      : []),
    budget("start-up with existing data", run.startupAtScaleMs, 3000, "ms"),
    budget("initial JavaScript, gzip", report.bundle.javascript / 1024, 200, "KB", "<="),
    budget("largest contentful paint, client's home", run.lcpMs, 1000, "ms"),
  ];
}

export const COACH_DASHBOARD = "coach's dashboard: GET /api/engagements";
export const CLIENT_HOME = "client's home: GET /api/engagements";
// Named after the client's home they are held to, so `--only "client's home"` measures all three.
export const ARTICLE_PAGE =
  "public article page, against the client's home: GET /p/:slug/articles/:article (60 in its series, 40 replies)";
export const ARTICLE_FEED =
  "public Atom feed, against the client's home: GET /p/:slug/feed.atom (20 whole articles)";
export const ONE_QUERY_CEILING =
  "a bare Fastify route running the coach's dashboard's one prepared query through the same driver and pool, returning its rows";
export const CAMPAIGN_DASHBOARD =
  "coach: GET /api/feedback-campaigns (360 dashboard; the practice has 2,000 campaigns per unit of scale)";

export const CLIENTS_AT_RISK =
  "coach's home: GET /api/coach/clients-at-risk (60 clients, two years of weekly check-ins each)";

export const PROGRAMME_IMPACT = "sponsor: GET /api/programmes/:id/impact (500 participants)";
export const PROGRAMME_HEALTH = "admin: GET /api/programmes/:id/health (500 participants)";
export const PROGRAMME_PARTICIPANTS =
  "admin: GET /api/programmes/:id/participants (first page of 500 participants)";
export const PROGRAMME_IMPORT =
  "programme import: the admin previews and commits a 5,000-row participants' CSV";

export const SESSION_PAGE =
  "client: GET /api/sessions/:id (session page, 50 sessions in the engagement)";
export const SESSION_SLOTS =
  "client: GET /api/engagements/:id/slots (a month; the coach has 30 recurring series)";
export const SESSION_TIMELINE = "client: GET /api/engagements/:id/timeline (50 sessions)";
export const SESSION_PATTERNS = "client: GET /api/engagements/:id/patterns (50 sessions)";

function budget(
  name: string,
  value: number,
  limit: number,
  unit: string,
  op: "<" | "<=" = "<",
): Budget {
  const pass = op === "<" ? value < limit : value <= limit;
  return {
    name,
    value,
    limit: `${op} ${limit} ${unit}`,
    pass: Number.isFinite(value) && pass,
    unit,
  };
}
