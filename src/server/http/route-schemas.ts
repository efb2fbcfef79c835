import { z } from "zod";
import { errorResponse } from "./errors";

/** The `:id` of a route's path; `what` names the thing in the 400, e.g. "an engagement". */
export const idParams = (what: string) => z.object({ id: z.uuid(`Not ${what} id`) });

/**
 * What the `signedIn` pre-handler refuses: no session (401), the wrong role or a coach who must
 * set up two-factor sign-in first (403).
 */
export const signedInRefusals = { 401: errorResponse, 403: errorResponse };

/** The refusals of a signed-in route that reaches one thing: no session, wrong role, not found. */
export const denied = { ...signedInRefusals, 404: errorResponse };
