import type { FastifyReply } from "fastify";
import { AppError } from "../http/errors";

/**
 * An edit based on a version someone else has replaced meanwhile: nothing was saved, and the
 * 409 carries what is there now (and for a plan, the items both changed), so the person sees
 * both and chooses.
 */
export class StaleVersion<Body extends object> extends AppError<"stale_version"> {
  readonly body: Body & { error: { code: "stale_version"; message: string } };

  constructor(message: string, detail: Body) {
    super("stale_version", message);
    this.body = { error: { code: "stale_version", message }, ...detail };
  }
}

/** Runs the work; a stale edit is answered with its 409 body, as the route's schema declares. */
export async function answeringStale<T>(reply: FastifyReply, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StaleVersion) return reply.status(409).send(error.body);
    throw error;
  }
}
