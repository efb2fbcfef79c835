import { z } from "zod";
import { fieldProblem } from "../../contract/common";
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorCodeEntry,
  type StatusOf,
} from "../../contract/error-codes";
import type { FieldProblem } from "../../domain/field-problem";

/**
 * An error a caller can act on: a code of the table (contract/error-codes.ts), its HTTP status
 * and a message safe to show, the table's unless the call names the thing or the next step.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldProblem[];

  constructor(
    code: C,
    message?: string,
    options: { fields?: FieldProblem[]; status?: StatusOf<C> } = {},
  ) {
    const entry: ErrorCodeEntry = ERROR_CODES[code];
    super(message ?? entry.message);
    this.code = code;
    this.status = options.status ?? entry.status;
    if (options.fields) this.fields = options.fields;
  }
}

export const unauthenticated = () => new AppError("unauthenticated");
export const forbidden = (message?: string) => new AppError("forbidden", message);
export const notFound = (what = "That") => new AppError("not_found", `${what} was not found.`);
export const invalidInput = (fields: FieldProblem[], message?: string) =>
  new AppError("invalid_input", message, { fields });

// On the wire the code stays a string (a client may meet codes newer than itself); in this code
// base it is the table's union.
export const errorResponse = z
  .object({
    error: z.object({
      code: z.string() as z.ZodType<ErrorCode>,
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
