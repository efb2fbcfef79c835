import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from "fastify";
import type { FieldProblem } from "../../domain/field-problem";
import { unstorableIn } from "../../domain/storable-text";
import { invalidInput } from "./errors";

const MAX_REPORTED = 20;

/** Every string in a parsed value (keys too) that cannot be stored, with its path (a.0.b). */
export function findUnstorableText(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  collect(value, "", problems);
  return problems;
}

function collect(value: unknown, path: string, problems: FieldProblem[]): void {
  if (problems.length >= MAX_REPORTED) return;
  if (typeof value === "string") {
    const message = unstorableIn(value);
    if (message) problems.push({ path, message });
    return;
  }
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collect(value[i], join(path, String(i)), problems);
    return;
  }
  for (const key in value) {
    const keyMessage = unstorableIn(key);
    if (keyMessage) {
      const shown = join(path, readable(key));
      problems.push({ path: shown, message: `The name of this field is broken. ${keyMessage}` });
      continue;
    }
    collect((value as Record<string, unknown>)[key], join(path, key), problems);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A field's name as it can be shown back: the bad characters as U+FFFD. */
const readable = (key: string) => [...key].map((c) => (unstorableIn(c) ? "\uFFFD" : c)).join("");

const PARTS = [
  ["params", "address"],
  ["query", "query string"],
  ["body", "body"],
] as const;

/**
 * Refuses, before any route's validation or handler, a request whose route params, query string
 * or JSON body holds text that cannot be stored: one place for every route, so no handler ever
 * sees it and nothing is half-saved.
 */
export function refuseUnstorableText(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  for (const [part, name] of PARTS) {
    const problems = findUnstorableText(request[part]);
    if (problems.length === 0) continue;
    const fields = problems.map((p) => ({ path: p.path || part, message: p.message }));
    done(invalidInput(fields, `The ${name} holds text that cannot be stored.`));
    return;
  }
  done();
}
