import type { SubscribeFormState } from "../lists/subscribe-form";
import { DEFAULT_TIME_ZONE, TIME_ZONES } from "../lists/time-zones";

export const TIME_ZONE_SCRIPT_PATH = "/site/time-zone.js";

const EMPTY: SubscribeFormState = {
  values: { name: "", email: "", timeZone: null, articles: false },
  problems: {},
};

/**
 * The subscribe form of a course page (offerArticles) or the articles list. The time zone is a
 * plain select, chosen by the page's script from the browser's zone where it runs, and by the
 * person where it does not.
 */
export function SubscribeForm({
  action,
  state = EMPTY,
  offerArticles,
  submitLabel,
}: {
  action: string;
  state?: SubscribeFormState;
  offerArticles: boolean;
  submitLabel: string;
}) {
  const { values, problems } = state;
  const problem = (field: keyof typeof problems) =>
    problems[field] ? (
      <span className="problem" id={`${field}-problem`}>
        {problems[field]}
      </span>
    ) : null;
  const described = (field: keyof typeof problems) =>
    problems[field] ? { "aria-describedby": `${field}-problem`, "aria-invalid": true } : {};
  return (
    <form className="stack" method="post" action={action} noValidate>
      {Object.keys(problems).length > 0 ? (
        <div className="error" role="alert">
          Some fields need fixing; see below.
        </div>
      ) : null}
      <label>
        Your name
        <input
          type="text"
          name="name"
          autoComplete="name"
          maxLength={120}
          defaultValue={values.name}
          {...described("name")}
        />
        {problem("name")}
      </label>
      <label>
        Your email address
        <input
          type="email"
          name="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={values.email}
          {...described("email")}
        />
        {problem("email")}
      </label>
      <label>
        Your time zone
        <span className="hint">Lessons arrive at 08:00 in it.</span>
        <select
          name="timeZone"
          defaultValue={values.timeZone ?? DEFAULT_TIME_ZONE}
          data-detect-zone={values.timeZone ? undefined : ""}
          {...described("timeZone")}
        >
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {problem("timeZone")}
      </label>
      {offerArticles ? (
        <label className="check">
          <input type="checkbox" name="articles" value="on" defaultChecked={values.articles} />
          Also mail me when a new article is published
        </label>
      ) : null}
      <label className="honey" aria-hidden="true">
        Leave this empty
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
      <p className="meta">
        We mail you a link to confirm your address first. Every mail has a link to unsubscribe.
      </p>
      <div>
        <button type="submit">{submitLabel}</button>
      </div>
      <script src={TIME_ZONE_SCRIPT_PATH} defer />
    </form>
  );
}
