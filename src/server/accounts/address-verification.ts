import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { addressState, verifyAddressBody } from "../../contract/accounts";
import { signedIn, viewerOf } from "../access/signed-in";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { user } from "../db/schema";
import { AppError, errorResponse } from "../http/errors";
import { byIp, limit, rateLimited } from "../http/rate-limit";
import { signedInRefusals } from "../http/route-schemas";
import { mailDeliveryOf } from "../mail/mailer";
import { addressVerificationMail } from "../mail/templates";

const tags = ["accounts"];
const HOUR = 60 * 60;
export const VERIFICATION_LINK_SECONDS = 24 * HOUR;
const RESEND_LIMIT = { max: 5, windowSeconds: HOUR };

/**
 * A coach who opened a practice confirms their address before the practice sends mail in their
 * name. People who joined by invitation proved theirs by following it.
 */
export function registerAddressVerificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/auth/address", {
    schema: {
      tags,
      summary: "Whether the signed-in person's address is confirmed",
      response: {
        200: addressState,
        ...signedInRefusals,
      },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => {
      const viewer = viewerOf(request);
      return {
        email: viewer.email,
        verified: await isVerified(ctx, viewer.userId),
        required: sendsMail(ctx),
      };
    },
  });

  api.post("/api/auth/address/verification-mail", {
    schema: {
      tags,
      summary: "Mail the signed-in person a new link to confirm their address",
      response: {
        202: z.object({ ok: z.literal(true) }),
        ...signedInRefusals,
        409: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: [
      rateLimited(ctx.db, {
        key: byIp("verification-mail"),
        max: 20,
        windowSeconds: HOUR,
      }),
      signedIn(ctx),
    ],
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      if (await isVerified(ctx, viewer.userId)) throw new AppError("already_verified");
      await limit(ctx.db, `verification-mail:user:${viewer.userId}`, RESEND_LIMIT);
      await mailVerificationLink(ctx, viewer.email);
      return reply.status(202).send({ ok: true as const });
    },
  });

  api.post("/api/auth/address/verify", {
    schema: {
      tags,
      summary: "Confirm an address with the token from the mailed link",
      body: verifyAddressBody,
      response: { 204: z.null(), 400: errorResponse, 429: errorResponse },
    },
    preHandler: rateLimited(ctx.db, { key: byIp("verify-address"), max: 30, windowSeconds: HOUR }),
    handler: async (request, reply) => {
      await ctx.auth.api
        .verifyEmail({ query: { token: request.body.token } })
        .catch((error: unknown) => {
          if (error instanceof APIError) {
            throw new AppError(
              "invalid_token",
              "This link is invalid or has expired. Sign in and send yourself a new one.",
            );
          }
          throw error;
        });
      return reply.status(204).send(null);
    },
  });
}

/** Asks better-auth for a signed token and mails the link to Keel's confirmation page. */
export async function mailVerificationLink(ctx: AppContext, address: string): Promise<void> {
  await ctx.auth.api.sendVerificationEmail({ body: { email: address } });
}

/** better-auth's sendVerificationEmail callback: the mail is personal, never in an outbox. */
export async function sendVerificationMail(
  ctx: Pick<AppContext, "config" | "mailer">,
  target: { email: string; name: string },
  token: string,
): Promise<void> {
  const url = `${ctx.config.publicUrl}/verify-address?token=${encodeURIComponent(token)}`;
  await ctx.mailer.send({
    to: target.email,
    ...addressVerificationMail({ name: target.name, url }),
  });
}

async function isVerified(ctx: AppContext, userId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ verified: user.emailVerified })
    .from(user)
    .where(eq(user.id, userId));
  return row?.verified === true;
}

/**
 * Without SMTP nothing leaves Keel: mail is held, and a person passes its links on by hand. Only
 * a Keel that sends mail needs to know the sender's address is theirs.
 */
const sendsMail = (ctx: AppContext) => mailDeliveryOf(ctx.config) === "smtp";

/** Routes that send mail on the practice's behalf call this first. */
export async function requireVerifiedAddress(ctx: AppContext, viewer: Viewer): Promise<void> {
  if (!sendsMail(ctx) || (await isVerified(ctx, viewer.userId))) return;
  throw new AppError(
    "email_not_verified",
    `Confirm your address before Keel sends mail for your practice: open the link we mailed to ${viewer.email}. No mail? Send a new link from the notice at the top of the page.`,
  );
}

/** Accepting an invitation proves the address it was sent to; so does seeding the demo. */
export async function markAddressVerified(tx: Executor, userId: string): Promise<void> {
  await tx.update(user).set({ emailVerified: true }).where(eq(user.id, userId));
}
