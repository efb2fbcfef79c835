import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type DatabaseHandle, openEmbedded, openServer } from "../../src/server/db/database";
import { migrate } from "../../src/server/db/migrate";
import { startJobQueue } from "../../src/server/jobs/job-queue";

declare module "vitest" {
  export interface ProvidedContext {
    embeddedTemplateDir: string;
    serverTemplate: { adminUrl: string; name: string } | null;
  }
}

/** Migrates once per run: a PGlite folder, and a PostgreSQL template database if one is reachable. */
export default async function setup(project: TestProject) {
  const embeddedTemplateDir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-template-"));
  await prepare(await openEmbedded(path.join(embeddedTemplateDir, "pgdata")));
  project.provide("embeddedTemplateDir", embeddedTemplateDir);

  const adminUrl = process.env.TEST_DATABASE_URL;
  let templateName: string | null = null;
  if (adminUrl) {
    templateName = `keel_template_${randomBytes(4).toString("hex")}`;
    await adminQuery(adminUrl, `create database ${templateName}`);
    await prepare(await openServer(withDatabase(adminUrl, templateName), 4));
  }
  project.provide(
    "serverTemplate",
    adminUrl && templateName ? { adminUrl, name: templateName } : null,
  );

  return async () => {
    fs.rmSync(embeddedTemplateDir, { recursive: true, force: true });
    if (adminUrl && templateName)
      await adminQuery(adminUrl, `drop database if exists ${templateName} with (force)`);
  };
}

async function prepare(handle: DatabaseHandle): Promise<void> {
  await migrate(handle);
  const jobs = await startJobQueue(handle, { maintenance: false });
  await jobs.stop();
  await handle.close();
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database on the server of `adminUrl`; `drop` removes it again. */
export async function createEmptyDatabase(adminUrl: string, prefix = "keel_proc") {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
