import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { mailView, mailWithHtml } from "../../contract/outbox";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { mail } from "../db/schema";
import { notFound } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";

const tags = ["outbox"];
const practiceMail = (practiceId: string) =>
  and(eq(mail.practiceId, practiceId), eq(mail.inOutbox, true));

/**
 * The practice's own mail, for its admin: without SMTP, this is where invitations wait to be
 * passed on. Mail about clients' work (360 feedback) and personal mail never show here.
 */
export function registerOutboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const present = (row: typeof mail.$inferSelect) => ({
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  });

  api.get("/api/outbox", {
    schema: {
      tags,
      summary: "The practice's own mail (invitations), newest first (admin)",
      response: { 200: z.array(mailView), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      const rows = await ctx.db
        .select()
        .from(mail)
        .where(practiceMail(viewer.practiceId))
        .orderBy(desc(mail.createdAt))
        .limit(200);
      return rows.map(present);
    },
  });

  api.get("/api/outbox/:id", {
    schema: {
      tags,
      summary: "One mail of the practice, with its HTML (admin)",
      params: idParams("a mail"),
      response: { 200: mailWithHtml, ...denied },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => {
      const viewer = viewerOf(request);
      const [row] = await ctx.db
        .select()
        .from(mail)
        .where(and(eq(mail.id, request.params.id), practiceMail(viewer.practiceId)));
      if (!row) throw notFound("This mail");
      return { ...present(row), html: row.html };
    },
  });
}
