import type { ReactNode } from "react";
import { renderPublicPage } from "./page";

// The pages that the links in list mail open (confirm, done, unsubscribe) and the answers after
// their buttons: kept out of search engines, each a short text and at most one button, which
// posts to the page's own address (a GET never changes anything: mail scanners follow links).

interface LinkPage {
  publicUrl: string;
  path: string;
  practice: { name: string; slug: string } | null;
  title: string;
  paragraphs: ReactNode[];
  tone?: "notice" | "error";
}

export function renderMessagePage(page: LinkPage): string {
  return renderPublicPage({
    practice: page.practice,
    title: page.title,
    url: `${page.publicUrl}${page.path}`,
    private: true,
    body: (
      <>
        <h1>{page.title}</h1>
        <div className={page.tone ?? "notice"}>
          {page.paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs in a fixed order
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </>
    ),
  });
}

/** A page whose one button posts to its own address. */
export function renderButtonPage(page: LinkPage & { button: string }): string {
  return renderPublicPage({
    practice: page.practice,
    title: page.title,
    url: `${page.publicUrl}${page.path}`,
    private: true,
    body: (
      <>
        <h1>{page.title}</h1>
        {page.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs in a fixed order
          <p key={index}>{paragraph}</p>
        ))}
        <form method="post" action={page.path}>
          <button type="submit">{page.button}</button>
        </form>
      </>
    ),
  });
}
