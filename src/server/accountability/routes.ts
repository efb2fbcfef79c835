import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  celebrationsSeenBody,
  clientsAtRiskList,
  earlyWarningSettings,
  engagementCelebrations,
  thresholdSettingsBody,
} from "../../contract/accountability";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { getCelebrations, markCelebrationsSeen } from "./celebrations";
import { listClientsAtRisk } from "./clients-at-risk";
import {
  getEngagementEarlyWarnings,
  getPracticeEarlyWarnings,
  setEngagementEarlyWarnings,
  setPracticeEarlyWarnings,
} from "./early-warning-settings";

const tags = ["accountability"];
const engagementParams = idParams("an engagement");

export function registerAccountabilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get("/api/coach/clients-at-risk", {
    schema: {
      tags,
      summary:
        "The coach's own clients with an early warning, most at risk first, each warning with its reason and suggested action",
      response: { 200: clientsAtRiskList, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listClientsAtRisk(ctx, viewerOf(request)),
  });

  api.get("/api/practice/early-warnings", {
    schema: {
      tags,
      summary: "The practice's early-warning thresholds and where each comes from (its coaches)",
      response: { 200: earlyWarningSettings, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => getPracticeEarlyWarnings(ctx, viewerOf(request)),
  });

  api.put("/api/practice/early-warnings", {
    schema: {
      tags,
      summary:
        "Set the practice's early-warning thresholds over Keel's defaults; a setting left out goes back to the default (admin)",
      body: thresholdSettingsBody,
      response: { 200: earlyWarningSettings, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => setPracticeEarlyWarnings(ctx, viewerOf(request), request.body),
  });

  api.get("/api/engagements/:id/early-warnings", {
    schema: {
      tags,
      summary:
        "The engagement's early-warning thresholds and where each comes from: Keel's default, the practice or the engagement (its coach)",
      params: engagementParams,
      response: { 200: earlyWarningSettings, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      getEngagementEarlyWarnings(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/engagements/:id/early-warnings", {
    schema: {
      tags,
      summary:
        "Set the engagement's early-warning thresholds over the practice's; a setting left out goes back to the practice's (its coach)",
      params: engagementParams,
      body: thresholdSettingsBody,
      response: { 200: earlyWarningSettings, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      setEngagementEarlyWarnings(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.get("/api/engagements/:id/celebrations", {
    schema: {
      tags,
      summary:
        "What went well in the engagement, newest first, each marked new until the viewer has seen it (its client and coach)",
      params: engagementParams,
      response: { 200: engagementCelebrations, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => getCelebrations(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/celebrations/seen", {
    schema: {
      tags,
      summary: "Mark celebrations seen by the viewer, so they no longer show as new to them",
      params: engagementParams,
      body: celebrationsSeenBody,
      response: { 200: engagementCelebrations, 400: errorResponse, ...denied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      markCelebrationsSeen(ctx, viewerOf(request), request.params.id, request.body.keys),
  });
}
