import type { FastifyInstance } from "fastify";

/**
 * The public pages post plain HTML forms, and a mail provider's one-click unsubscribe posts
 * "List-Unsubscribe=One-Click" as a form (RFC 8058): both arrive as fields of strings.
 */
export function acceptFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 256 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  // Only the one-click unsubscribe is posted as multipart, and it needs none of its fields.
  app.addContentTypeParser(
    "multipart/form-data",
    { parseAs: "string", bodyLimit: 64 * 1024 },
    (_request, _body, done) => done(null, {}),
  );
}
