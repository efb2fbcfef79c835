import { KeelClient } from "../../test/support/keel-process";
import type { LoadTarget } from "./load";
import { PROGRAMME_HEALTH, PROGRAMME_IMPACT, PROGRAMME_PARTICIPANTS } from "./report";
import { BENCH_PASSWORD } from "./seed-practice";

// Issue 20 on the bench practice's programme of 500 participants: the sponsor's impact page, the
// admin's health page and first page of participants as load targets, and the admin importing
// 5,000 participants.

const IMPORT_ROWS = 5_000;

export interface ProgrammeImportTiming {
  rows: number;
  previewMs: number;
  commitMs: number;
}

export async function signInAs(url: string, email: string): Promise<KeelClient> {
  const client = new KeelClient(url);
  const response = await client.post("/api/auth/sign-in", { email, password: BENCH_PASSWORD });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return client;
}

export const cookieOf = (client: KeelClient) =>
  [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");

/** Both pages, each checked to answer 200 before it is measured. */
export async function programmeTargets(
  url: string,
  programmeId: string,
  sponsor: KeelClient,
  admin: KeelClient,
): Promise<LoadTarget[]> {
  const targets = [
    { name: PROGRAMME_IMPACT, path: `/api/programmes/${programmeId}/impact`, as: sponsor },
    { name: PROGRAMME_HEALTH, path: `/api/programmes/${programmeId}/health`, as: admin },
    {
      name: PROGRAMME_PARTICIPANTS,
      path: `/api/programmes/${programmeId}/participants`,
      as: admin,
    },
  ];
  for (const target of targets) {
    const response = await target.as.get(target.path);
    if (response.status !== 200)
      throw new Error(
        `${target.name} answered ${response.status}, not 200: ${JSON.stringify(response.body).slice(0, 300)}`,
      );
  }
  return targets.map((t) => ({ name: t.name, url: `${url}${t.path}`, cookie: cookieOf(t.as) }));
}

/** The admin adds a fresh cohort, previews and commits 5,000 new participants through the routes. */
export async function timeProgrammeImport(
  admin: KeelClient,
  programmeId: string,
): Promise<ProgrammeImportTiming> {
  const cohortName = "Imported cohort";
  const cohort = await admin.post(`/api/programmes/${programmeId}/cohorts`, {
    name: cohortName,
    startDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  });
  if (cohort.status !== 201) throw new Error(`adding the import's cohort failed: ${cohort.status}`);
  const lines = Array.from(
    { length: IMPORT_ROWS },
    (_, i) =>
      `Imported Participant ${i + 1},imported-${i + 1}@bench.example,manager-${i % 200}@bench.example,${cohortName}`,
  );
  const csv = ["name,email,manager,cohort", ...lines].join("\n");
  const timed = async <T>(path: string, expected: number) => {
    const began = performance.now();
    const response = await admin.post<T>(`/api/programmes/${programmeId}${path}`, { csv });
    const ms = performance.now() - began;
    if (response.status !== expected)
      throw new Error(
        `the import ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`,
      );
    return { ms, body: response.body };
  };
  const preview = await timed<{ counts: { ok: number } }>("/import/preview", 200);
  if (preview.body.counts.ok !== IMPORT_ROWS)
    throw new Error(`the import's preview found ${preview.body.counts.ok} good rows, not 5,000`);
  const commit = await timed<{ imported: number }>("/import", 201);
  if (commit.body.imported !== IMPORT_ROWS)
    throw new Error(`the import committed ${commit.body.imported} rows, not 5,000`);
  return { rows: IMPORT_ROWS, previewMs: preview.ms, commitMs: commit.ms };
}
