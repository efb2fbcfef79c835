import type { Ref } from "react";
import { Alert } from "../../../components/ui/alert";
import type { CompetencyLeft } from "./survey-answers";

/**
 * The behaviours still without an answer, by competency, each a button that moves focus to its
 * radio group. "Not observed" counts as an answer, so nobody has to guess to finish.
 */
export function ItemsLeft({
  left,
  onGoTo,
  ref,
}: {
  left: CompetencyLeft[];
  onGoTo: (itemId: string) => void;
  ref?: Ref<HTMLDivElement>;
}) {
  const count = left.reduce((sum, competency) => sum + competency.items.length, 0);
  return (
    <div ref={ref} tabIndex={-1} className="scroll-mt-40 outline-none">
      <Alert
        tone="warning"
        title={
          count === 1
            ? "One behaviour needs an answer before you send"
            : `${count} behaviours need an answer before you send`
        }
      >
        <p>Choose “Not observed” for any you haven't had the chance to see.</p>
        <ul className="mt-3 space-y-3">
          {left.map((competency) => (
            <li key={competency.id}>
              <p className="font-semibold">{competency.name}</p>
              <ul className="mt-1 space-y-1">
                {competency.items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      onClick={() => onGoTo(item.id)}
                      className="min-h-6 text-left underline underline-offset-2 hover:no-underline"
                    >
                      {item.number}. {item.text}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
