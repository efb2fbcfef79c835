import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context";
import { registerTimeZoneScript } from "../public-site/time-zone-script";
import { registerLinkRoutes } from "./link-routes";
import { publicErrorHandler } from "./public-errors";
import { registerPublicPageRoutes } from "./public-page-routes";

/**
 * The practice's public pages (/p/<slug>…: its home, course pages, subscribe forms) and the
 * pages of the links list mail carries (/lists/…), all answering HTML, errors included.
 */
export function registerListRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerTimeZoneScript(app);
  app.register(async (scope) => {
    scope.setErrorHandler(publicErrorHandler(ctx.config.publicUrl));
    registerPublicPageRoutes(scope, ctx);
    registerLinkRoutes(scope, ctx);
  });
}
