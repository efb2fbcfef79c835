import type { ModelContent } from "../../../../contract/competency-models";
import { FREQUENCY_SCALE, NOT_OBSERVED_LABEL } from "../../../../domain/feedback/competency-model";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";

const SCALE_TEXT = [...FREQUENCY_SCALE.map((option) => option.label), NOT_OBSERVED_LABEL].join(
  " · ",
);

/** A model as raters meet it: the instructions, each competency's behaviours, the open questions. */
export function ModelReadView({ model }: { model: ModelContent }) {
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>What raters read first</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm text-slate-800">
          {model.instructions ? (
            <p className="max-w-prose leading-relaxed whitespace-pre-line">{model.instructions}</p>
          ) : (
            <p className="text-slate-600">No instructions.</p>
          )}
          <p className="text-slate-600">
            Each behaviour is rated: <span className="text-slate-800">{SCALE_TEXT}</span>
          </p>
        </CardContent>
      </Card>

      <section aria-labelledby="competencies-heading" className="space-y-4">
        <h2 id="competencies-heading" className="text-lg font-semibold text-slate-900">
          Competencies and behaviours
        </h2>
        <ol className="space-y-4">
          {model.competencies.map((competency, index) => (
            <li key={competency.id}>
              <Card>
                <section aria-labelledby={`competency-${competency.id}`}>
                  <CardHeader>
                    <div>
                      <CardTitle as="h3" id={`competency-${competency.id}`}>
                        <span className="text-slate-500 tabular-nums">{index + 1}. </span>
                        {competency.name}
                      </CardTitle>
                      {competency.description ? (
                        <p className="mt-1 text-sm text-slate-600">{competency.description}</p>
                      ) : null}
                    </div>
                  </CardHeader>
                  <CardContent>
                    <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800 marker:text-slate-400">
                      {competency.items.map((item) => (
                        <li key={item.id}>{item.text}</li>
                      ))}
                    </ul>
                  </CardContent>
                </section>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <Card>
        <section aria-labelledby="open-questions-heading">
          <CardHeader>
            <CardTitle id="open-questions-heading">Open questions</CardTitle>
          </CardHeader>
          <CardContent>
            {model.openQuestions.length === 0 ? (
              <p className="text-sm text-slate-600">None: raters only rate behaviours.</p>
            ) : (
              <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800 marker:text-slate-400">
                {model.openQuestions.map((question) => (
                  <li key={question.id}>{question.text}</li>
                ))}
              </ul>
            )}
          </CardContent>
        </section>
      </Card>
    </div>
  );
}
