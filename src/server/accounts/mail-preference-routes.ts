import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { mailPreferences, updateMailPreferencesBody } from "../../contract/mail-preferences";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { signedInRefusals } from "../http/route-schemas";
import { getMailPreferences, updateMailPreferences } from "./mail-preferences";

const tags = ["accounts"];

/** The signed-in person's own choice of mail; nobody else reads or sets it. */
export function registerMailPreferenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/me/mail-preferences", {
    schema: {
      tags,
      summary: "Which mail the signed-in person gets",
      response: { 200: mailPreferences, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getMailPreferences(ctx, viewerOf(request)),
  });

  api.put("/api/me/mail-preferences", {
    schema: {
      tags,
      summary: "Turn topics of the signed-in person's mail on or off",
      body: updateMailPreferencesBody,
      response: { 200: mailPreferences, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => updateMailPreferences(ctx, viewerOf(request), request.body),
  });
}
