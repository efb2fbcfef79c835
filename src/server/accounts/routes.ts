import { APIError } from "better-auth/api";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  forgotPasswordAnswer,
  forgotPasswordBody,
  resetPasswordBody,
  signInBody,
  signUpBody,
  userResponse,
} from "../../contract/accounts";
import { twoFactorChallenge } from "../../contract/two-factor";
import { signedInForTwoFactorSetUp, viewerOf } from "../access/signed-in";
import { requireMemberAccount } from "../access/viewer";
import { authHeaders } from "../auth/request-headers";
import type { AppContext } from "../context";
import { membership, practice } from "../db/schema";
import { AppError, errorResponse } from "../http/errors";
import { byBodyEmail, byBodyEmailAndIp, byIp, giveBack, rateLimited } from "../http/rate-limit";
import { mailDeliveryOf } from "../mail/mailer";
import { passwordResetMail } from "../mail/templates";
import { freeSlugFor } from "../practice/practice-slug";
import { mailVerificationLink } from "./address-verification";
import { createAccount } from "./create-account";
import { presentMe } from "./present-me";
import { forwardCookies } from "./session-cookies";

const tags = ["accounts"];
const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;

/**
 * Failed sign-ins only (docs/decisions/003): per address from one client, so nobody else can
 * lock the owner out, and per client across addresses.
 */
const SIGN_IN_FAILURES = [
  { key: byBodyEmailAndIp("sign-in-failed"), max: 10, windowSeconds: FIFTEEN_MINUTES },
  { key: byIp("sign-in-failed"), max: 30, windowSeconds: FIFTEEN_MINUTES },
];

export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post("/api/auth/sign-up", {
    schema: {
      tags,
      summary: "Create a coach account and its practice; the coach becomes the practice admin",
      body: signUpBody,
      response: { 201: userResponse, 400: errorResponse, 409: errorResponse, 429: errorResponse },
    },
    preHandler: rateLimited(ctx.db, { key: byIp("sign-up"), max: 10, windowSeconds: HOUR }),
    handler: async (request, reply) => {
      const { practiceName, ...account } = request.body;
      const { userId, headers } = await createAccount(ctx, account, async (tx, id) => {
        const [created] = await tx
          .insert(practice)
          .values({ name: practiceName, slug: await freeSlugFor(tx, practiceName) })
          .returning();
        if (!created) throw new Error("practice was not created");
        await tx
          .insert(membership)
          .values({ practiceId: created.id, userId: id, role: "coach", isAdmin: true });
      });
      await mailVerificationLink(ctx, account.email);
      forwardCookies(headers, reply);
      return reply.status(201).send({ user: presentMe(await requireMemberAccount(ctx, userId)) });
    },
  });

  api.post("/api/auth/sign-in", {
    schema: {
      tags,
      summary:
        "Sign in with email and password; with two-factor sign-in on, a code is asked for next (POST /api/auth/sign-in/two-factor)",
      body: signInBody,
      response: {
        200: z.union([userResponse, twoFactorChallenge]),
        400: errorResponse,
        401: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: rateLimited(ctx.db, ...SIGN_IN_FAILURES),
    handler: async (request, reply) => {
      const result = await ctx.auth.api
        .signInEmail({
          body: { ...request.body, rememberMe: true },
          headers: authHeaders(request),
          returnHeaders: true,
        })
        .catch((error: unknown) => {
          if (error instanceof APIError && error.statusCode === 401) {
            throw new AppError("invalid_credentials");
          }
          throw error;
        });
      await giveBack(ctx.db, request, ...SIGN_IN_FAILURES);
      forwardCookies(result.headers, reply);
      if ("twoFactorRedirect" in result.response) return { twoFactorRequired: true as const };
      return { user: presentMe(await requireMemberAccount(ctx, result.response.user.id)) };
    },
  });

  api.post("/api/auth/sign-out", {
    schema: { tags, summary: "End the current session", response: { 204: z.null() } },
    handler: async (request, reply) => {
      if (request.headers.cookie) {
        const result = await ctx.auth.api
          .signOut({ headers: authHeaders(request), returnHeaders: true })
          .catch(() => null);
        if (result) forwardCookies(result.headers, reply);
      }
      return reply.status(204).send(null);
    },
  });

  api.post("/api/auth/forgot-password", {
    schema: {
      tags,
      summary: "Mail a password reset link, if an account has this email",
      body: forgotPasswordBody,
      response: { 202: forgotPasswordAnswer, 400: errorResponse, 429: errorResponse },
    },
    preHandler: rateLimited(
      ctx.db,
      { key: byIp("forgot-password"), max: 20, windowSeconds: HOUR },
      { key: byBodyEmail("forgot-password"), max: 5, windowSeconds: HOUR },
    ),
    handler: async (request, reply) => {
      await ctx.auth.api.requestPasswordReset({
        body: { email: request.body.email, redirectTo: `${ctx.config.publicUrl}/reset-password` },
      });
      return reply
        .status(202)
        .send({ ok: true as const, mailDelivery: mailDeliveryOf(ctx.config) });
    },
  });

  api.post("/api/auth/reset-password", {
    schema: {
      tags,
      summary: "Set a new password with the token from the mailed link; signs out every session",
      body: resetPasswordBody,
      response: { 204: z.null(), 400: errorResponse, 429: errorResponse },
    },
    preHandler: rateLimited(ctx.db, { key: byIp("reset-password"), max: 20, windowSeconds: HOUR }),
    handler: async (request, reply) => {
      await ctx.auth.api
        .resetPassword({ body: { token: request.body.token, newPassword: request.body.password } })
        .catch((error: unknown) => {
          if (error instanceof APIError && error.statusCode === 400) {
            throw new AppError(
              "invalid_token",
              "This reset link is invalid or has expired. Ask for a new one.",
            );
          }
          throw error;
        });
      return reply.status(204).send(null);
    },
  });

  api.get("/api/me", {
    schema: {
      tags,
      summary: "The signed-in person",
      response: { 200: userResponse.shape.user, 401: errorResponse },
    },
    preHandler: signedInForTwoFactorSetUp(ctx),
    handler: async (request) => presentMe(viewerOf(request)),
  });
}

export async function sendPasswordReset(
  ctx: Pick<AppContext, "config" | "mailer" | "db">,
  target: { id: string; email: string; name: string },
  token: string,
): Promise<void> {
  const url = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await ctx.mailer.send({ to: target.email, ...passwordResetMail({ name: target.name, url }) });
}
