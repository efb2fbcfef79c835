import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  agendaInput,
  agendaItem,
  noteInput,
  preparation,
  preparationInput,
  reflection,
  reflectionInput,
  sessionNote,
  sessionPage,
  staleNote,
} from "../../contract/sessions";
import type { NoteKind } from "../../domain/sessions/page-rules";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { answeringStale } from "../goals/stale";
import { errorResponse } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";
import { addAgendaItem, removeAgendaItem } from "./agenda";
import { writeNote } from "./notes";
import { getSessionPage, savePreparation, saveReflection } from "./page-service";

const tags = ["sessions"];
const sessionParams = idParams("a session");
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

const NOTES: { kind: NoteKind; summary: string }[] = [
  { kind: "feedback", summary: "Write the coach's feedback and guidance (the coach)" },
  { kind: "shared", summary: "Write the shared notes (coach or client)" },
  { kind: "private", summary: "Write your own private note, which nobody else ever reads" },
];

export function registerSessionPageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/sessions/:id", {
    schema: {
      tags,
      summary: "A session's page: agenda, preparation, notes, reflection and what you may write",
      params: sessionParams,
      response: { 200: sessionPage, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getSessionPage(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/sessions/:id/agenda", {
    schema: {
      tags,
      summary: "Add an item to the session's agenda (coach or client)",
      params: sessionParams,
      body: agendaInput,
      response: { 201: agendaItem, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      const added = await addAgendaItem(ctx, viewer, request.params.id, request.body.text);
      return reply.status(201).send(added);
    },
  });

  api.delete("/api/session-agenda/:id", {
    schema: {
      tags,
      summary: "Take an item off a session's agenda (its author or the coach)",
      params: idParams("an agenda item"),
      response: { 204: z.null(), ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      await removeAgendaItem(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  for (const { kind, summary } of NOTES) {
    api.put(`/api/sessions/:id/notes/${kind}`, {
      schema: {
        tags,
        summary: `${summary}; a 409 with the note as it is now when someone saved meanwhile`,
        params: sessionParams,
        body: noteInput,
        response: { 200: sessionNote, ...refused, 409: staleNote.or(errorResponse) },
      },
      preHandler: signedIn(ctx),
      handler: async (request, reply) =>
        answeringStale(reply, () =>
          writeNote(ctx, viewerOf(request), request.params.id, kind, request.body),
        ),
    });
  }

  api.put("/api/sessions/:id/preparation", {
    schema: {
      tags,
      summary: "Prepare for the session: wins, what to work on, a question (the client)",
      params: sessionParams,
      body: preparationInput,
      response: { 200: preparation, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      savePreparation(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.put("/api/sessions/:id/reflection", {
    schema: {
      tags,
      summary: "Reflect on the session once it has started, with a rating of 1 to 10 (the client)",
      params: sessionParams,
      body: reflectionInput,
      response: { 200: reflection, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      saveReflection(ctx, viewerOf(request), request.params.id, request.body),
  });
}
