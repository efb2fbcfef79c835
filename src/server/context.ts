import type { FastifyBaseLogger } from "fastify";
import type { VerifiedSessions } from "./access/verified-sessions";
import type { InstrumentCatalog } from "./assessments/catalog";
import type { Auth } from "./auth/better-auth";
import type { BuiltInModels } from "./competency-models/model-files";
import type { Config } from "./config";
import type { CourseCatalog } from "./courses/course-files";
import type { ChangeFeed } from "./db/change-feed";
import type { Database } from "./db/database";
import type { BuiltInTemplates } from "./exercises/template-files";
import type { JobQueue } from "./jobs/job-queue";
import type { Mailer } from "./mail/mailer";

/** What every route and service reaches the outside world through. */
export interface AppContext {
  config: Config;
  db: Database;
  auth: Auth;
  mailer: Mailer;
  jobs: JobQueue;
  /** The questionnaires on offer and every version ever stored. */
  instruments: InstrumentCatalog;
  /** The self-reflection exercises Keel ships (content/exercises), the newest version of each. */
  exerciseTemplates: BuiltInTemplates;
  /** The competency models Keel ships (content/competency-models), the newest version of each. */
  competencyModels: BuiltInModels;
  /** Keel's own email courses (content/courses), each version stored in course_version. */
  courses: CourseCatalog;
  log: FastifyBaseLogger;
  /** Signs session cookies; the viewer lookup checks signatures with it. */
  authSecret: string;
  /** Sessions this process has checked, dropped when the database announces a change to them. */
  verifiedSessions: VerifiedSessions;
  /** The database's announcements of changes, which keep the verified sessions true. */
  changes: ChangeFeed;
}
