import { describe, expect, it } from "vitest";
import { renderNote } from "./markdown";

describe("a note's Markdown as HTML", () => {
  it("shows raw HTML as text", () => {
    const html = renderNote('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](file:///etc/passwd)",
    "[x](/relative/path)",
  ])("drops the link of %s", (markdown) => {
    expect(renderNote(markdown)).not.toContain("<a ");
  });

  it("links web pages and mail addresses, opened in a tab that cannot reach back", () => {
    const html = renderNote("[plan](https://example.com/plan) or write to ada@example.com");
    expect(html).toContain(
      '<a href="https://example.com/plan" target="_blank" rel="noopener noreferrer nofollow">plan</a>',
    );
    expect(html).toContain('<a href="mailto:ada@example.com" target="_blank"');
  });

  it("loads no images", () => {
    expect(renderNote("![pixel](https://tracker.example.com/p.png)")).not.toContain("<img");
  });

  it("replaces NUL bytes and keeps quotes out of attributes", () => {
    const html = renderNote('a\u0000b [x](https://e.com" onmouseover="alert(1))');
    expect(html).not.toContain("\u0000");
    expect(html).not.toMatch(/onmouseover="/);
  });

  it("renders emphasis and lists, and nothing at all for an empty note", () => {
    expect(renderNote("**Listen** first\n\n- pause\n- ask")).toBe(
      "<p><strong>Listen</strong> first</p>\n<ul>\n<li>pause</li>\n<li>ask</li>\n</ul>\n",
    );
    expect(renderNote("  \n ")).toBe("");
  });
});
