import { Undo2 } from "lucide-react";
import type { Goal } from "../../../../contract/goals";
import { DeleteButton } from "../../../components/delete-button";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useWithdrawMeasurement } from "../api/measurements";
import { formatNumber } from "./numbers";

/** Every measurement counted, newest first, with who recorded it; one recorded by mistake is withdrawn. */
export function MeasurementList({ goal }: { goal: Goal }) {
  const withdraw = useWithdrawMeasurement(goal);
  if (goal.measurements.length === 0) return null;
  const unit = goal.measure?.unit ?? "";
  return (
    <details className="rounded-lg border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-900">
        All measurements ({goal.measurements.length})
      </summary>
      <ul className="mt-2 divide-y divide-slate-100">
        {[...goal.measurements].reverse().map((m) => (
          <li key={m.id} className="flex items-center justify-between gap-3 py-2 text-sm">
            <span className="min-w-0">
              <span className="font-semibold tabular-nums text-slate-900">
                {formatNumber(m.value)} {unit}
              </span>{" "}
              <span className="text-slate-600">
                on {formatDate(m.measuredOn)} · {m.recordedBy.name}
                {m.source === "check_in" ? " · from a check-in" : ""}
              </span>
              {m.note ? <span className="block text-slate-700">{m.note}</span> : null}
            </span>
            <DeleteButton
              variant="ghost"
              size="sm"
              question={`Withdraw the measurement of ${formatNumber(m.value)} on ${formatDate(m.measuredOn)}?`}
              description={
                <>
                  <p>It stops counting toward the status. It is kept in the record as withdrawn.</p>
                  {withdraw.error ? (
                    <p className="mt-2 text-red-700">{formMessageOf(withdraw.error)}</p>
                  ) : null}
                </>
              }
              confirmLabel="Withdraw measurement"
              pending={withdraw.isPending}
              onOpen={() => withdraw.reset()}
              onConfirm={(close) => withdraw.mutate(m.id, { onSuccess: close })}
            >
              <Undo2 aria-hidden="true" />
              Withdraw
              <span className="sr-only"> the measurement of {formatDate(m.measuredOn)}</span>
            </DeleteButton>
          </li>
        ))}
      </ul>
    </details>
  );
}
