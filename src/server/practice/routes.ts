import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { coach, person, practiceChange, practiceView } from "../../contract/practice";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { membership, practice, user } from "../db/schema";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError, errorResponse } from "../http/errors";
import { signedInRefusals } from "../http/route-schemas";
import { mailDeliveryOf } from "../mail/mailer";
import { registerClientPageRoutes } from "./client-page";
import { registerClientListRoutes } from "./clients-list";
import { slugTaken } from "./practice-slug";

const slugIsTaken = () =>
  new AppError("slug_taken", "Another practice has this public address already. Choose another.", {
    fields: [{ path: "slug", message: "Taken by another practice" }],
  });

const tags = ["practice"];

export function registerPracticeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  const loadPractice = async (id: string) => {
    const [row] = await ctx.db.select().from(practice).where(eq(practice.id, id));
    if (!row) throw new Error("member without practice");
    return {
      id: row.id,
      name: row.name,
      feedbackThreshold: row.feedbackThreshold,
      requireTwoFactorForCoaches: row.requireTwoFactorForCoaches,
      mailDelivery: mailDeliveryOf(ctx.config),
      slug: row.slug,
      postalAddress: row.postalAddress,
      createdAt: row.createdAt.toISOString(),
    };
  };

  api.get("/api/practice", {
    schema: {
      tags,
      summary: "The viewer's practice",
      response: { 200: practiceView, 401: errorResponse },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => loadPractice(viewerOf(request).practiceId),
  });

  api.patch("/api/practice", {
    schema: {
      tags,
      summary:
        "Rename the practice, set its 360 feedback threshold, require two-factor sign-in of its coaches, or set its public address (slug) and postal address (admin)",
      body: practiceChange,
      response: {
        200: practiceView,
        400: errorResponse,
        ...signedInRefusals,
        409: errorResponse,
      },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      const { name, feedbackThreshold, requireTwoFactorForCoaches, slug, postalAddress } =
        request.body;
      if (requireTwoFactorForCoaches && !viewer.twoFactorEnabled) {
        throw new AppError(
          "two_factor_off",
          "Turn on two-factor sign-in for yourself first, then require it of the practice's coaches.",
        );
      }
      if (slug && (await slugTaken(ctx.db, slug, viewer.practiceId))) throw slugIsTaken();
      await ctx.db
        .update(practice)
        .set({
          ...(name ? { name } : {}),
          ...(feedbackThreshold ? { feedbackThreshold } : {}),
          ...(requireTwoFactorForCoaches !== undefined ? { requireTwoFactorForCoaches } : {}),
          ...(slug ? { slug } : {}),
          ...(postalAddress !== undefined ? { postalAddress: postalAddress || null } : {}),
        })
        .where(eq(practice.id, viewer.practiceId))
        .catch((error: unknown) => {
          // Two admins taking one slug at once: the unique key decides.
          if (slug && isUniqueViolation(error, "practice_slug_unique")) throw slugIsTaken();
          throw error;
        });
      return loadPractice(viewer.practiceId);
    },
  });

  api.get("/api/coaches", {
    schema: {
      tags,
      summary: "The practice's coaches",
      response: {
        200: z.array(coach),
        ...signedInRefusals,
      },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      return ctx.db
        .select({ id: user.id, name: user.name, email: user.email, isAdmin: membership.isAdmin })
        .from(membership)
        .innerJoin(user, eq(user.id, membership.userId))
        .where(and(eq(membership.practiceId, viewer.practiceId), eq(membership.role, "coach")))
        .orderBy(user.name);
    },
  });

  registerClientListRoutes(app, ctx);
  registerClientPageRoutes(app, ctx);

  api.get("/api/sponsors", {
    schema: {
      tags,
      summary: "The practice's sponsors, to choose from when opening an engagement",
      response: { 200: z.array(person), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      return ctx.db
        .select({ id: user.id, name: user.name, email: user.email })
        .from(membership)
        .innerJoin(user, eq(user.id, membership.userId))
        .where(and(eq(membership.practiceId, viewer.practiceId), eq(membership.role, "sponsor")))
        .orderBy(user.name);
    },
  });
}
