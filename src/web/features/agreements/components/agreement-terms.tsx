import type { AgreementView } from "../../../../contract/agreements";
import { SPONSOR_ITEM_WORDS } from "./sponsor-item-words";

type Terms = NonNullable<AgreementView["terms"]>;

/** The terms as everyone reads them: purpose, goals, and what the sponsor sees in plain words. */
export function AgreementTerms({ terms, hasSponsor }: { terms: Terms; hasSponsor: boolean }) {
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="font-semibold text-slate-900">Purpose</dt>
        <dd className="mt-1 whitespace-pre-line break-words text-slate-800">{terms.purpose}</dd>
      </div>
      <div>
        <dt className="font-semibold text-slate-900">Goals</dt>
        <dd>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-800">
            {terms.goals.map((goal) => (
              <li key={goal} className="break-words">
                {goal}
              </li>
            ))}
          </ol>
        </dd>
      </div>
      {hasSponsor ? (
        <div>
          <dt className="font-semibold text-slate-900">What the sponsor sees</dt>
          <dd>
            <ul className="mt-1 space-y-1 text-slate-800">
              {terms.sponsorSees.map((item) => (
                <li key={item}>
                  <span className="font-medium">{SPONSOR_ITEM_WORDS[item].label}</span>:{" "}
                  {SPONSOR_ITEM_WORDS[item].means}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
