import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorCode } from "../../contract/error-codes";
import { AppError, type ErrorResponse, errorBody } from "./errors";
import { loggableError } from "./loggable-error";
import { RateLimitError } from "./rate-limit";

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimitError)
        reply.header("retry-after", String(error.retryAfterSeconds));
      return reply.status(error.status).send(errorBody(error));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, "").replaceAll("/", "."),
        message: issue.message ?? "Invalid value",
      }));
      const where = error.validationContext ?? "request";
      return reply
        .status(400)
        .send(
          errorBody(new AppError("invalid_input", `The ${where} has invalid fields.`, { fields })),
        );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send({
        error: { code: clientErrorCode(error), message: error.message },
      } satisfies ErrorResponse);
    }
    // Never the error's parameters, the request's body or a database's message: they hold
    // what people wrote (loggable-error.ts).
    request.log.error(
      {
        errorId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? null,
        err: loggableError(error),
      },
      "unexpected error",
    );
    const internal = new AppError("internal");
    return reply.status(internal.status).send({
      error: { ...errorBody(internal).error, id: String(request.id) },
    } satisfies ErrorResponse);
  });
}

function clientErrorCode(error: FastifyError): ErrorCode {
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return "unsupported_media_type";
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return "body_too_large";
  if (error.code?.startsWith("FST_ERR_CTP")) return "invalid_body";
  return "bad_request";
}
