import MarkdownIt from "markdown-it";

// Notes are Markdown that Keel renders, never HTML a person wrote: raw HTML shows as text, a link
// goes only to a web page or a mail address and opens in a new tab that cannot reach back to
// Keel, and images are off, so a note never loads anything from elsewhere when it is read.

const SAFE_LINK = /^(https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable("image");
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  token?.attrSet("target", "_blank");
  token?.attrSet("rel", "noopener noreferrer nofollow");
  return self.renderToken(tokens, index, options);
};

/** A note's Markdown as HTML that is safe to put on a page. */
export function renderNote(body: string): string {
  return body.trim() === "" ? "" : markdown.render(body);
}
