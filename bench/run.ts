import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildServer, SERVER_BUNDLE } from "../scripts/build-server";
import { ensureWebBuild } from "../scripts/ensure-web-build";
import { WEB_ROOT } from "../src/server/app";
import { type DatabaseHandle, openEmbedded, openServer } from "../src/server/db/database";
import {
  cleanUpKeels,
  type KeelOptions,
  type KeelProcess,
  launchKeel,
  makeTempDir,
} from "../test/support/keel-process";
import { adminQuery, withDatabase } from "../test/support/template-databases";
import { CHECK_IN_MAIL, type CheckInMailRun, measureCheckInMail } from "./lib/check-in-mail";
import { COURSE_MAIL, type CourseMailRun, measureCourseMail } from "./lib/course-mail";
import { initialBundleSize, largestContentfulPaint } from "./lib/frontend";
import { type LoadResult, measure, settle } from "./lib/load";
import { cookieOf, signInAs, timeProgrammeImport } from "./lib/programme-reads";
import {
  type BenchReport,
  checkBudgets,
  type DatabaseRun,
  ONE_QUERY_CEILING,
  PROGRAMME_IMPORT,
  renderMarkdown,
} from "./lib/report";
import { timeReport } from "./lib/report-timing";
import {
  ERASURE,
  FINAL_REPORT_PDF,
  signInElena,
  timeErasure,
  timeFinalReportPdf,
} from "./lib/review-reads";
import { seedArticles } from "./lib/seed-articles";
import { seedDemoPractice } from "./lib/seed-demo-practice";
import { type SeededPractice, seedPractice } from "./lib/seed-practice";
import { loadTargets } from "./lib/targets";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seconds: { type: "string", default: "5" },
    out: { type: "string", default: "bench/results/latest.md" },
    databases: { type: "string", default: "embedded,server" },
    /** Only the routes (and mail runs) whose name contains one of these comma-separated texts. */
    only: { type: "string" },
  },
});
const only = values.only?.toLowerCase();
const onlyTexts = only?.split(",").map((text) => text.trim());
const chosen = (name: string) =>
  !onlyTexts || onlyTexts.some((text) => name.toLowerCase().includes(text));
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const CONNECTIONS = [10, 100];
const SECRET = randomBytes(32).toString("base64url");

async function main(): Promise<void> {
  await ensureWebBuild({ always: true });
  // Keel as `npm start` runs it: the server bundled, built afresh.
  await buildServer();
  const bundle = initialBundleSize(WEB_ROOT);
  const reportTiming = timeReport();
  const before = await measureCeiling();
  const wanted = values.databases.split(",");
  const serverUrl = wanted.includes("server") ? process.env.BENCH_DATABASE_URL : undefined;
  const runs: DatabaseRun[] = [];
  if (wanted.includes("embedded")) runs.push(await runOnEmbedded());
  if (serverUrl) runs.push(await runOnServer(serverUrl));
  if (runs.length === 0)
    throw new Error("Nothing to measure: --databases server needs BENCH_DATABASE_URL.");
  const checkInMail =
    serverUrl && chosen(CHECK_IN_MAIL) ? await runCheckInMail(serverUrl) : undefined;
  const courseMail = serverUrl && chosen(COURSE_MAIL) ? await runCourseMail(serverUrl) : undefined;
  const ceiling = { before, after: await measureCeiling() };

  const partial = {
    date: new Date().toISOString(),
    machine: machine(),
    scale,
    seconds,
    ceiling,
    runs,
    bundle,
    reportTiming,
    ...(checkInMail ? { checkInMail } : {}),
    ...(courseMail ? { courseMail } : {}),
  };
  const judged = runs.at(-1) as DatabaseRun;
  const report: BenchReport = {
    ...partial,
    // With --only, the budgets of what was not measured are left out rather than broken.
    budgets: checkBudgets(partial, judged).filter((b) => !only || Number.isFinite(b.value)),
    budgetsOn: serverUrl
      ? "PostgreSQL"
      : "PGlite: set BENCH_DATABASE_URL to judge them on PostgreSQL",
  };
  const markdown = renderMarkdown(report);
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, markdown);
  console.log(markdown);
  if (report.budgets.some((b) => !b.pass)) {
    console.error("A budget is broken.");
    process.exitCode = 1;
  }
}

/** The host gauge (`bench/ceiling-server.ts`), measured before and after the databases. */
async function measureCeiling(): Promise<LoadResult[]> {
  const server = await start({ entry: "bench/ceiling-server.ts" });
  const results: LoadResult[] = [];
  for (const connections of CONNECTIONS) {
    results.push(await measure({ name: "ceiling", url: `${server.url}/` }, connections, seconds));
  }
  await server.stop();
  return results;
}

async function runOnEmbedded(): Promise<DatabaseRun> {
  const dataDir = makeTempDir("keel-bench-");
  const options = { dataDir, env: productionEnv(), entry: SERVER_BUNDLE };
  return runOn("PGlite (embedded)", options, () => openEmbedded(path.join(dataDir, "pgdata")));
}

