import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * One line per request: its message says it all ("GET /api/outbox 200 4 ms"), and its fields
 * are there to filter the JSON log by (the console's pretty log shows them at debug only).
 */
export async function logRequest(request: FastifyRequest, reply: FastifyReply) {
  const method = request.method;
  const url = loggablePath(request);
  const statusCode = reply.statusCode;
  const responseTime = Math.round(reply.elapsedTime);
  request.log.info(
    { method, url, statusCode, responseTime },
    `${method} ${url} ${statusCode} ${responseTime} ms`,
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
