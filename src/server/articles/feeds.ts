import { Feed } from "feed";
import { escapeHtml } from "../mail/templates";
import type { PublicPractice } from "../public-site/public-practice";
import { renderArticleAbsolute } from "./markdown";
import type { PublicArticle } from "./public-queries";
import { articleListUrl, articleUrl, feedUrls } from "./urls";

// The practice's articles as Atom (RFC 4287) and RSS 2.0: whole articles as HTML, newest first.

export const FEED_SIZE = 20;

/**
 * The feed package marks Atom's title and summary as HTML; a title is text, so for Atom it goes
 * in escaped (a title "A <b> tag" then reads as written rather than turning bold).
 */
function feedOf(
  publicUrl: string,
  practice: PublicPractice,
  articles: PublicArticle[],
  text: (value: string) => string,
): Feed {
  const links = feedUrls(publicUrl, practice.slug);
  const newest = articles[0];
  const feed = new Feed({
    id: articleListUrl(publicUrl, practice.slug),
    title: `${practice.name}: articles`,
    description: `Articles from ${practice.name}`,
    link: articleListUrl(publicUrl, practice.slug),
    language: "en",
    updated: newest ? latest(newest) : new Date(0),
    generator: "Keel",
    feedLinks: { atom: links.atom, rss: links.rss },
    author: { name: practice.name },
    copyright: `© ${practice.name}`,
  });
  for (const a of articles.slice(0, FEED_SIZE)) {
    const link = articleUrl(publicUrl, practice.slug, a.slug);
    feed.addItem({
      id: link,
      title: text(a.title),
      link,
      date: latest(a),
      published: a.publishedAt,
      ...(a.summary ? { description: text(a.summary) } : {}),
      content: renderArticleAbsolute(a.body, publicUrl),
      author: [{ name: a.authorName ?? practice.name }],
    });
  }
  return feed;
}

/** The later of its publication and its last change: an edit after publishing updates the entry. */
const latest = (a: PublicArticle) =>
  a.updatedAt.getTime() > a.publishedAt.getTime() ? a.updatedAt : a.publishedAt;

export const atomFeed = (publicUrl: string, practice: PublicPractice, articles: PublicArticle[]) =>
  feedOf(publicUrl, practice, articles, escapeHtml).atom1();

export const rssFeed = (publicUrl: string, practice: PublicPractice, articles: PublicArticle[]) =>
  feedOf(publicUrl, practice, articles, (value) => value).rss2();
