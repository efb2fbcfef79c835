import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { registerCampaignRoutes } from "./campaign-routes";
import { registerReportRoutes } from "./report-routes";
import { registerSurveyRoutes } from "./survey-routes";

export function registerFeedbackRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerCampaignRoutes(app, ctx);
  registerSurveyRoutes(app, ctx);
  registerReportRoutes(app, ctx);
}
