import { z } from "zod";
import type { FieldProblem } from "../../domain/field-problem";

/** An error a caller can act on: a stable code, an HTTP status and a message safe to show. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, "unauthenticated", "Sign in to continue.");
export const forbidden = (message = "Your role may not do this.") =>
  new AppError(403, "forbidden", message);
export const notFound = (what = "That") => new AppError(404, "not_found", `${what} was not found.`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const invalidInput = (fields: FieldProblem[], message = "Some fields need fixing.") =>
  new AppError(400, "invalid_input", message, fields);

export const fieldProblem = z.object({ path: z.string(), message: z.string() });

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(fieldProblem).optional(),
      id: z.string().optional(),
    }),
  })
  .describe(
    "An error: a stable code, a readable message and, for invalid input, each field's problem",
  );

export type ErrorResponse = z.infer<typeof errorResponse>;

export function errorBody(error: AppError): ErrorResponse {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}
