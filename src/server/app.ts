import { randomUUID } from "node:crypto";
import path from "node:path";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { sql } from "drizzle-orm";
import Fastify, {
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import helmet from "helmet";
import { VERIFIED_SESSION_CHANGES, VerifiedSessions } from "./access/verified-sessions";
import { sendRenewedCookies } from "./access/viewer";
import { registerAccountabilityRoutes } from "./accountability/routes";
import {
  registerAddressVerificationRoutes,
  sendVerificationMail,
} from "./accounts/address-verification";
import { registerMailPreferenceRoutes } from "./accounts/mail-preference-routes";
import { registerAccountRoutes, sendPasswordReset } from "./accounts/routes";
import { registerTwoFactorRoutes } from "./accounts/two-factor-routes";
import { registerAgreementRoutes } from "./agreements/routes";
import { registerPublicArticleRoutes } from "./articles/public-routes";
import { registerArticleRoutes } from "./articles/routes";
import { type InstrumentCatalog, loadInstrumentCatalog } from "./assessments/catalog";
import { INSTRUMENTS_ROOT, loadInstrumentFiles } from "./assessments/instrument-files";
import { registerAssessmentRoutes } from "./assessments/routes";
import { createAuth } from "./auth/better-auth";
import { registerCheckInRoutes } from "./check-ins/routes";
import { registerCommitmentRoutes } from "./commitments/routes";
import {
  builtInModels,
  COMPETENCY_MODELS_ROOT,
  loadCompetencyModelFiles,
} from "./competency-models/model-files";
import { registerCompetencyModelRoutes } from "./competency-models/routes";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type CourseCatalog, loadCourseCatalog } from "./courses/course-files";
import { registerCourseRoutes } from "./courses/routes";
import { registerDataRightsRoutes } from "./data-rights/routes";
import { type ChangeFeed, listenForChanges } from "./db/change-feed";
import type { DatabaseHandle } from "./db/database";
import { registerDevelopmentRoutes } from "./development/routes";
import { registerEngagementRoutes } from "./engagements/routes";
import { registerExerciseRoutes } from "./exercises/routes";
import { builtInTemplates, EXERCISES_ROOT, loadExerciseFiles } from "./exercises/template-files";
import { registerFeedbackRoutes } from "./feedback/routes";
import { registerFinalReportRoutes } from "./final-report/routes";
import { registerGoalRoutes } from "./goals/routes";
import { installErrorHandler } from "./http/error-handler";
import { AppError } from "./http/errors";
import { acceptFormBodies } from "./http/form-body";
import { loggableSerializers } from "./http/loggable-error";
import { logRequest } from "./http/request-log";
import { responseSerializer } from "./http/response-serializer";
import { refuseUnstorableText } from "./http/unstorable-text";
import { serveWebApp } from "./http/web-app";
import { registerInvitationRoutes } from "./invitations/routes";
import type { JobQueue } from "./jobs/job-queue";
import { registerListRoutes } from "./lists/routes";
import { createMailer } from "./mail/mailer";
import { registerMatchingRoutes } from "./matching/routes";
import { registerOutboxRoutes } from "./outbox/routes";
import { registerPracticeRoutes } from "./practice/routes";
import { registerProgrammeImpactRoutes } from "./programmes/impact-routes";
import { registerProgrammeRoutes } from "./programmes/routes";
import { PROJECT_ROOT } from "./project-root";
import { registerPublicStyles } from "./public-site/styles";
import { registerPulseRoutes } from "./pulses/routes";
import { registerReviewRoutes } from "./review/routes";
import { registerCalendarRoutes } from "./sessions/calendar-routes";
import { registerSessionPageRoutes } from "./sessions/page-routes";
import { registerSessionPatternsRoutes } from "./sessions/patterns-routes";
import { registerSessionSchedulingRoutes } from "./sessions/routes";
import { registerSessionSeriesRoutes } from "./sessions/series-routes";
import { registerSessionWorkRoutes } from "./sessions/session-work-routes";
import { registerSustainRoutes } from "./sustain/routes";

export const WEB_ROOT = path.join(PROJECT_ROOT, "dist/web");

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  jobs: JobQueue;
  authSecret: string;
  logger?: FastifyServerOptions["logger"];
  webRoot?: string;
}

