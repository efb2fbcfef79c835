import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userResponse } from "../../contract/accounts";
import {
  acceptInvitationBody,
  invitationTokenParams,
  invitationView,
  inviteBody,
  publicInvitationView,
} from "../../contract/invitations";
import { signedIn, viewerOf } from "../access/signed-in";
import { requireMemberAccount } from "../access/viewer";
import { presentMe } from "../accounts/present-me";
import { forwardCookies } from "../accounts/session-cookies";
import type { AppContext } from "../context";
import { practice, user } from "../db/schema";
import { errorResponse } from "../http/errors";
import { byIp, limit, rateLimited } from "../http/rate-limit";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import {
  acceptInvitation,
  findByToken,
  inviteMember,
  listInvitations,
  presentInvitation,
  revokeInvitation,
} from "./service";

const tags = ["invitations"];
/** Per coach and per client address: enough to bring a whole team in, not to probe or spam. */
const INVITATIONS_LIMIT = { max: 60, windowSeconds: 60 * 60 };

export function registerInvitationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post("/api/invitations", {
    schema: {
      tags,
      summary: "Invite a client or sponsor (any coach) or a coach (practice admin) by email",
      body: inviteBody,
      response: {
        201: invitationView,
        400: errorResponse,
        ...signedInRefusals,
        409: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: [
      rateLimited(ctx.db, { key: byIp("invite"), ...INVITATIONS_LIMIT }),
      signedIn(ctx, "coach"),
    ],
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      await limit(ctx.db, `invite:user:${viewer.userId}`, INVITATIONS_LIMIT);
      const created = await inviteMember(ctx, viewer, request.body);
      return reply.status(201).send(presentInvitation(created, viewer.name));
    },
  });

  api.get("/api/invitations", {
    schema: {
      tags,
      summary: "Invitations the coach sent; every invitation of the practice for an admin",
      response: { 200: z.array(invitationView), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listInvitations(ctx, viewerOf(request)),
  });

  api.delete("/api/invitations/:id", {
    schema: {
      tags,
      summary: "Revoke an invitation so its link stops working",
      params: idParams("an invitation"),
      response: { 204: z.null(), 409: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request, reply) => {
      await revokeInvitation(ctx, viewerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  api.get("/api/invitations/token/:token", {
    schema: {
      tags,
      summary: "What an invitation link offers, for the person who received it",
      params: invitationTokenParams,
      response: {
        200: publicInvitationView,
        400: errorResponse,
        404: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: rateLimited(ctx.db, {
      key: byIp("invitation-token"),
      max: 60,
      windowSeconds: 15 * 60,
    }),
    handler: async (request) => {
      const found = await findByToken(ctx, request.params.token);
      const [names] = await ctx.db
        .select({ practiceName: practice.name, inviter: user.name })
        .from(practice)
        .innerJoin(user, eq(user.id, found.invitedBy))
        .where(eq(practice.id, found.practiceId));
      return {
        email: found.email,
        name: found.name,
        role: found.role,
        practiceName: names?.practiceName ?? "",
        invitedBy: names?.inviter ?? "",
        status: found.status,
      };
    },
  });

  api.post("/api/invitations/token/:token/accept", {
    schema: {
      tags,
      summary: "Accept an invitation: set a name and password, and sign in",
      params: invitationTokenParams,
      body: acceptInvitationBody,
      response: {
        201: userResponse,
        400: errorResponse,
        404: errorResponse,
        409: errorResponse,
        410: errorResponse,
        429: errorResponse,
      },
    },
    preHandler: rateLimited(ctx.db, {
      key: byIp("invitation-accept"),
      max: 20,
      windowSeconds: 15 * 60,
    }),
    handler: async (request, reply) => {
      const { userId, headers } = await acceptInvitation(ctx, request.params.token, request.body);
      const viewer = await requireMemberAccount(ctx, userId);
      forwardCookies(headers, reply);
      return reply.status(201).send({ user: presentMe(viewer) });
    },
  });
}
