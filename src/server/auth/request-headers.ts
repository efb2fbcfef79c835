import { fromNodeHeaders } from "better-auth/node";
import type { FastifyRequest } from "fastify";

/** better-auth reads the client's address from this header only; Keel sets it, replacing any sent. */
export const CLIENT_IP_HEADER = "x-keel-client-ip";

/**
 * A request's headers for better-auth, carrying the client's address as Fastify determined it:
 * forwarded headers count only behind a trusted proxy (KEEL_TRUST_PROXY).
 */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = fromNodeHeaders(request.headers);
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}
