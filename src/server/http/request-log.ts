import type { FastifyReply, FastifyRequest } from "fastify";

/** One log line per request, with everything needed to find it again. */
export async function logRequest(request: FastifyRequest, reply: FastifyReply) {
  request.log.info(
    {
      method: request.method,
      url: loggablePath(request),
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime),
    },
    "request",
  );
}

/**
 * The request's path without what is a key or someone's words: a link's token (a rater's or an
 * invitation's) is the only key to what it opens, and a query string may hold a search or a
 * reset token. A path no route knows (a page of the web app, such as a rater's link) keeps its
 * first segment only.
 */
export function loggablePath(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (!route || route.includes("*")) {
    const first = (request.url.split("?")[0] ?? "").split("/")[1] ?? "";
    return first ? `/${first}/…` : "/";
  }
  const params = request.params as Record<string, string | undefined>;
  return route.replace(/:(\w+)/g, (whole, name: string) =>
    name === "token" ? whole : encodeURIComponent(params[name] ?? ""),
  );
}
