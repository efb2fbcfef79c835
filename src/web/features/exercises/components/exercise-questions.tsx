import type { ExerciseAnswers, ExerciseView } from "../../../../contract/exercises";
import type { AnswerValue } from "../../../../domain/exercise/answers";
import { wheelsOf } from "../../../../domain/exercise/wheel";
import { Card, CardContent } from "../../../components/ui/card";
import { blocksOf } from "./exercise-blocks";
import type { Problems } from "./exercise-problems";
import { QuestionField } from "./question-field";
import { WheelChart } from "./wheel-chart";

type ExerciseQuestionsProps = {
  exercise: ExerciseView;
  answers: ExerciseAnswers;
  problems: Problems;
  onChange: (questionId: string, value: AnswerValue | null) => void;
};

/** Every question of the exercise on one card; a wheel's ratings beside the wheel so far. */
export function ExerciseQuestions({
  exercise,
  answers,
  problems,
  onChange,
}: ExerciseQuestionsProps) {
  const wheels = wheelsOf(exercise, answers);
  return (
    <Card>
      <CardContent className="space-y-10 pt-5 sm:pt-6">
        {blocksOf(exercise).map((block) =>
          block.kind === "question" ? (
            <QuestionField
              key={block.question.id}
              question={block.question}
              number={block.number}
              value={answers[block.question.id]}
              onChange={onChange}
              problem={problems[block.question.id]}
            />
          ) : (
            <section
              key={`wheel-${block.group.id}`}
              aria-labelledby={`wheel-${block.group.id}-heading`}
              className="space-y-6"
            >
              <h2
                id={`wheel-${block.group.id}-heading`}
                className="border-b border-slate-100 pb-2 text-lg font-semibold text-slate-900"
              >
                {block.group.title}
              </h2>
              <div className="grid gap-8 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <div className="space-y-8">
                  {block.questions.map(({ question, number }) => (
                    <QuestionField
                      key={question.id}
                      question={question}
                      number={number}
                      value={answers[question.id]}
                      onChange={onChange}
                      problem={problems[question.id]}
                    />
                  ))}
                </div>
                <WheelPreview wheel={wheels.find((w) => w.group.id === block.group.id)} />
              </div>
            </section>
          ),
        )}
      </CardContent>
    </Card>
  );
}

/** Beside the wheel's ratings on a wide screen (below them on a phone): the wheel so far. */
function WheelPreview({ wheel }: { wheel: ReturnType<typeof wheelsOf>[number] | undefined }) {
  if (!wheel) return null;
  const rated = wheel.spokes.filter((s) => s.score !== null).length;
  return (
    <div className="self-start rounded-lg border border-slate-200 bg-slate-50/60 p-4 xl:sticky xl:top-24">
      <p className="text-sm font-semibold text-slate-800">Your wheel so far</p>
      <p className="mb-2 text-sm text-slate-600">
        {rated === wheel.spokes.length
          ? "Every area rated."
          : `${rated} of ${wheel.spokes.length} areas rated; the shape appears once all are.`}
      </p>
      <WheelChart wheel={wheel} table={false} />
    </div>
  );
}
