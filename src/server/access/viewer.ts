import { fromNodeHeaders } from "better-auth/node";
import { and, eq, gt, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { MemberRole } from "../../domain/practice/roles";
import { SESSION_EXPIRES_IN_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "../auth/better-auth";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatement } from "../db/prepared-statements";
import { membership, practice, session, user } from "../db/schema";
import { forbidden } from "../http/errors";
import { sessionCookieName, signedSessionToken } from "./session-cookie";
import type { VerifiedSession } from "./verified-sessions";

/** The signed-in person making a request, with their place in a practice. */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
  practiceId: string;
  practiceName: string;
  role: MemberRole;
  isAdmin: boolean;
  twoFactorEnabled: boolean;
  /** The practice requires coaches to sign in with a second factor. */
  practiceRequiresTwoFactor: boolean;
}

const cache = new WeakMap<FastifyRequest, Promise<Viewer | null>>();
const renewedCookies = new WeakMap<FastifyRequest, string[]>();

/** The viewer of the request's session, or null; loaded once per request. */
export function sessionViewer(ctx: AppContext, request: FastifyRequest): Promise<Viewer | null> {
  let viewer = cache.get(request);
  if (!viewer) {
    viewer = loadViewer(ctx, request);
    cache.set(request, viewer);
  }
  return viewer;
}

/**
 * A session verified before is taken from this process's verified sessions; otherwise one query
 * finds the session, its person and their membership. Once a day a session is due to be
 * extended: then better-auth's own session check runs, and its renewed cookie is sent back.
 */
async function loadViewer(ctx: AppContext, request: FastifyRequest): Promise<Viewer | null> {
  const name = sessionCookieName(ctx.config.env === "production");
  const token = signedSessionToken(request.headers.cookie, name, ctx.authSecret);
  if (!token) return null;
  const found =
    ctx.verifiedSessions.find(token) ??
    (await ctx.verifiedSessions.verify(token, () => sessionInDatabase(ctx, token)));
  if (!found) return null;
  if (isDueForRenewal(found.expiresAt)) {
    await renewSession(ctx, request);
    ctx.verifiedSessions.forget(token);
  }
  return found.viewer;
}

async function sessionInDatabase(
  ctx: AppContext,
  token: string,
): Promise<VerifiedSession | undefined> {
  const [row] = await viewerBySession(ctx.db).execute({ token });
  if (!row) return undefined;
  const { expiresAt, ...viewer } = row;
  return { viewer, expiresAt };
}

/** Runs on every request, so it is prepared once per database instead of built each time. */
const viewerBySession = preparedStatement(prepareViewerBySession);

function prepareViewerBySession(db: Database) {
  return db
    .select({ ...viewerColumns, expiresAt: session.expiresAt })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .innerJoin(membership, eq(membership.userId, session.userId))
    .innerJoin(practice, eq(practice.id, membership.practiceId))
    .where(and(eq(session.token, sql.placeholder("token")), gt(session.expiresAt, sql`now()`)))
    .prepare("keel_viewer_by_session");
}

function isDueForRenewal(expiresAt: Date): boolean {
  const lastRenewed = expiresAt.getTime() - SESSION_EXPIRES_IN_SECONDS * 1000;
  return lastRenewed + SESSION_UPDATE_AGE_SECONDS * 1000 <= Date.now();
}

async function renewSession(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const result = await ctx.auth.api.getSession({
    headers: fromNodeHeaders(request.headers),
    returnHeaders: true,
  });
  const cookies = result.headers.getSetCookie();
  if (cookies.length > 0) renewedCookies.set(request, cookies);
}

/** An onSend hook: carries a renewed session cookie to the browser. */
export async function sendRenewedCookies(request: FastifyRequest, reply: FastifyReply) {
  const cookies = renewedCookies.get(request);
  if (!cookies) return;
  const existing = reply.getHeader("set-cookie");
  reply.header("set-cookie", [...[existing ?? []].flat().map(String), ...cookies]);
}

/**
 * What a viewer is read from. Verified sessions are kept while the database announces no change
 * to these columns (docs/decisions/012): a test checks that a trigger announces each of them.
 */
export const viewerColumns = {
  userId: user.id,
  name: user.name,
  email: user.email,
  practiceId: practice.id,
  practiceName: practice.name,
  role: membership.role,
  isAdmin: membership.isAdmin,
  twoFactorEnabled: user.twoFactorEnabled,
  practiceRequiresTwoFactor: practice.requireTwoFactorForCoaches,
};

export async function findViewer(ctx: AppContext, userId: string): Promise<Viewer | null> {
  const [row] = await ctx.db
    .select(viewerColumns)
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .innerJoin(practice, eq(practice.id, membership.practiceId))
    .where(eq(membership.userId, userId));
  return row ?? null;
}

/** The viewer an account just signed in as; an account without a practice may not sign in. */
export async function requireMemberAccount(ctx: AppContext, userId: string): Promise<Viewer> {
  const viewer = await findViewer(ctx, userId);
  if (!viewer) throw forbidden("This account has no practice.");
  return viewer;
}
