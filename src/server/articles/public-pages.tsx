import { seriesPart } from "../../domain/articles/articles";
import { renderPublicPage } from "../public-site/page";
import type { PublicPractice } from "../public-site/public-practice";
import { TIME_ZONE_SCRIPT_PATH } from "../public-site/subscribe-form";
import { renderArticle } from "./markdown";
import type { PublicArticle } from "./public-queries";
import { articleListUrl, articleUrl, feedUrls, seriesUrl, subscribeUrl } from "./urls";

// The public pages of a practice's articles, written on the server (React escapes every text):
// the list, an article with its replies and forms, a series, and the answers to a reply.

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const formatDate = (date: Date) => longDate.format(date);
const formatDay = (isoDay: string) => formatDate(new Date(`${isoDay}T12:00:00Z`));

interface Site {
  publicUrl: string;
  practice: PublicPractice;
}

const pageBase = (site: Site) => ({
  practice: { name: site.practice.name, slug: site.practice.slug },
  feeds: feedUrls(site.publicUrl, site.practice.slug),
});

export function articleListPage(site: Site, articles: PublicArticle[]): string {
  return renderPublicPage({
    ...pageBase(site),
    title: "Articles",
    description: `Articles from ${site.practice.name}`,
    url: articleListUrl(site.publicUrl, site.practice.slug),
    body: (
      <>
        <h1>Articles</h1>
        {articles.length === 0 ? <p>Nothing is published yet.</p> : null}
        <ul className="plain">
          {articles.map((a) => (
            <li key={a.id}>
              <h2>
                <a href={`/p/${site.practice.slug}/articles/${a.slug}`}>{a.title}</a>
              </h2>
              <p className="meta">
                {formatDate(a.publishedAt)}
                {a.seriesTitle ? ` · ${a.seriesTitle}` : ""}
              </p>
              {a.summary ? <p>{a.summary}</p> : null}
            </li>
          ))}
        </ul>
        <SubscribeForm practiceSlug={site.practice.slug} />
      </>
    ),
  });
}

export interface SeriesContext {
  title: string;
  slug: string;
  /** Published and scheduled articles of the series, in order. */
  articles: { id: string; slug: string; title: string; status: string }[];
}

export interface ReplyFormState {
  values: { name: string; email: string; text: string };
  problems: Partial<Record<"name" | "email" | "text", string>>;
}

export function articlePage(
  site: Site,
  article: PublicArticle,
  series: SeriesContext | null,
  replies: { id: string; name: string; body: string; pinned: boolean; createdAt: Date }[],
  form?: ReplyFormState,
): string {
  const slug = site.practice.slug;
  return renderPublicPage({
    ...pageBase(site),
    title: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    url: articleUrl(site.publicUrl, slug, article.slug),
    type: "article",
    publishedAt: article.publishedAt,
    body: (
      <article>
        <h1>{article.title}</h1>
        <p className="meta">
          {formatDate(article.publishedAt)}
          {article.authorName ? ` · ${article.authorName}` : ""}
        </p>
        {series ? <SeriesNav practiceSlug={slug} series={series} current={article.id} /> : null}
        <div
          className="article-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with raw HTML off and safe links
          dangerouslySetInnerHTML={{ __html: renderArticle(article.body) }}
        />
        {article.nextTitle ? (
          <aside className="notice">
            <strong>Coming next: </strong>
            {article.nextTitle}
            {article.nextPlannedOn ? `, planned for ${formatDay(article.nextPlannedOn)}` : ""}.
          </aside>
        ) : null}
        <SubscribeForm practiceSlug={slug} />
        <Replies replies={replies} />
        <ReplyForm practiceSlug={slug} articleSlug={article.slug} form={form} />
      </article>
    ),
  });
}

