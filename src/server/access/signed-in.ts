import type { FastifyRequest } from "fastify";
import { mustSetUpTwoFactor } from "../../domain/accounts/two-factor";
import type { AppContext } from "../context";
import { AppError, forbidden, unauthenticated } from "../http/errors";
import { sessionViewer, type Viewer } from "./viewer";

/** Who may use a signed-in route: any member of a practice, only coaches, or only its admins. */
export type Audience = "member" | "coach" | "admin";

const viewers = new WeakMap<FastifyRequest, Viewer>();

/**
 * The pre-handler of every signed-in route: 401 without a session, 403 for the wrong role. A
 * coach whose practice requires two-factor sign-in and who has not turned it on is stopped here,
 * whatever the route. The handler reads the viewer with `viewerOf(request)`.
 */
export function signedIn(ctx: AppContext, audience: Audience = "member") {
  return async (request: FastifyRequest) => {
    const viewer = await signedInViewer(ctx, request);
    if (mustSetUpTwoFactor(viewer)) throw twoFactorRequired();
    if (audience === "coach" && viewer.role !== "coach") {
      throw forbidden("Only coaches may do this.");
    }
    if (audience === "admin" && (viewer.role !== "coach" || !viewer.isAdmin)) {
      throw forbidden("Only a practice admin may do this.");
    }
    viewers.set(request, viewer);
  };
}

/** Like `signedIn`, but lets through one who must set up two-factor sign-in: for that and /api/me. */
export function signedInForTwoFactorSetUp(ctx: AppContext) {
  return async (request: FastifyRequest) => {
    viewers.set(request, await signedInViewer(ctx, request));
  };
}

/** The viewer the route's `signedIn` pre-handler let through. */
export function viewerOf(request: FastifyRequest): Viewer {
  const viewer = viewers.get(request);
  if (!viewer) throw new Error(`${request.routeOptions.url} has no signedIn pre-handler`);
  return viewer;
}

async function signedInViewer(ctx: AppContext, request: FastifyRequest): Promise<Viewer> {
  const viewer = await sessionViewer(ctx, request);
  if (!viewer) throw unauthenticated();
  return viewer;
}

const twoFactorRequired = () => new AppError("two_factor_required");
