import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, errorBody } from "./errors";

/**
 * Serves the built single-page app, compressed when the client accepts it; any page address
 * that is not a file gets index.html.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = fs.existsSync(path.join(webRoot, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: ["index.html"],
      // The build writes a .br and a .gz beside each text file; clients that accept one get it.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header(
          "cache-control",
          immutable ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (built && wantsPage(request))
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    const hint = built || isApi(request) ? "" : " The web app is not built: run npm run build.";
    return notFound(reply, `No route ${request.method} ${request.url.split("?")[0]}.${hint}`);
  });
}

function isApi(request: FastifyRequest): boolean {
  return (
    request.url.startsWith("/api/") || request.url === "/api" || request.url.startsWith("/health")
  );
}

/** Page addresses get the app; a missing file (a path with an extension) stays a 404. */
function wantsPage(request: FastifyRequest): boolean {
  const pathname = request.url.split("?")[0] ?? "";
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  return (request.method === "GET" || request.method === "HEAD") && !isApi(request) && !isFile;
}

function notFound(reply: FastifyReply, message: string) {
  return reply.status(404).send(errorBody(new AppError("not_found", message)));
}
