import { z } from "zod";
import { errorResponse } from "./errors";

/** The `:id` of a route's path; `what` names the thing in the 400, e.g. "an engagement". */
export const idParams = (what: string) => z.object({ id: z.uuid(`Not ${what} id`) });

/** The refusals of a signed-in route that reaches one thing: no session, wrong role, not found. */
export const denied = { 401: errorResponse, 403: errorResponse, 404: errorResponse };
