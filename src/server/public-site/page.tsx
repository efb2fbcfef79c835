import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * The public pages (articles, feeds' pages, course sign-up, the links in list mail) are HTML
 * written on the server: they must carry their metadata to link previews and crawlers, work
 * without the app's script, and answer fast. React writes them, so every text is escaped.
 */
export interface PublicPage {
  /** Null on a page reached by a link that names no practice (a forged or unknown one). */
  practice: { name: string; slug: string } | null;
  title: string;
  description?: string;
  /** The page's address, for the canonical link and link previews. */
  url: string;
  type?: "website" | "article";
  publishedAt?: Date;
  /** The practice's feeds, offered to feed readers. */
  feeds?: { atom: string; rss: string };
  /** Pages reached only through a private link are kept out of search engines. */
  private?: boolean;
  body: ReactNode;
}

export function renderPublicPage(page: PublicPage): string {
  const site = page.practice?.name ?? "Keel";
  const home = page.practice ? <a href={`/p/${page.practice.slug}`}>{site}</a> : site;
  return `<!doctype html>${renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{page.title === site ? site : `${page.title} · ${site}`}</title>
        {page.description ? <meta name="description" content={page.description} /> : null}
        {page.private ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="canonical" href={page.url} />
        <meta property="og:site_name" content={site} />
        <meta property="og:title" content={page.title} />
        <meta property="og:type" content={page.type ?? "website"} />
        <meta property="og:url" content={page.url} />
        {page.description ? <meta property="og:description" content={page.description} /> : null}
        {page.publishedAt ? (
          <meta property="article:published_time" content={page.publishedAt.toISOString()} />
        ) : null}
        <meta name="twitter:card" content="summary" />
        {page.feeds ? (
          <>
            <link rel="alternate" type="application/atom+xml" href={page.feeds.atom} />
            <link rel="alternate" type="application/rss+xml" href={page.feeds.rss} />
          </>
        ) : null}
        <link rel="stylesheet" href={PUBLIC_STYLES_PATH} />
      </head>
      <body>
        <header className="site">{home}</header>
        <main>{page.body}</main>
        <footer className="site">{home} · Made with Keel</footer>
      </body>
    </html>,
  )}`;
}

export const PUBLIC_STYLES_PATH = "/site/public.css";
