import { Send } from "lucide-react";
import type { Ref } from "react";
import type { Ratings, SurveyModel } from "../../../../contract/feedback";
import type { Rating } from "../../../../domain/feedback/competency-model";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "../../../components/ui/card";
import { BehaviourField } from "./behaviour-field";
import { CommentHint, OpenQuestionField } from "./open-question-field";
import type { numberedCompetencies } from "./survey-answers";

type NumberedCompetency = ReturnType<typeof numberedCompetencies>[number];

/** One part of the survey: a competency, what it is about, and a field per behaviour. */
export function CompetencyCard({
  competency,
  part,
  parts,
  model,
  ratings,
  onRate,
  flagged,
}: {
  competency: NumberedCompetency;
  part: number;
  parts: number;
  model: SurveyModel;
  ratings: Ratings;
  onRate: (itemId: string, value: Rating) => void;
  /** The rater was sent back to the behaviours left: those without an answer are marked. */
  flagged: boolean;
}) {
  const headingId = `competency-${competency.id}-heading`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <p className="text-xs font-medium text-slate-600">
              Part {part} of {parts}
            </p>
            <h2 id={headingId} className="text-lg font-semibold text-slate-900">
              {competency.name}
            </h2>
            <CardDescription className="text-base">{competency.description}</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {competency.items.map((item) => (
            <BehaviourField
              key={item.id}
              item={item}
              scale={model.scale}
              notObservedLabel={model.notObservedLabel}
              value={ratings[item.id]}
              onRate={onRate}
              flagged={flagged}
            />
          ))}
        </CardContent>
      </section>
    </Card>
  );
}

/** The open questions, answered in words; each is saved once typing pauses or the field is left. */
export function OpenQuestionsCard({
  questions,
  comments,
  onWrite,
  onDone,
}: {
  questions: SurveyModel["openQuestions"];
  comments: Record<string, string>;
  onWrite: (questionId: string, text: string) => void;
  onDone: (questionId: string) => void;
}) {
  if (questions.length === 0) return null;
  return (
    <Card>
      <section aria-labelledby="open-questions-heading">
        <CardHeader>
          <div>
            <h2 id="open-questions-heading" className="text-lg font-semibold text-slate-900">
              In your own words
            </h2>
            <CommentHint className="mt-1" />
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          {questions.map((question) => (
            <OpenQuestionField
              key={question.id}
              question={question}
              value={comments[question.id] ?? ""}
              onWrite={onWrite}
              onDone={() => onDone(question.id)}
            />
          ))}
        </CardContent>
      </section>
    </Card>
  );
}

/** The end of the survey: how many behaviours are left, and the button that sends it. */
export function SendCard({
  answered,
  total,
  sendRef,
  onSend,
}: {
  answered: number;
  total: number;
  sendRef: Ref<HTMLButtonElement>;
  onSend: () => void;
}) {
  return (
    <Card>
      <CardContent className="flex flex-col gap-4 pt-5 sm:flex-row sm:items-center sm:justify-between sm:pt-6">
        <p className="text-sm text-slate-700">
          {answered === total
            ? "You've answered every behaviour."
            : `${total - answered} of ${total} behaviours still need an answer.`}{" "}
          Once sent, your answers are final.
        </p>
        <Button ref={sendRef} size="lg" onClick={onSend} className="w-full sm:w-auto">
          <Send aria-hidden="true" />
          Send feedback
        </Button>
      </CardContent>
    </Card>
  );
}