export async function buildApp(deps: AppDeps): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const app = Fastify({
    logger: withLoggableSerializers(deps.logger),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-* move request.ip and request.host only when Keel is told it is behind a proxy.
    trustProxy: trustedProxies(deps.config.trustProxy),
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.addHook("onResponse", logRequest);
  app.addHook("onSend", sendRenewedCookies);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ check: deps.config.env !== "production" }));
  installErrorHandler(app);

  const db = deps.database.db;
  const instruments = await loadInstrumentCatalog(db, loadInstrumentFiles(INSTRUMENTS_ROOT));
  const courses = await loadCourseCatalog(db);
  const verifiedSessions = new VerifiedSessions();
  const changes = await listenForChanges(deps.database, VERIFIED_SESSION_CHANGES, verifiedSessions);
  app.addHook("onClose", () => changes.close());
  app.addHook("onSend", settleWrites(changes));
  const ctx = createContext(app, deps, { instruments, courses }, { verifiedSessions, changes });
  // Helmet's middleware built once: @fastify/helmet built it again for every request, which
  // cost about a quarter of the CPU of the cheapest routes.
  const secureHeaders = helmet({
    contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } },
  });
  app.addHook("onRequest", (request, reply, done) => {
    secureHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  app.addHook("onRequest", refuseCrossOriginWrites);
  app.addHook("preValidation", refuseUnstorableText);
  acceptFormBodies(app);
  await registerApiDocs(app);

  app.get("/health", { schema: { hide: true } }, async () => {
    await ctx.db.execute(sql`select 1`);
    return { status: "ok" };
  });
  registerAccountRoutes(app, ctx);
  registerAddressVerificationRoutes(app, ctx);
  registerTwoFactorRoutes(app, ctx);
  registerMailPreferenceRoutes(app, ctx);
  registerPracticeRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerEngagementRoutes(app, ctx);
  registerOutboxRoutes(app, ctx);
  registerAssessmentRoutes(app, ctx);
  registerDevelopmentRoutes(app, ctx);
  registerExerciseRoutes(app, ctx);
  registerCompetencyModelRoutes(app, ctx);
  registerFeedbackRoutes(app, ctx);
  registerGoalRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  registerSessionPageRoutes(app, ctx);
  registerSessionWorkRoutes(app, ctx);
  registerCommitmentRoutes(app, ctx);
  registerSessionSchedulingRoutes(app, ctx);
  registerSessionSeriesRoutes(app, ctx);
  registerSessionPatternsRoutes(app, ctx);
  registerCheckInRoutes(app, ctx);
  registerPulseRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  registerFinalReportRoutes(app, ctx);
  registerAgreementRoutes(app, ctx);
  registerAccountabilityRoutes(app, ctx);
  registerDataRightsRoutes(app, ctx);
  registerSustainRoutes(app, ctx);
  registerCourseRoutes(app, ctx);
  registerProgrammeRoutes(app, ctx);
  registerMatchingRoutes(app, ctx);
  registerProgrammeImpactRoutes(app, ctx);
  registerArticleRoutes(app, ctx);
  registerPublicArticleRoutes(app, ctx);
  registerPublicStyles(app);
  registerListRoutes(app, ctx);
  await serveWebApp(app, deps.webRoot ?? WEB_ROOT);
  return { app, ctx };
}

/**
 * A write's response waits until this process has heard the changes committed before it, so
 * that the next request never finds a session the write ended (docs/decisions/012).
 */
function settleWrites(changes: ChangeFeed) {
  return async (request: FastifyRequest) => {
    if (!SAFE_METHODS.has(request.method)) await changes.settle();
  };
}

function createContext(
  app: FastifyInstance,
  deps: AppDeps,
  catalogs: { instruments: InstrumentCatalog; courses: CourseCatalog },
  sessions: Pick<AppContext, "verifiedSessions" | "changes">,
): AppContext {
  const db = deps.database.db;
  const mailer = createMailer({ db, jobs: deps.jobs, config: deps.config, log: app.log });
  const ctx: AppContext = {
    config: deps.config,
    db,
    jobs: deps.jobs,
    ...catalogs,
    exerciseTemplates: builtInTemplates(loadExerciseFiles(EXERCISES_ROOT)),
    competencyModels: builtInModels(loadCompetencyModelFiles(COMPETENCY_MODELS_ROOT)),
    log: app.log,
    authSecret: deps.authSecret,
    ...sessions,
    mailer,
    auth: createAuth({
      db,
      config: deps.config,
      authSecret: deps.authSecret,
      sendPasswordReset: (target, token) => sendPasswordReset(ctx, target, token),
      sendAddressVerification: (target, token) => sendVerificationMail(ctx, target, token),
      log: app.log,
    }),
  };
  return ctx;
}

async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Keel API",
        version: "0.1.0",
        description:
          "The REST API of Keel, the leadership-coaching platform. Sign in with POST /api/auth/sign-in; the session travels in an HttpOnly cookie.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}

/** Fastify takes a hop count at run time but types it as a function of the hop. */
function trustedProxies(trust: Config["trustProxy"]) {
  return typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
}

/** Whatever logger Keel is given, errors reach it only as loggableError describes them. */
function withLoggableSerializers(logger: AppDeps["logger"]): FastifyServerOptions["logger"] {
  if (!logger) return false;
  const options = logger === true ? {} : logger;
  const serializers = { ...options.serializers, ...loggableSerializers };
  return { ...options, serializers: serializers as typeof options.serializers };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A browser names the page that sent a request; a write from another site's page is refused. */
async function refuseCrossOriginWrites(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (SAFE_METHODS.has(request.method) || !origin) return;
  // Under the no-referrer policy a browser posts a plain HTML form (the public pages') with
  // Origin "null"; its Sec-Fetch-Site, which no page can set, still says where it came from.
  if (origin === "null" && request.headers["sec-fetch-site"] === "same-origin") return;
  const host = request.host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== host) {
    throw new AppError("cross_origin");
  }
}
