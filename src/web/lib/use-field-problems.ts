import { useRef, useState } from "react";
import type { FieldProblem } from "../../domain/field-problem";
import { isApiError } from "./api-client";
import { type FieldErrors, focusFirstInvalid, formMessageOf } from "./form-errors";

/**
 * The problems of an editor checked by the domain's rules before it is sent (and by the server
 * after): each shown at its field by path ("questions.2.prompt"), a summary in the form's alert,
 * and focus on the first field to fix. `what` names the thing saved: "exercise", "model".
 */
export function useFieldProblems(what: string) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  /** A field changed: its problem (and those under it) is no longer shown until the next check. */
  function clearErrors(...prefixes: string[]) {
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !prefixes.some((p) => path === p || path.startsWith(`${p}.`)),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }

  function showProblems(fields: FieldProblem[]) {
    setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
    const known = fields.filter((f) => f.path !== "");
    const unplaced = fields.filter((f) => f.path === "").map((f) => f.message);
    setProblem(
      [
        known.length === 1
          ? `One thing needs fixing before the ${what} can be saved.`
          : known.length > 1
            ? `${known.length} things need fixing before the ${what} can be saved.`
            : "",
        ...unplaced,
      ]
        .filter(Boolean)
        .join(" "),
    );
    focusFirstInvalid(formRef.current);
  }

  /** The server refused: its problems at their fields, or its message in the alert. */
  function showRefusal(error: unknown) {
    if (isApiError(error, 400) && error.fields.length > 0) showProblems(error.fields);
    else setProblem(formMessageOf(error));
  }

  function clearAll() {
    setErrors({});
    setProblem(null);
  }

  return { errors, setErrors, problem, formRef, clearErrors, showProblems, showRefusal, clearAll };
}

export type FieldProblems = ReturnType<typeof useFieldProblems>;
