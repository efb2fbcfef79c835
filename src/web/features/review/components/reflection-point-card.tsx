import { EyeOff } from "lucide-react";
import type { ReflectionPointView } from "../../../../contract/review";
import { Badge } from "../../../components/ui/badge";
import { cn } from "../../../lib/cn";
import { formatDate } from "../../../lib/format-date";
import {
  ReflectionAnswersList,
  ReflectionSideBySide,
  type ReviewedGoal,
} from "./reflection-answers";
import { ReflectionForm } from "./reflection-form";
import { capitalised } from "./words";

export const BLIND_EXCHANGE =
  "You each write your own answers. Your draft is yours alone, saved as you write; once you have both shared, you see each other's side by side. Neither of you sees the other's before sharing, so neither answer is written to the other.";

/**
 * One reflection point: the blind exchange explained, the viewer's own answers (a form until
 * shared), where the other side is, and both sides side by side once both have shared.
 */
export function ReflectionPointCard({
  engagementId,
  point,
  goals,
  otherName,
  writable,
  headingLevel = "h3",
  title = point.title,
  className,
}: {
  engagementId: string;
  point: ReflectionPointView;
  goals: ReviewedGoal[];
  /** The other side as the viewer calls them: "your coach", "Amira". */
  otherName: string;
  writable: boolean;
  headingLevel?: "h2" | "h3";
  /** The heading, when the page names the point already ("Final review"). */
  title?: string;
  className?: string;
}) {
  const Heading = headingLevel;
  const shared = Boolean(point.mine?.sharedAt);
  return (
    <section
      aria-labelledby={`reflection-${point.key}`}
      className={cn("space-y-4 rounded-lg border border-slate-200 p-4", className)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Heading
            id={`reflection-${point.key}`}
            className="text-base font-semibold text-slate-900"
          >
            {title}
          </Heading>
          {point.dueOn ? (
            <p className="text-sm text-slate-600">Due from {formatDate(point.dueOn)}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Badge tone={shared ? "success" : "warning"}>
            {shared ? "You shared" : point.mine ? "Your draft" : "Not started"}
          </Badge>
          <Badge tone={point.otherShared ? "success" : "neutral"}>
            {point.otherShared ? `${capitalised(otherName)} shared` : `Waiting for ${otherName}`}
          </Badge>
        </div>
      </div>
      {point.other ? (
        <ReflectionSideBySide
          point={point}
          goals={goals}
          mineLabel="You"
          otherLabel={capitalised(otherName)}
        />
      ) : (
        <>
          <p className="flex gap-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
            <EyeOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>{BLIND_EXCHANGE}</span>
          </p>
          {shared && point.mine ? (
            <>
              <p className="text-sm text-slate-700">
                You shared on {formatDate(point.mine.sharedAt ?? "")}. {capitalised(otherName)}'s
                answers show here once they have shared theirs.
              </p>
              <ReflectionAnswersList point={point} answers={point.mine.answers} goals={goals} />
            </>
          ) : writable ? (
            <ReflectionForm
              engagementId={engagementId}
              point={point}
              goals={goals}
              otherLabel={otherName}
            />
          ) : (
            <p className="text-sm text-slate-600">
              This engagement is closed; its reflections stay as they were.
            </p>
          )}
        </>
      )}
    </section>
  );
}
