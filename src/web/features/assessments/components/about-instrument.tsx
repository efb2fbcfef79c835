import { Info } from "lucide-react";
import type { AssessmentResults } from "../../../../contract/assessments";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";

/** The questionnaire's notices, where it comes from, how to cite it and its licence. */
export function AboutInstrument({
  name,
  instrument,
}: {
  /** The questionnaire's one name (instrumentName); its full title stays in the citations. */
  name: string;
  instrument: AssessmentResults["instrument"];
}) {
  return (
    <Card>
      <section aria-labelledby="about-heading">
        <CardHeader>
          <CardTitle id="about-heading">About this questionnaire</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6 text-sm leading-relaxed text-slate-700">
          {instrument.notices.length > 0 ? (
            <ul className="space-y-3">
              {instrument.notices.map((notice) => (
                <li key={notice} className="flex gap-2.5">
                  <Info className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden="true" />
                  <span>{notice}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="grid gap-6 md:grid-cols-2">
            <div className="space-y-2">
              <h3 className="font-semibold text-slate-900">Source</h3>
              <p>
                {name}, from the International Personality Item Pool:{" "}
                <a
                  href={instrument.source}
                  className="font-medium break-all text-brand-700 underline underline-offset-2 hover:no-underline"
                >
                  {instrument.source.replace(/^https?:\/\//, "")}
                </a>
              </p>
              <h3 className="pt-2 font-semibold text-slate-900">Licence</h3>
              <p>{instrument.license}.</p>
              <blockquote className="border-l-2 border-slate-200 pl-3 text-slate-600">
                {instrument.licenseStatement}
              </blockquote>
            </div>
            <div className="space-y-2">
              <h3 className="font-semibold text-slate-900">Citations</h3>
              <ul className="space-y-2">
                {instrument.citations.map((citation) => (
                  <li key={citation}>{citation}</li>
                ))}
              </ul>
            </div>
          </div>
        </CardContent>
      </section>
    </Card>
  );
}
