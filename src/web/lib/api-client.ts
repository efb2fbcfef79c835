import type { ErrorCode } from "../../contract/error-codes";
import type { FieldProblem } from "../../domain/field-problem";

/** A code of the API's table, or one of the client's own: unreachable, or an answer without one. */
export type ApiErrorCode = ErrorCode | "network_error" | `http_${number}`;

type ErrorBody = {
  error?: { code?: ErrorCode; message?: string; fields?: FieldProblem[]; id?: string };
};

/** An error answered by the Keel API (or a failure to reach it, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: FieldProblem[];
  readonly id: string | undefined;
  /** The whole answer, for errors that carry more than a message (a 409 with the newer version). */
  readonly body: unknown;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    fields: FieldProblem[] = [],
    id?: string,
    body?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.id = id;
    this.body = body;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type RequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
};

/**
 * Calls the API with JSON in and out and the session cookie. Resolves with the parsed body
 * (undefined for 204) and rejects with an ApiError for any non-2xx answer.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(
      0,
      "network_error",
      "We couldn't reach Keel. Check your connection and try again.",
    );
  }

  if (response.status === 204) return undefined as T;

  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;

  const error = (body as ErrorBody | undefined)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? defaultMessage(response.status),
    error?.fields ?? [],
    error?.id,
    body,
  );
}

function defaultMessage(status: number): string {
  if (status === 401) return "Please sign in to continue.";
  if (status === 403) return "You don't have permission to do that.";
  if (status === 404) return "We couldn't find that.";
  if (status === 429) return "Too many attempts. Wait a minute and try again.";
  return "Something went wrong on our side. Please try again.";
}
