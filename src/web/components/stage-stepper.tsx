import { Check } from "lucide-react";
import type { Stage } from "../../contract/engagements";
import { cn } from "../lib/cn";
import { STAGES, stageIndex, stageLabel } from "../lib/stages";

type StepState = "done" | "current" | "upcoming";

/**
 * The six stages of an engagement as an ordered list: a vertical list on phones, a horizontal
 * stepper from md up. The current stage carries aria-current="step".
 */
export function StageStepper({ stage, className }: { stage: Stage; className?: string }) {
  const current = stageIndex(stage);
  return (
    <ol
      aria-label="Engagement stages"
      className={cn("flex flex-col gap-3 md:flex-row md:gap-0", className)}
    >
      {STAGES.map((step, index) => {
        const state: StepState =
          index < current ? "done" : index === current ? "current" : "upcoming";
        return (
          <li
            key={step}
            aria-current={state === "current" ? "step" : undefined}
            className="relative flex items-center gap-3 md:flex-1 md:flex-col md:gap-2 md:text-center"
          >
            {index > 0 ? <Connector reached={state !== "upcoming"} /> : null}
            <StepMarker state={state} number={index + 1} />
            <span
              className={cn(
                "text-sm leading-tight",
                state === "current" ? "font-semibold text-slate-900" : "text-slate-600",
                state === "done" && "text-slate-700",
              )}
            >
              {stageLabel(step)}
              <span className="sr-only">
                {state === "done" ? " (completed)" : state === "current" ? " (current stage)" : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Connector({ reached }: { reached: boolean }) {
  const colour = reached ? "bg-brand-600" : "bg-slate-200";
  return (
    <>
      <span
        aria-hidden="true"
        className={cn("absolute bottom-full left-[15px] h-3 w-0.5 md:hidden", colour)}
      />
      <span
        aria-hidden="true"
        className={cn(
          "absolute top-4 right-1/2 hidden h-0.5 w-full -translate-y-1/2 md:block",
          colour,
        )}
      />
    </>
  );
}

function StepMarker({ state, number }: { state: StepState; number: number }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
        state === "done" && "bg-brand-700 text-white",
        state === "current" &&
          "border-2 border-brand-700 bg-white text-brand-800 ring-4 ring-brand-100",
        state === "upcoming" && "border border-slate-300 bg-white text-slate-600",
      )}
    >
      {state === "done" ? <Check className="size-4" strokeWidth={3} /> : number}
    </span>
  );
}