async function runOnServer(adminUrl: string): Promise<DatabaseRun> {
  const name = `keel_bench_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = withDatabase(adminUrl, name);
  try {
    const options = {
      dataDir: makeTempDir("keel-bench-"),
      env: { ...productionEnv(), DATABASE_URL: url },
      entry: SERVER_BUNDLE,
    };
    return await runOn("PostgreSQL", options, () => openServer(url, 4));
  } finally {
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

/**
 * Empty start (migrations), seed, the one-query ceiling on the data, Keel on the data with every
 * route, then the one-query ceiling again.
 */
async function runOn(
  database: DatabaseRun["database"],
  options: KeelOptions,
  open: () => Promise<DatabaseHandle>,
): Promise<DatabaseRun> {
  const empty = await start(options);
  const startupEmptyMs = empty.startupMs;
  await empty.stop();

  const seedStarted = Date.now();
  const handle = await open();
  await seedDemoPractice(handle, SECRET);
  const seeded = await seedPractice(handle.db, scale);
  const articles = await seedArticles(handle.db, seeded.practiceId, seeded.coachId);
  await handle.close();
  const seedMs = Date.now() - seedStarted;

  try {
    const before = await measureQueryCeiling(options, seeded);
    const keel = await start(options);
    const loads: LoadResult[] = [];
    for (const target of (await loadTargets(keel.url, seeded, articles)).filter((t) =>
      chosen(t.name),
    )) {
      for (const connections of CONNECTIONS) {
        await settle(keel.url);
        const result = await measure(target, connections, seconds);
        console.log(
          `${database}: ${result.name} at ${connections}: ${Math.round(result.requestsPerSecond)} req/s, p95 ${result.p95} ms`,
        );
        loads.push(result);
      }
    }
    const client = cookieOf(await signInAs(keel.url, seeded.clientEmail));
    const lcpMs = await largestContentfulPaint(keel.url, client, "/");
    const finalReportPdf = chosen(FINAL_REPORT_PDF)
      ? await timeFinalReportPdf(keel.url, await signInElena(keel.url))
      : undefined;
    // After the routes: it adds 5,000 participants to the programme they read.
    const programmeImport = chosen(PROGRAMME_IMPORT)
      ? await timeProgrammeImport(await signInAs(keel.url, seeded.adminEmail), seeded.programmeId)
      : undefined;
    // Last: it erases one of the clients whose data the routes above read.
    const erasure = chosen(ERASURE) ? await timeErasure(keel.url) : undefined;
    const peakMemory = peakMemoryMb(keel.pid);
    // The embedded database is one process's at a time: Keel stops before the ceiling opens it.
    await keel.stop();
    return {
      database,
      startupEmptyMs,
      startupAtScaleMs: keel.startupMs,
      peakMemoryMb: peakMemory,
      seedMs,
      counts: seeded.counts,
      queryCeiling: { before, after: await measureQueryCeiling(options, seeded) },
      loads,
      lcpMs,
      ...(finalReportPdf ? { finalReportPdf } : {}),
      ...(erasure ? { erasure } : {}),
      ...(programmeImport ? { programmeImport } : {}),
    };
  } finally {
    await cleanUpKeels();
  }
}

/** `bench/query-ceiling-server.ts` on the same database: the coach's dashboard's query alone. */
async function measureQueryCeiling(
  options: KeelOptions,
  seeded: SeededPractice,
): Promise<LoadResult[]> {
  const server = await start({
    ...options,
    entry: "bench/query-ceiling-server.ts",
    env: {
      ...options.env,
      CEILING_COACH_ID: seeded.coachId,
      CEILING_PRACTICE_ID: seeded.practiceId,
    },
  });
  const results: LoadResult[] = [];
  for (const connections of CONNECTIONS) {
    const target = { name: ONE_QUERY_CEILING, url: `${server.url}/` };
    results.push(await measure(target, connections, seconds));
  }
  await server.stop();
  return results;
}

/** On a database of its own: a practice whose 10,000 clients' check-ins are all due now. */
async function runCheckInMail(adminUrl: string): Promise<CheckInMailRun> {
  const run = await onItsOwnDatabase(adminUrl, "mail", (url, launch) =>
    measureCheckInMail({ url, clients: 10_000, launch }),
  );
  console.log(
    `PostgreSQL: check-in mail for ${run.clients} clients: queued in ${(run.queuedMs / 1000).toFixed(1)} s, delivered in ${(run.deliveredMs / 1000).toFixed(1)} s`,
  );
  return run;
}

async function runCourseMail(adminUrl: string): Promise<CourseMailRun> {
  const run = await onItsOwnDatabase(adminUrl, "course", (url, launch) =>
    measureCourseMail({ url, subscribers: 10_000, launch }),
  );
  console.log(
    `PostgreSQL: course mail for ${run.subscribers} subscribers: queued in ${(run.queuedMs / 1000).toFixed(1)} s, delivered in ${(run.deliveredMs / 1000).toFixed(1)} s`,
  );
  return run;
}

/** A measurement on a database made for it and dropped after, with the Keels it launched. */
async function onItsOwnDatabase<T>(
  adminUrl: string,
  label: string,
  measure: (url: string, launch: (env: Record<string, string>) => Promise<Started>) => Promise<T>,
): Promise<T> {
  const name = `keel_bench_${label}_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = withDatabase(adminUrl, name);
  try {
    return await measure(url, (env) =>
      start({
        dataDir: makeTempDir("keel-bench-"),
        env: { ...productionEnv(), DATABASE_URL: url, ...env },
        entry: SERVER_BUNDLE,
      }),
    );
  } finally {
    await cleanUpKeels();
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

type Started = KeelProcess & { startupMs: number };

async function start(options: KeelOptions): Promise<Started> {
  const began = performance.now();
  const keel = await launchKeel(options);
  await keel.ready;
  return Object.assign(keel, { startupMs: performance.now() - began });
}

/** As people run it: production logging (one JSON line per request) and a configured secret. */
function productionEnv(): Record<string, string> {
  return { NODE_ENV: "production", LOG_LEVEL: "info", KEEL_SECRET: SECRET };
}

function peakMemoryMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? Number.NaN);
  return kb / 1024;
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

await main();
