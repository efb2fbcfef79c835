import { fromNodeHeaders } from "better-auth/node";
import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { MemberRole } from "../../domain/practice/roles";
import type { AppContext } from "../context";
import { membership, practice, user } from "../db/schema";
import { forbidden, unauthenticated } from "../http/errors";

/** The signed-in person making a request, with their place in a practice. */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
  practiceId: string;
  practiceName: string;
  role: MemberRole;
  isAdmin: boolean;
}

const cache = new WeakMap<FastifyRequest, Promise<Viewer | null>>();

export function viewerOf(ctx: AppContext, request: FastifyRequest): Promise<Viewer | null> {
  let viewer = cache.get(request);
  if (!viewer) {
    viewer = loadViewer(ctx, request);
    cache.set(request, viewer);
  }
  return viewer;
}

async function loadViewer(ctx: AppContext, request: FastifyRequest): Promise<Viewer | null> {
  if (!request.headers.cookie) return null;
  const session = await ctx.auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  return findViewer(ctx, session.user.id);
}

export async function findViewer(ctx: AppContext, userId: string): Promise<Viewer | null> {
  const [row] = await ctx.db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      practiceId: practice.id,
      practiceName: practice.name,
      role: membership.role,
      isAdmin: membership.isAdmin,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .innerJoin(practice, eq(practice.id, membership.practiceId))
    .where(eq(membership.userId, userId));
  return row ?? null;
}

export async function requireViewer(ctx: AppContext, request: FastifyRequest): Promise<Viewer> {
  const viewer = await viewerOf(ctx, request);
  if (!viewer) throw unauthenticated();
  return viewer;
}

export async function requireCoach(ctx: AppContext, request: FastifyRequest): Promise<Viewer> {
  const viewer = await requireViewer(ctx, request);
  if (viewer.role !== "coach") throw forbidden("Only coaches may do this.");
  return viewer;
}

export async function requireAdmin(ctx: AppContext, request: FastifyRequest): Promise<Viewer> {
  const viewer = await requireViewer(ctx, request);
  if (viewer.role !== "coach" || !viewer.isAdmin)
    throw forbidden("Only a practice admin may do this.");
  return viewer;
}
