import type { ReactNode } from "react";
import { publishedArticles } from "../articles/public-queries";
import type { AppContext } from "../context";
import { offeredCourses } from "../lists/public-courses";
import { coursePath } from "./course-page";
import { courseLength } from "./course-words";
import type { PublicPractice } from "./public-practice";

/**
 * One part of a practice's public home page, in the order of HOME_SECTIONS; a section with
 * nothing to show answers null. A feature adds its own part (the latest articles, say) here.
 */
export type HomeSection = (ctx: AppContext, practice: PublicPractice) => Promise<ReactNode>;

async function courses(ctx: AppContext, practice: PublicPractice): Promise<ReactNode> {
  const offered = await offeredCourses(ctx.db, practice.id);
  if (offered.length === 0) return null;
  return (
    <section aria-labelledby="courses-heading">
      <h2 id="courses-heading">Free email courses</h2>
      <ul className="plain">
        {offered.map((course) => (
          <li key={course.list}>
            <a href={coursePath(practice.slug, course.key)}>{course.title}</a>
            <div>{course.summary}</div>
            <div className="meta">{courseLength(course.lessons.length, course.cadence)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

const LATEST = 5;

async function articles(ctx: AppContext, practice: PublicPractice): Promise<ReactNode> {
  const latest = await publishedArticles(ctx.db, practice.id, undefined, LATEST);
  if (latest.length === 0) return null;
  const base = `/p/${practice.slug}`;
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Latest articles</h2>
      <ul className="plain">
        {latest.map((a) => (
          <li key={a.id}>
            <a href={`${base}/articles/${a.slug}`}>{a.title}</a>
            {a.summary ? <div>{a.summary}</div> : null}
            <div className="meta">
              {a.publishedAt ? longDate(a.publishedAt) : ""}
              {a.seriesTitle ? ` · ${a.seriesTitle}` : ""}
            </div>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${base}/articles`}>All articles</a> ·{" "}
        <a href={`${base}/subscribe`}>Be told of new ones by mail</a> ·{" "}
        <a href={`${base}/feed.atom`}>Feed</a>
      </p>
    </section>
  );
}

const longDate = (at: Date) =>
  at.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

export const HOME_SECTIONS: HomeSection[] = [articles, courses];
