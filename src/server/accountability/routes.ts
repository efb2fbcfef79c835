import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { clientsAtRiskList } from "../../contract/accountability";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { signedInRefusals } from "../http/route-schemas";
import { listClientsAtRisk } from "./clients-at-risk";

const tags = ["accountability"];

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
}
