import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  commitment,
  commitmentChange,
  commitmentInput,
  sessionThemes,
  sessionThemesInput,
  theme,
  themeInput,
  themeList,
} from "../../contract/session-work";
import { signedIn, viewerOf } from "../access/signed-in";
import { addSessionCommitment, removeCommitment, updateCommitment } from "../commitments/write";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { addTheme, listThemes, setSessionThemes } from "./themes";

const tags = ["sessions"];
const sessionParams = idParams("a session");
const commitmentParams = idParams("a commitment");
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerSessionWorkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/practice/themes", {
    schema: {
      tags,
      summary: "The practice's themes to tag sessions and reflections with (coaches and clients)",
      response: { 200: themeList, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listThemes(ctx, viewerOf(request)),
  });

  api.post("/api/practice/themes", {
    schema: {
      tags,
      summary:
        "Add a theme to the practice's list; one of the same name is answered as it is (200)",
      body: themeInput,
      response: { 200: theme, 201: theme, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const { theme, created } = await addTheme(ctx, viewerOf(request), request.body);
      return reply.status(created ? 201 : 200).send(theme);
    },
  });

  api.put("/api/sessions/:id/themes", {
    schema: {
      tags,
      summary:
        "Tag the session and its reflection with themes of the practice's list (coach or client)",
      params: sessionParams,
      body: sessionThemesInput,
      response: { 200: sessionThemes, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      setSessionThemes(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/sessions/:id/commitments", {
    schema: {
      tags,
      summary:
        "Record a commitment made in the session, with its owner and due date (coach or client)",
      params: sessionParams,
      body: commitmentInput,
      response: { 201: commitment, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const added = await addSessionCommitment(
        ctx,
        viewerOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(added);
    },
  });

  api.patch("/api/session-commitments/:id", {
    schema: {
      tags,
      summary: "Change a commitment's text, owner or due date, or tick it off (coach or client)",
      params: commitmentParams,
      body: commitmentChange,
      response: { 200: commitment, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateCommitment(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.delete("/api/session-commitments/:id", {
    schema: {
      tags,
      summary: "Remove a commitment (its author or the coach)",
      params: commitmentParams,
      response: { 204: z.null(), ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await removeCommitment(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
