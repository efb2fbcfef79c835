import { RatingsChart } from "../../../../charts/ratings-chart";
import type { EngagementPatterns, PhraseSource } from "../../../../contract/session-patterns";
import { ChartFrame } from "../../../components/chart-frame";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { TextLink } from "../../../components/ui/text-link";
import { shortDate } from "./timeline-list";

const SOURCE_NAMES: Record<PhraseSource, string> = {
  reflection: "reflection",
  shared: "shared notes",
  feedback: "feedback",
  private: "your private notes",
};

interface Seen {
  sessionId: string;
  startsAt: string;
  sources?: PhraseSource[];
}

/**
 * Links to the latest sessions a pattern was seen in, each with the writings it came from; the
 * earlier ones are on the timeline.
 */
function SeenIn({ seen, total }: { seen: Seen[]; total: number }) {
  const earlier = total - seen.length;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {earlier > 0 ? (
        <li>
          {earlier} earlier {earlier === 1 ? "session" : "sessions"} (on the timeline), then
        </li>
      ) : null}
      {seen.map((s) => (
        <li key={s.sessionId}>
          <TextLink to={`/sessions/${s.sessionId}`}>{shortDate(s.startsAt)}</TextLink>
          {s.sources && s.sources.length > 0
            ? ` (${s.sources.map((source) => SOURCE_NAMES[source]).join(", ")})`
            : ""}
        </li>
      ))}
    </ul>
  );
}

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

const TREND_WORDS = {
  rising: "Rising: the later sessions are rated a point or more above the earlier ones.",
  falling: "Falling: the later sessions are rated a point or more below the earlier ones.",
  steady: "Steady: the later sessions are rated within a point of the earlier ones.",
};

export function PatternsView({ patterns }: { patterns: EngagementPatterns }) {
  const { ratings, keyPhrases, themes, obstacles } = patterns;
  return (
    <div className="space-y-6">
      <Section
        title="Session ratings"
        description="How valuable the client found each session, 1 to 10, oldest first."
      >
        {ratings.points.length === 0 ? (
          <p className="text-sm text-slate-600">No session has been rated yet.</p>
        ) : (
          <div className="space-y-2">
            <ChartFrame minHeight={180}>
              {(width) => (
                <RatingsChart
                  width={width}
                  ratings={ratings.points.map((p) => ({ on: p.startsAt, rating: p.rating }))}
                  dayLabel={shortDate}
                />
              )}
            </ChartFrame>
            <p className="text-sm text-slate-700">
              Average {ratings.average} of 10.{" "}
              {ratings.direction
                ? TREND_WORDS[ratings.direction]
                : "With four ratings or more, Keel says whether they are rising or falling."}
            </p>
          </div>
        )}
      </Section>
      <Section
        title="Key phrases that keep returning"
        description="Words and pairs of words written in two sessions or more: reflections, shared notes, feedback, and your own private notes (never anyone else's)."
      >
        {keyPhrases.length === 0 ? (
          <p className="text-sm text-slate-600">No phrase has come up in two sessions yet.</p>
        ) : (
          <ul className="space-y-3">
            {keyPhrases.map((k) => (
              <li key={k.phrase}>
                <span className="font-medium text-slate-900">{k.phrase}</span>{" "}
                <span className="text-sm text-slate-600">
                  in {k.sessions} sessions, {k.occurrences} times
                </span>
                <SeenIn seen={k.seenIn} total={k.sessions} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Recurring themes" description="Themes tagged on two sessions or more.">
        {themes.length === 0 ? (
          <p className="text-sm text-slate-600">No theme has come up in two sessions yet.</p>
        ) : (
          <ul className="space-y-3">
            {themes.map((theme) => (
              <li key={theme.themeId}>
                <span className="font-medium text-slate-900">{theme.label}</span>{" "}
                <span className="text-sm text-slate-600">in {theme.sessions} sessions</span>
                <SeenIn seen={theme.seenIn} total={theme.sessions} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section
        title="Obstacles that come back"
        description="An obstacle still in its plan after the plan changed, or named in the writing of two sessions or more."
      >
        {obstacles.length === 0 ? (
          <p className="text-sm text-slate-600">No obstacle has come back yet.</p>
        ) : (
          <ul className="space-y-3">
            {obstacles.map((o) => (
              <li key={`${o.goalId}:${o.obstacle}`}>
                <span className="font-medium text-slate-900">{o.obstacle}</span>{" "}
                <span className="text-sm text-slate-600">
                  ({o.goal}; in {o.versions} {o.versions === 1 ? "version" : "versions"} of the
                  plan)
                </span>
                {o.sessions > 0 ? <SeenIn seen={o.seenIn} total={o.sessions} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
