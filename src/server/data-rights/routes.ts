import { and, eq, ne } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  adminErasureBody,
  dataExport,
  erasureBody,
  erasureResult,
} from "../../contract/data-rights";
import { signedIn, viewerOf } from "../access/signed-in";
import type { Viewer } from "../access/viewer";
import { verifyPassword } from "../auth/passwords";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { account, engagement, membership, user } from "../db/schema";
import { AppError, errorResponse, forbidden, notFound } from "../http/errors";
import { byIp, giveBack, type RateLimitRule, rateLimited } from "../http/rate-limit";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { type ErasedPerson, erasePerson } from "./erasure";
import { buildExport } from "./export";

const tags = ["data rights"];
const FIFTEEN_MINUTES = 15 * 60;

/** Wrong passwords are counted per account and per address; a right one gives its attempt back. */
const passwordAttempts = (accountId: string): RateLimitRule[] => [
  { key: () => `erasure-password:account:${accountId}`, max: 10, windowSeconds: FIFTEEN_MINUTES },
  { key: byIp("erasure-password"), max: 30, windowSeconds: FIFTEEN_MINUTES },
];

/**
 * The person's data (decision 024): GET /api/me/export hands everything Keel holds about the
 * signed-in person to them; POST /api/me/erasure erases a client's data on their own password;
 * a practice admin may erase a client who has left (every engagement closed) on the admin's.
 */
export function registerDataRightsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function checkPassword(request: FastifyRequest, viewer: Viewer, password: string) {
    const rules = passwordAttempts(viewer.userId);
    await rateLimited(ctx.db, ...rules)(request);
    const [credential] = await ctx.db
      .select({ hash: account.password })
      .from(account)
      .where(and(eq(account.userId, viewer.userId), eq(account.providerId, "credential")));
    const right = credential?.hash
      ? await verifyPassword({ hash: credential.hash, password })
      : false;
    if (!right) throw new AppError("wrong_password");
    await giveBack(ctx.db, request, ...rules);
  }

  api.get("/api/me/export", {
    schema: {
      tags,
      summary:
        "Everything Keel holds about the signed-in person, as one JSON document (docs/data-export.md)",
      response: { 200: dataExport, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const document = await buildExport(ctx.db, viewerOf(request));
      const day = document.exportedAt.slice(0, 10);
      reply.header("content-disposition", `attachment; filename="keel-data-${day}.json"`);
      reply.header("cache-control", "no-store");
      return document;
    },
  });

  api.post("/api/me/erasure", {
    schema: {
      tags,
      summary:
        "Erase the signed-in client and all their data, for good; their password and the typed confirmation are asked for",
      body: erasureBody,
      response: { 200: erasureResult, 400: errorResponse, 429: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => {
      const viewer = viewerOf(request);
      if (viewer.role !== "client") {
        throw forbidden(
          "Only a client erases their own data here. A coach or sponsor asks the practice admin.",
        );
      }
      await checkPassword(request, viewer, request.body.password);
      const rows = await erasePerson(ctx.db, {
        id: viewer.userId,
        name: viewer.name,
        email: viewer.email,
      });
      ctx.verifiedSessions.changed(`user:${viewer.userId}`);
      return { erased: true as const, rows };
    },
  });

  api.post("/api/clients/:id/erasure", {
    schema: {
      tags,
      summary:
        "Erase a client of the practice who has left (every engagement closed) and all their data (admin; their password and the typed confirmation)",
      params: idParams("a client"),
      body: adminErasureBody,
      response: {
        200: erasureResult,
        400: errorResponse,
        409: errorResponse,
        429: errorResponse,
        ...denied,
      },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      const client = await clientOfPractice(ctx, viewer.practiceId, request.params.id);
      if (!client) throw notFound("That client");
      await checkPassword(request, viewer, request.body.password);
      // Checked in the erasure's transaction, after the person is locked.
      const hasLeft = async (tx: Executor) => {
        const [open] = await tx
          .select({ id: engagement.id })
          .from(engagement)
          .where(and(eq(engagement.clientId, client.id), ne(engagement.stage, "closed")))
          .limit(1);
        if (open) throw new AppError("still_coached");
      };
      const rows = await erasePerson(ctx.db, client, hasLeft);
      ctx.verifiedSessions.changed(`user:${client.id}`);
      return { erased: true as const, rows };
    },
  });
}

async function clientOfPractice(
  ctx: AppContext,
  practiceId: string,
  userId: string,
): Promise<ErasedPerson | undefined> {
  const [found] = await ctx.db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(
      and(
        eq(user.id, userId),
        eq(membership.practiceId, practiceId),
        eq(membership.role, "client"),
      ),
    );
  return found;
}
