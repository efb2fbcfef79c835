import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../http/errors";
import { loggableError } from "../http/loggable-error";
import { RateLimitError } from "../http/rate-limit";
import { renderMessagePage } from "../public-site/link-pages";

/**
 * The public pages answer HTML whatever goes wrong, as the rest of the API answers JSON: a
 * person who followed a link or posted a form reads a page, never an error object.
 */
export function publicErrorHandler(publicUrl: string) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOf(error);
    if (status >= 500) {
      request.log.error(
        {
          errorId: request.id,
          method: request.method,
          route: request.routeOptions.url ?? null,
          err: loggableError(error),
        },
        "unexpected error",
      );
    }
    if (error instanceof RateLimitError)
      reply.header("retry-after", String(error.retryAfterSeconds));
    const { title, text } = wordsFor(status, error, String(request.id));
    return reply
      .status(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(
        renderMessagePage({
          publicUrl,
          path: request.url.split("?")[0] ?? "/",
          practice: null,
          title,
          paragraphs: [text],
          tone: "error",
        }),
      );
  };
}

function statusOf(error: FastifyError): number {
  if (error instanceof AppError) return error.status;
  if (hasZodFastifySchemaValidationErrors(error)) return 400;
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

function wordsFor(
  status: number,
  error: FastifyError,
  errorId: string,
): { title: string; text: string } {
  if (status === 429) return { title: "Too many attempts", text: error.message };
  if (status === 413)
    return {
      title: "Too long",
      text: "What you sent is far longer than this form takes. Go back, shorten it and send it again.",
    };
  if (status === 404)
    return { title: "Not found", text: "There is nothing at this address. Check the link." };
  if (status >= 500)
    return {
      title: "Something went wrong",
      text: `Something went wrong on our side. Please try again later. If you report it, quote ${errorId}.`,
    };
  if (error instanceof AppError && error.code === "invalid_input")
    return {
      title: "Some text could not be read",
      text: "Part of what you sent holds characters that cannot be stored. Go back, type it again and send it.",
    };
  return {
    title: "This could not be read",
    text: "What was sent could not be read. Go back, check it and try again.",
  };
}