function SeriesNav(props: { practiceSlug: string; series: SeriesContext; current: string }) {
  const { series } = props;
  const index = series.articles.findIndex((a) => a.id === props.current);
  return (
    <nav className="card" aria-label="Series">
      <p>
        <strong>{seriesPart(index + 1, series.articles.length)}</strong> of the series{" "}
        <a href={`/p/${props.practiceSlug}/series/${series.slug}`}>{series.title}</a>
      </p>
      <ol>
        {series.articles.map((a) => (
          <li key={a.id}>
            {a.id === props.current ? (
              <span aria-current="page">{a.title}</span>
            ) : a.status === "published" ? (
              <a href={`/p/${props.practiceSlug}/articles/${a.slug}`}>{a.title}</a>
            ) : (
              <span className="meta">{a.title} (coming soon)</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SubscribeForm({ practiceSlug }: { practiceSlug: string }) {
  return (
    <section className="card" id="subscribe">
      <h2>Be told of new articles</h2>
      <form className="stack" method="post" action={subscribeUrl(practiceSlug)}>
        <label>
          Your name
          <input type="text" name="name" required maxLength={100} autoComplete="name" />
        </label>
        <label>
          Your email
          <input type="email" name="email" required maxLength={254} autoComplete="email" />
        </label>
        {/* The browser's zone, when its script runs: a course taken later arrives at 08:00 in it. */}
        <input type="hidden" name="timeZone" defaultValue="UTC" data-detect-zone="" />
        <p className="meta">
          We mail you a link to confirm your address first. Every mail has a link to unsubscribe.
        </p>
        <div>
          <button type="submit">Subscribe</button>
        </div>
        <script src={TIME_ZONE_SCRIPT_PATH} defer />
      </form>
    </section>
  );
}

function Replies(props: {
  replies: { id: string; name: string; body: string; pinned: boolean; createdAt: Date }[];
}) {
  return (
    <section id="replies">
      <h2>Replies</h2>
      {props.replies.length === 0 ? <p className="meta">No replies yet.</p> : null}
      {props.replies.map((reply) => (
        <div className="card reply" key={reply.id}>
          <p className="meta">
            <strong>{reply.name}</strong> · {formatDate(reply.createdAt)}
            {reply.pinned ? " · Pinned" : ""}
          </p>
          <p className="reply-text">{reply.body}</p>
        </div>
      ))}
    </section>
  );
}

function ReplyForm(props: {
  practiceSlug: string;
  articleSlug: string;
  form: ReplyFormState | undefined;
}) {
  const values = props.form?.values ?? { name: "", email: "", text: "" };
  const problems = props.form?.problems ?? {};
  const problem = (field: keyof typeof problems) =>
    problems[field] ? (
      <span className="problem" id={`reply-${field}-error`}>
        {problems[field]}
      </span>
    ) : null;
  const described = (field: keyof typeof problems) =>
    problems[field] ? { "aria-describedby": `reply-${field}-error`, "aria-invalid": true } : {};
  return (
    <section className="card" id="reply">
      <h2>Leave a reply</h2>
      {Object.keys(problems).length > 0 ? (
        <p className="error" role="alert">
          Your reply was not sent: please fix what is marked below.
        </p>
      ) : null}
      <form
        className="stack"
        method="post"
        action={`/p/${props.practiceSlug}/articles/${props.articleSlug}/replies#reply`}
      >
        <label>
          Your name
          <input
            type="text"
            name="name"
            defaultValue={values.name}
            maxLength={100}
            required
            {...described("name")}
          />
          {problem("name")}
        </label>
        <label>
          Your email <span className="hint">Not shown with your reply.</span>
          <input
            type="email"
            name="email"
            defaultValue={values.email}
            maxLength={254}
            required
            {...described("email")}
          />
          {problem("email")}
        </label>
        <label>
          Your reply{" "}
          <span className="hint">Plain text; replies are read before they are shown.</span>
          <textarea
            name="text"
            defaultValue={values.text}
            maxLength={5000}
            required
            {...described("text")}
          />
          {problem("text")}
        </label>
        <div className="honey" aria-hidden="true">
          <label>
            Leave this empty
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <div>
          <button type="submit">Send reply</button>
        </div>
      </form>
    </section>
  );
}

export function seriesPage(
  site: Site,
  series: { title: string; slug: string; description: string },
  articles: PublicArticle[],
): string {
  return renderPublicPage({
    ...pageBase(site),
    title: series.title,
    ...(series.description ? { description: series.description } : {}),
    url: seriesUrl(site.publicUrl, site.practice.slug, series.slug),
    body: (
      <>
        <p className="meta">A series of articles</p>
        <h1>{series.title}</h1>
        {series.description ? <p>{series.description}</p> : null}
        <ol>
          {articles.map((a) => (
            <li key={a.id}>
              <a href={`/p/${site.practice.slug}/articles/${a.slug}`}>{a.title}</a>{" "}
              <span className="meta">· {formatDate(a.publishedAt)}</span>
            </li>
          ))}
        </ol>
        <SubscribeForm practiceSlug={site.practice.slug} />
      </>
    ),
  });
}

/** After a reply is sent (or quietly set aside): the same words whatever happened to it. */
export function replyThanksPage(site: Site, article: { title: string; slug: string }): string {
  return renderPublicPage({
    ...pageBase(site),
    title: "Thank you for your reply",
    url: `${articleUrl(site.publicUrl, site.practice.slug, article.slug)}/replies`,
    private: true,
    body: (
      <>
        <h1>Thank you for your reply</h1>
        <p className="notice">
          Your reply to “{article.title}” was received. Replies are read before they are shown, so
          it appears under the article once it is approved.
        </p>
        <p>
          <a href={`/p/${site.practice.slug}/articles/${article.slug}`}>Back to the article</a>
        </p>
      </>
    ),
  });
}

export function tooManyRepliesPage(site: Site, article: { slug: string }, wait: string): string {
  return renderPublicPage({
    ...pageBase(site),
    title: "Too many replies",
    url: `${articleUrl(site.publicUrl, site.practice.slug, article.slug)}/replies`,
    private: true,
    body: (
      <>
        <h1>Too many replies for now</h1>
        <p className="error">
          Many replies came from you in a short time, so this one was not sent. Please try again in{" "}
          {wait}.
        </p>
        <p>
          <a href={`/p/${site.practice.slug}/articles/${article.slug}`}>Back to the article</a>
        </p>
      </>
    ),
  });
}

export function notFoundPage(
  publicUrl: string,
  practice: { name: string; slug: string } | null,
  url: string,
): string {
  const shown = practice ?? { name: "Keel", slug: "" };
  return renderPublicPage({
    practice: shown,
    title: "Not found",
    url: `${publicUrl}${url}`,
    private: true,
    body: (
      <>
        <h1>This page was not found</h1>
        <p>It may have moved, or it is not published.</p>
        {practice ? (
          <p>
            <a href={`/p/${practice.slug}/articles`}>See the articles of {practice.name}</a>
          </p>
        ) : null}
      </>
    ),
  });
}
