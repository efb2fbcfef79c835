import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  availability,
  availabilityInput,
  bookSessionInput,
  cancelSessionInput,
  meetingLinkInput,
  meetingLinkResult,
  moveSessionInput,
  sessionList,
  sessionSummary,
  slotList,
  slotsQuery,
  timeZoneInput,
  updateSessionInput,
} from "../../contract/sessions";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { getAvailability, saveAvailability, setTimeZone } from "./availability";
import { bookSession, cancelSession, moveSession, updateSession } from "./booking";
import { setMeetingLink } from "./meeting-link";
import { listSessions } from "./session-list";
import { listSlots } from "./slots";

const tags = ["sessions"];
const engagementParams = idParams("an engagement");
const sessionParams = idParams("a session");
const refused = { 400: errorResponse, 409: errorResponse, ...denied };

export function registerSessionSchedulingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/me/availability", {
    schema: {
      tags,
      summary: "The coach's bookable hours and rules (the defaults until first saved)",
      response: { 200: availability, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => getAvailability(ctx, viewerOf(request)),
  });

  api.put("/api/me/availability", {
    schema: {
      tags,
      summary: "Save the coach's bookable hours, in their time zone, and booking rules",
      body: availabilityInput,
      response: { 200: availability, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => saveAvailability(ctx, viewerOf(request), request.body),
  });

  api.put("/api/me/time-zone", {
    schema: {
      tags,
      summary: "The zone the person's times are written in (mails, and where no zone is given)",
      body: timeZoneInput,
      response: { 200: timeZoneInput, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => setTimeZone(ctx, viewerOf(request), request.body.timeZone),
  });

  api.get("/api/engagements/:id/slots", {
    schema: {
      tags,
      summary: "The coach's free slots between two days (at most 62), in the reader's zone",
      params: engagementParams,
      querystring: slotsQuery,
      response: { 200: slotList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listSlots(ctx, viewerOf(request), request.params.id, request.query),
  });

  api.get("/api/engagements/:id/sessions", {
    schema: {
      tags,
      summary: "The engagement's sessions, its allowance and meeting link",
      params: engagementParams,
      response: { 200: sessionList, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listSessions(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/sessions", {
    schema: {
      tags,
      summary:
        "Book a session: the client a free slot, the coach any time ahead; 409 when the coach is taken",
      params: engagementParams,
      body: bookSessionInput,
      response: { 201: sessionSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const booked = await bookSession(ctx, viewerOf(request), request.params.id, request.body);
      return reply.status(201).send(booked);
    },
  });

  api.put("/api/engagements/:id/meeting-link", {
    schema: {
      tags,
      summary:
        "The engagement's video link, for every video session without its own (coach); upcoming ones get updated invitations",
      params: engagementParams,
      body: meetingLinkInput,
      response: { 200: meetingLinkResult, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      setMeetingLink(ctx, viewerOf(request), request.params.id, request.body.meetingLink),
  });

  api.post("/api/sessions/:id/move", {
    schema: {
      tags,
      summary: "Move a session to another time, within the coach's limit of moves",
      params: sessionParams,
      body: moveSessionInput,
      response: { 200: sessionSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      moveSession(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/sessions/:id/cancel", {
    schema: {
      tags,
      summary: "Cancel a session; the client's late cancellation counts as a session used",
      params: sessionParams,
      body: cancelSessionInput,
      response: { 200: sessionSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      cancelSession(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.patch("/api/sessions/:id", {
    schema: {
      tags,
      summary: "Change a session's mode or place",
      params: sessionParams,
      body: updateSessionInput,
      response: { 200: sessionSummary, ...refused },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      updateSession(ctx, viewerOf(request), request.params.id, request.body),
  });
}
