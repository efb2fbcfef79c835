import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  capacityBody,
  choiceBody,
  coachChanges,
  coachProfileView,
  matchBody,
  matchingCoach,
  matchResult,
  moveBody,
  movePreview,
  moveResult,
  myShortlist,
  participantMatch,
  profileBody,
  programmeMatches,
  shortlistBody,
} from "../../contract/matching";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { listCoachChanges } from "./coach-changes";
import { getOwnProfile, listMatchingCoaches, saveOwnProfile, setCapacity } from "./coaches";
import { listMatches, matchParticipant, offerShortlist } from "./match";
import { moveToCoach, previewMove } from "./move";
import { chooseCoach, getMyShortlist } from "./my-shortlist";

const tags = ["matching"];
const participantParams = z.object({
  id: z.uuid("Not a programme id"),
  participantId: z.uuid("Not a participant id"),
});
const refusals = { ...denied, 400: errorResponse, 409: errorResponse };
const refOf = (params: z.output<typeof participantParams>) => ({
  programmeId: params.id,
  participantId: params.participantId,
});

export function registerMatchingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = signedIn(ctx, "admin");
  const coach = signedIn(ctx, "coach");
  const client = signedIn(ctx);

  api.get("/api/matching/coaches", {
    schema: {
      tags,
      summary: "The practice's coaches with their profile, open engagements and capacity (admin)",
      response: { 200: z.array(matchingCoach), ...signedInRefusals },
    },
    preHandler: admin,
    handler: async (request) => listMatchingCoaches(ctx, viewerOf(request)),
  });

  api.put("/api/matching/coaches/:id/capacity", {
    schema: {
      tags,
      summary: "Set how many open engagements a coach takes (admin)",
      params: idParams("a coach"),
      body: capacityBody,
      response: { 200: matchingCoach, ...refusals },
    },
    preHandler: admin,
    handler: async (request) =>
      setCapacity(ctx, viewerOf(request), request.params.id, request.body.capacity),
  });

  api.get("/api/coach-profile", {
    schema: {
      tags,
      summary: "The coach's own profile shown when matching, and their capacity",
      response: { 200: coachProfileView, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => getOwnProfile(ctx, viewerOf(request)),
  });

  api.put("/api/coach-profile", {
    schema: {
      tags,
      summary: "Save the coach's own profile: a few lines on languages and focus",
      body: profileBody,
      response: { 200: coachProfileView, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => saveOwnProfile(ctx, viewerOf(request), request.body.about),
  });

  api.get("/api/programmes/:id/matches", {
    schema: {
      tags,
      summary: "A programme's participants with a coach or a shortlist (admin)",
      params: idParams("a programme"),
      response: { 200: programmeMatches, ...denied, 400: errorResponse },
    },
    preHandler: admin,
    handler: async (request) => ({
      matches: await listMatches(ctx, viewerOf(request), request.params.id),
    }),
  });

  api.post("/api/programmes/:id/participants/:participantId/match", {
    schema: {
      tags,
      summary:
        "Match a joined participant to a coach: opens their engagement on the template (admin)",
      params: participantParams,
      body: matchBody,
      response: { 201: matchResult, ...refusals },
    },
    preHandler: admin,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await matchParticipant(
            ctx,
            viewerOf(request),
            refOf(request.params),
            request.body.coachId,
          ),
        ),
  });

  api.put("/api/programmes/:id/participants/:participantId/shortlist", {
    schema: {
      tags,
      summary: "Offer a joined participant 2 or 3 coaches to choose from (admin)",
      params: participantParams,
      body: shortlistBody,
      response: { 200: participantMatch, ...refusals },
    },
    preHandler: admin,
    handler: async (request) =>
      offerShortlist(ctx, viewerOf(request), refOf(request.params), request.body.coachIds),
  });

  api.post("/api/engagements/:id/coach", {
    schema: {
      tags,
      summary:
        "Move an engagement to another coach: cancels the sessions booked ahead; private notes stay the old coach's (admin)",
      params: idParams("an engagement"),
      body: moveBody,
      response: { 200: moveResult, ...refusals },
    },
    preHandler: admin,
    handler: async (request) =>
      moveToCoach(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.get("/api/engagements/:id/coach/move-preview", {
    schema: {
      tags,
      summary: "What moving an engagement would cancel: its sessions booked ahead (admin)",
      params: idParams("an engagement"),
      response: { 200: movePreview, ...denied, 400: errorResponse },
    },
    preHandler: admin,
    handler: async (request) => previewMove(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/coach-changes", {
    schema: {
      tags,
      summary: "An engagement's moves from coach to coach (its coach, its client, the admin)",
      params: idParams("an engagement"),
      response: { 200: coachChanges, ...denied, 400: errorResponse },
    },
    preHandler: client,
    handler: async (request) => listCoachChanges(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/my-coach-shortlist", {
    schema: {
      tags,
      summary: "The coaches the client was offered to choose from, if any",
      response: { 200: myShortlist, ...signedInRefusals },
    },
    preHandler: client,
    handler: async (request) => getMyShortlist(ctx, viewerOf(request)),
  });

  api.post("/api/my-coach-shortlist/choice", {
    schema: {
      tags,
      summary: "The client chooses their coach from the shortlist: opens their engagement",
      body: choiceBody,
      response: { 201: matchResult, ...refusals },
    },
    preHandler: client,
    handler: async (request, reply) =>
      reply.status(201).send(await chooseCoach(ctx, viewerOf(request), request.body.coachId)),
  });
}
