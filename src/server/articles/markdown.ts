import MarkdownIt from "markdown-it";
import { BoundedCache } from "../runtime/bounded-cache";

// An article is Markdown Keel renders, never HTML its author wrote: raw HTML shows as text, a link
// goes to a web page, a mail address or a page of this Keel (a path from its root), and images
// are off, so a page never loads anything from elsewhere. Links out open in a new tab that cannot
// reach back; links within Keel open in place.

const SAFE_LINK = /^(https?:|mailto:|\/(?!\/))/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable("image");
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token && !String(token.attrGet("href") ?? "").startsWith("/")) {
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer nofollow");
  }
  return self.renderToken(tokens, index, options);
};

// Pages and feeds render the same few articles again and again: the HTML is kept by the Markdown
// itself, so it can never be stale.
const rendered = new BoundedCache<string, string>(100);

/** An article's Markdown as HTML that is safe to put on a page or into a feed. */
export function renderArticle(body: string): string {
  if (body.trim() === "") return "";
  let html = rendered.get(body);
  if (html === undefined) {
    html = markdown.render(body);
    rendered.set(body, html);
  }
  return html;
}

/** The same HTML for a feed or a mail, read away from Keel: its own paths made whole addresses. */
export function renderArticleAbsolute(body: string, publicUrl: string): string {
  return renderArticle(body).replace(/href="\/(?!\/)/g, `href="${publicUrl}/`);
}
