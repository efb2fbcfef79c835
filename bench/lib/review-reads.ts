import { DEMO_PASSWORD } from "../../src/server/demo/seed-demo";
import { KeelClient } from "../../test/support/keel-process";
import type { LoadTarget } from "./load";
import { BENCH_PASSWORD } from "./seed-practice";

// Stage 5 on the demo practice every benchmark database starts with: Elena's finished
// engagement has a baseline and a repeat 360, the personality questionnaire twice, 37 weeks of
// check-ins, both final reflections shared and a sustain plan.

const ELENA = "elena.client@example.com";
/** A client of the accountability coach: two years of weekly check-ins, goals and sessions. */
const ERASED_CLIENT = "checking-in-1-1@bench.example";

export const REVIEW_SUMMARY =
  "final review: GET /api/engagements/:id/review-summary (two 360s, two questionnaires, 37 weeks of check-ins)";
export const REVIEW_REFLECTIONS = "final review: GET /api/engagements/:id/reflections";
export const CHANGE_REPORT = "change report: GET /api/engagements/:id/change-report";
export const FINAL_REPORT = "final report: GET /api/engagements/:id/final-report";
export const FINAL_REPORT_PDF = "final report PDF, one request at a time";
export const ERASURE = "erasure of a client with two years of data (POST /api/me/erasure)";

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface ReviewSubject {
  cookie: string;
  engagementId: string;
}

export async function signInElena(url: string): Promise<ReviewSubject> {
  const client = new KeelClient(url);
  const signedIn = await client.post("/api/auth/sign-in", {
    email: ELENA,
    password: DEMO_PASSWORD,
  });
  if (signedIn.status !== 200) throw new Error(`Elena's sign-in failed: ${signedIn.status}`);
  const list = await client.get<{ items: { id: string }[] }>("/api/engagements");
  const engagementId = list.body.items[0]?.id;
  if (!engagementId) throw new Error("Elena's engagement was not found");
  return { cookie: cookieOf(client), engagementId };
}

export function reviewTargets(url: string, elena: ReviewSubject): LoadTarget[] {
  const at = (path: string) => `${url}/api/engagements/${elena.engagementId}${path}`;
  return [
    { name: REVIEW_SUMMARY, url: at("/review-summary"), cookie: elena.cookie },
    { name: REVIEW_REFLECTIONS, url: at("/reflections"), cookie: elena.cookie },
    { name: CHANGE_REPORT, url: at("/change-report"), cookie: elena.cookie },
    { name: FINAL_REPORT, url: at("/final-report"), cookie: elena.cookie },
  ];
}

/** The final report's PDF, one request after another: how long one takes to render and send. */
export async function timeFinalReportPdf(
  url: string,
  elena: ReviewSubject,
  runs = 20,
): Promise<Timing> {
  const pdf = `${url}/api/engagements/${elena.engagementId}/final-report.pdf`;
  const fetchOnce = async () => {
    const began = performance.now();
    const response = await fetch(pdf, { headers: { cookie: elena.cookie } });
    const body = await response.arrayBuffer();
    if (response.status !== 200 || body.byteLength < 1000)
      throw new Error(`the final report PDF failed: ${response.status}`);
    return performance.now() - began;
  };
  for (let i = 0; i < 3; i++) await fetchOnce();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await fetchOnce());
  times.sort((a, b) => a - b);
  return {
    runs,
    medianMs: times[Math.floor(runs / 2)] as number,
    p95Ms: times[Math.min(runs - 1, Math.floor(runs * 0.95))] as number,
  };
}

/** A client with two years of data erases themselves; how long the request takes, and what went. */
export async function timeErasure(url: string): Promise<{ ms: number; rows: number }> {
  const client = new KeelClient(url);
  const signedIn = await client.post("/api/auth/sign-in", {
    email: ERASED_CLIENT,
    password: BENCH_PASSWORD,
  });
  if (signedIn.status !== 200)
    throw new Error(`sign-in for the erasure failed: ${signedIn.status}`);
  const began = performance.now();
  const erased = await client.post<{ rows: Record<string, number> }>("/api/me/erasure", {
    password: BENCH_PASSWORD,
    confirmation: "erase my data",
  });
  const ms = performance.now() - began;
  if (erased.status !== 200) throw new Error(`the erasure failed: ${erased.status}`);
  const rows = Object.values(erased.body.rows).reduce((sum, n) => sum + n, 0);
  return { ms, rows };
}

function cookieOf(client: KeelClient): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}
