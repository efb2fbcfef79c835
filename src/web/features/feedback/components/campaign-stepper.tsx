import { Check } from "lucide-react";
import { cn } from "../../../lib/cn";
import type { Step } from "./campaign-steps";

/**
 * The six steps of a campaign as an ordered list: each says what happens and who acts; the
 * current one carries aria-current="step".
 */
export function CampaignStepper({ steps }: { steps: Step[] }) {
  return (
    <ol aria-label="Steps of the campaign" className="space-y-0">
      {steps.map((step, index) => (
        <li
          key={step.status}
          aria-current={step.state === "current" ? "step" : undefined}
          className="relative flex gap-3 pb-4 last:pb-0"
        >
          {index < steps.length - 1 ? (
            <span
              aria-hidden="true"
              className={cn(
                "absolute top-8 bottom-0 left-[15px] w-0.5",
                step.state === "done" ? "bg-brand-600" : "bg-slate-200",
              )}
            />
          ) : null}
          <Marker step={step} number={index + 1} />
          <div className="min-w-0 pt-1">
            <p
              className={cn(
                "text-sm leading-tight",
                step.state === "current" ? "font-semibold text-slate-900" : "text-slate-700",
              )}
            >
              {step.label}
              <span className="font-normal text-slate-600"> · {step.actor}</span>
              <span className="sr-only">
                {step.state === "done"
                  ? " (done)"
                  : step.state === "current"
                    ? " (current step)"
                    : ""}
              </span>
            </p>
            {/* On a phone only the current step says what happens, to keep the list short. */}
            <p
              className={cn(
                "mt-1 text-sm",
                step.state === "current" ? "text-slate-800" : "hidden text-slate-600 sm:block",
              )}
            >
              {step.description}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Marker({ step, number }: { step: Step; number: number }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
        step.state === "done" && "bg-brand-700 text-white",
        step.state === "current" &&
          "border-2 border-brand-700 bg-white text-brand-800 ring-4 ring-brand-100",
        step.state === "upcoming" && "border border-slate-300 bg-white text-slate-600",
      )}
    >
      {step.state === "done" ? <Check className="size-4" strokeWidth={3} /> : number}
    </span>
  );
}
