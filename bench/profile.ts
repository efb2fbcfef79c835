import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openServer } from "../src/server/db/database";
import { cleanUpKeels, KeelClient, launchKeel, makeTempDir } from "../test/support/keel-process";
import { adminQuery, withDatabase } from "../test/support/template-databases";
import { measure } from "./lib/load";
import { signInElena } from "./lib/review-reads";
import { seedArticles } from "./lib/seed-articles";
import { seedDemoPractice } from "./lib/seed-demo-practice";
import { BENCH_PASSWORD, seedPractice } from "./lib/seed-practice";

// Profiles Keel's CPU under load on one route: where a request's time goes, by function.
// --route may name the seeded client's records: /api/assessments/:results/results,
// /api/engagements/:engagement/development-profile, /api/feedback-campaigns/:campaign/report,
// /api/sessions/:session, /p/:practice-slug/articles/:article, /p/:practice-slug/feed.atom, and
// the demo's finished engagement /api/engagements/:elena-engagement/final-report (--as elena). --as accountability signs in as the coach of 60 clients with two years
// of weekly check-ins (for /api/coach/clients-at-risk); --as sponsor the sponsor of the programme
// of 500 participants (/api/programmes/:programme/impact; its health page --as admin).
const { values } = parseArgs({
  options: {
    route: { type: "string", default: "/api/engagements" },
    as: { type: "string", default: "coach" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    top: { type: "string", default: "30" },
    "cpu-only": { type: "boolean", default: false },
  },
});

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL server.");
  const name = `keel_profile_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = withDatabase(adminUrl, name);
  const profileDir = makeTempDir("keel-profile-");
  try {
    const env = {
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      KEEL_SECRET: randomBytes(32).toString("base64url"),
      DATABASE_URL: url,
    };
    const empty = await launchKeel({ dataDir: makeTempDir("keel-profile-data-"), env });
    await empty.ready;
    await empty.stop();
    const handle = await openServer(url, 4);
    await seedDemoPractice(handle, env.KEEL_SECRET);
    const seeded = await seedPractice(handle.db, 1);
    const articles = await seedArticles(handle.db, seeded.practiceId, seeded.coachId);
    await handle.close();

    const keel = await launchKeel({
      dataDir: makeTempDir("keel-profile-data-"),
      env,
      nodeArgs: values["cpu-only"] ? [] : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
    });
    await keel.ready;
    const { cookie, elenaEngagementId } = await signIn(keel.url, seeded);
    const before = cpuTimes(keel.pid);
    const route = values.route
      .replace(":engagement", seeded.clientEngagementId)
      .replace(":results", seeded.clientResultsId)
      .replace(":campaign", seeded.clientReleasedCampaignId)
      .replace(":session", seeded.clientSessionId)
      .replace(":elena-engagement", elenaEngagementId)
      .replace(":practice-slug", articles.practiceSlug)
      .replace(":article", articles.articleSlug)
      .replace(":programme", seeded.programmeId);
    const sample = await fetch(`${keel.url}${route}`, { headers: { cookie } });
    console.log(`${sample.status}, ${(await sample.arrayBuffer()).byteLength} bytes per response`);
    const result = await measure(
      { name: route, url: `${keel.url}${route}`, cookie },
      Number(values.connections),
      Number(values.seconds),
    );
    const after = cpuTimes(keel.pid);
    const requests = result.requestsPerSecond * Number(values.seconds);
    console.log(`${Math.round(result.requestsPerSecond)} req/s, p95 ${result.p95} ms`);
    console.log("CPU time per request:");
    for (const part of ["keel", "postgres", "load"] as const) {
      const micros = ((after[part] - before[part]) * 1e6) / requests;
      console.log(`  ${part.padEnd(9)} ${micros.toFixed(0)} µs`);
    }
    await keel.stop();
    if (!values["cpu-only"]) summarize(profileDir, Number(values.top));
  } finally {
    await cleanUpKeels();
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

/** The cookie of the person --as names, and the demo's finished engagement (Elena's). */
async function signIn(url: string, seeded: Awaited<ReturnType<typeof seedPractice>>) {
  const elena = await signInElena(url);
  if (values.as === "elena") return { cookie: elena.cookie, elenaEngagementId: elena.engagementId };
  const email = {
    coach: seeded.coachEmail,
    admin: seeded.adminEmail,
    client: seeded.clientEmail,
    accountability: seeded.accountabilityCoachEmail,
    sponsor: seeded.programmeSponsorEmail,
  }[values.as as "coach" | "admin" | "client" | "accountability" | "sponsor"];
  const client = new KeelClient(url);
  await client.post("/api/auth/sign-in", { email, password: BENCH_PASSWORD });
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return { cookie, elenaEngagementId: elena.engagementId };
}

const TICK = 100;

/** CPU seconds used so far by Keel, by every PostgreSQL process, and by this process (the load). */
function cpuTimes(keelPid: number): Record<"keel" | "postgres" | "load", number> {
  const seconds = (pid: string) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return (Number(fields[11]) + Number(fields[12])) / TICK;
    } catch {
      return 0;
    }
  };
  let postgres = 0;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres"))
        postgres += seconds(pid);
    } catch {}
  }
  return { keel: seconds(String(keelPid)), postgres, load: seconds(String(process.pid)) };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarize(dir: string, top: number): void {
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("No profile was written.");
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = frame.url
      .replace(/^.*node_modules\//, "")
      .replace(/^file:\/\/.*?\/src\//, "src/");
    const key = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    const pkg = frame.url.includes("node_modules/")
      ? (where.match(/^(@[^/]+\/[^/]+|[^/]+)/)?.[1] ?? where)
      : frame.url.includes("/src/")
        ? "keel"
        : frame.url
          ? "node"
          : frame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + 1);
  }
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const id of profile.samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url.includes("/src/")) continue;
      const key = `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*\/src\//, "src/")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const total = profile.samples.length;
  const show = (map: Map<string, number>, n: number) => {
    for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
  };
  console.log("\nSelf time by package:");
  show(byPackage, 20);
  console.log("\nSelf time by function:");
  show(self, top);
  console.log("\nTime in Keel's own functions, with what they call:");
  show(inclusive, top);
}

await main();
