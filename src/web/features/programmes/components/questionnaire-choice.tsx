import { PROGRAMME_LIMITS } from "../../../../domain/programmes/template";
import type { FieldErrors } from "../../../lib/form-errors";
import type { Choice } from "./template-choices";

type QuestionnaireChoiceProps = {
  instruments: Choice[] | undefined;
  chosen: string[];
  errors: FieldErrors;
  onChange: (ids: string[]) => void;
};

/** The questionnaires every participant takes: ticked from the practice's list. */
export function QuestionnaireChoice({
  instruments,
  chosen,
  errors,
  onChange,
}: QuestionnaireChoiceProps) {
  const problems = Object.entries(errors).filter(
    ([path]) => path === "instrumentIds" || path.startsWith("instrumentIds."),
  );
  const errorId = "programme-questionnaires-error";
  return (
    <fieldset className="space-y-2" aria-describedby={problems.length > 0 ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">Questionnaires</legend>
      <p className="text-sm text-slate-600">
        Each participant is given these to answer. Up to {PROGRAMME_LIMITS.instruments}.
      </p>
      {instruments === undefined ? (
        <p className="text-sm text-slate-600">Loading the questionnaires…</p>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {instruments.map((instrument) => (
            <label
              key={instrument.id}
              className="flex cursor-pointer items-start gap-2 text-sm text-slate-800"
            >
              <input
                type="checkbox"
                name="instrumentIds"
                value={instrument.id}
                checked={chosen.includes(instrument.id)}
                aria-invalid={problems.length > 0 ? true : undefined}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...chosen, instrument.id]
                      : chosen.filter((id) => id !== instrument.id),
                  )
                }
                className="mt-0.5 size-4 accent-brand-700"
              />
              <span>{instrument.label}</span>
            </label>
          ))}
        </div>
      )}
      {problems.length > 0 ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {problems.map(([, message]) => message).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
