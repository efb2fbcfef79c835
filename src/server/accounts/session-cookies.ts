import type { FastifyReply } from "fastify";

/** better-auth answers with Set-Cookie headers; the reply carries them to the browser. */
export function forwardCookies(headers: Headers, reply: FastifyReply): void {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
}
