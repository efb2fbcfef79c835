import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";

export function registerCampaignRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
