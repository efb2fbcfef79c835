import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  cohortBody,
  cohortView,
  importBody,
  importPreview,
  importResult,
  participantPage,
  programmeBody,
  programmeSummary,
  programmeView,
} from "../../contract/programmes";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { limit } from "../http/rate-limit";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { addCohort, removeCohort, updateCohort } from "./cohorts";
import { commitImport } from "./import-commit";
import { listParticipants, listParticipantsQuery, previewImport } from "./participants";
import { createProgramme, getProgramme, listProgrammes, updateProgramme } from "./programmes";

const tags = ["programmes"];
const programmeParams = idParams("a programme");
const cohortParams = z.object({
  id: z.uuid("Not a programme id"),
  cohortId: z.uuid("Not a cohort id"),
});
const badOrDenied = { ...denied, 400: errorResponse };
/** The CSV travels as JSON text: 2 MB of characters, escaped, fit in this. */
const IMPORT_BODY_LIMIT = 6 * 1024 * 1024;
/** Checks and commits of imports per admin: a working session's worth, not a flood. */
const IMPORTS_LIMIT = { max: 60, windowSeconds: 60 * 60 };

export function registerProgrammeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = signedIn(ctx, "admin");

  api.get("/api/programmes", {
    schema: {
      tags,
      summary: "The practice's programmes for organisations (admin)",
      response: { 200: z.array(programmeSummary), ...signedInRefusals },
    },
    preHandler: admin,
    handler: async (request) => listProgrammes(ctx, viewerOf(request)),
  });

  api.post("/api/programmes", {
    schema: {
      tags,
      summary: "Create a programme for an organisation with its template (admin)",
      body: programmeBody,
      response: { 201: programmeView, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: admin,
    handler: async (request, reply) =>
      reply.status(201).send(await createProgramme(ctx, viewerOf(request), request.body)),
  });

  api.get("/api/programmes/:id", {
    schema: {
      tags,
      summary: "One programme with its template and cohorts (admin)",
      params: programmeParams,
      response: { 200: programmeView, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) => getProgramme(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/programmes/:id", {
    schema: {
      tags,
      summary: "Save a programme's name, organisation and template (admin)",
      params: programmeParams,
      body: programmeBody,
      response: { 200: programmeView, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) =>
      updateProgramme(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/programmes/:id/cohorts", {
    schema: {
      tags,
      summary: "Add a cohort with its start date to a programme (admin)",
      params: programmeParams,
      body: cohortBody,
      response: { 201: cohortView, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addCohort(ctx, viewerOf(request), request.params.id, request.body)),
  });

  api.put("/api/programmes/:id/cohorts/:cohortId", {
    schema: {
      tags,
      summary: "Rename a cohort or move its start date (admin)",
      params: cohortParams,
      body: cohortBody,
      response: { 200: cohortView, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) =>
      updateCohort(ctx, viewerOf(request), idsOf(request.params), request.body),
  });

  api.delete("/api/programmes/:id/cohorts/:cohortId", {
    schema: {
      tags,
      summary: "Remove a cohort nobody is in (admin)",
      params: cohortParams,
      response: { 204: z.null(), 409: errorResponse, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request, reply) => {
      await removeCohort(ctx, viewerOf(request), idsOf(request.params));
      return reply.status(204).send(null);
    },
  });

  api.get("/api/programmes/:id/participants", {
    schema: {
      tags,
      summary:
        "A page of a programme's participants by name, with where their invitation stands (admin)",
      params: programmeParams,
      querystring: listParticipantsQuery,
      response: { 200: participantPage, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) =>
      listParticipants(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.post("/api/programmes/:id/import/preview", {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags,
      summary:
        "Check a participants' CSV (name, email, manager, cohort): every row's fate, nothing saved (admin)",
      params: programmeParams,
      body: importBody,
      response: { 200: importPreview, 413: errorResponse, 429: errorResponse, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request) => {
      const viewer = viewerOf(request);
      await limit(ctx.db, `programme-import:user:${viewer.userId}`, IMPORTS_LIMIT);
      return previewImport(ctx, viewer, request.params.id, request.body.csv);
    },
  });

  api.post("/api/programmes/:id/import", {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags,
      summary:
        "Import a participants' CSV: all rows saved and invited as clients in one go, or none (admin)",
      params: programmeParams,
      body: importBody,
      response: { 201: importResult, 413: errorResponse, 429: errorResponse, ...badOrDenied },
    },
    preHandler: admin,
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      await limit(ctx.db, `programme-import:user:${viewer.userId}`, IMPORTS_LIMIT);
      const result = await commitImport(ctx, viewer, request.params.id, request.body.csv);
      return reply.status(201).send(result);
    },
  });
}

const idsOf = (params: { id: string; cohortId: string }) => ({
  programmeId: params.id,
  cohortId: params.cohortId,
});
