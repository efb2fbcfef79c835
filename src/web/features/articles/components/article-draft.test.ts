import { describe, expect, it } from "vitest";
import type { Article } from "../../../../contract/articles";
import { createBody, draftOf, isUnchanged, updateBody, withTitle } from "./article-draft";
import { isoToLocalInput, localInputToIso } from "./article-words";

const saved: Article = {
  id: "5b0c1c52-7f2e-4d7c-9a43-6f1f6c1d2a10",
  slug: "first-steps",
  title: "First steps",
  summary: "",
  status: "draft",
  author: { id: "0e1d7a9e-6a39-4b53-8f55-5a2a50f1b9c3", name: "Maren Holt" },
  series: { id: "9a4e5f0e-2b8d-4c1a-bf3e-1c2d3e4f5a6b", title: "Coaching", slug: "coaching" },
  seriesPosition: 2,
  publishAt: null,
  publishedAt: null,
  notifiedAt: null,
  url: "http://localhost/p/holt/articles/first-steps",
  heldReplies: 0,
  mayEdit: true,
  updatedAt: "2026-12-06T08:00:00.000Z",
  body: "Text",
  nextTitle: null,
  nextPlannedOn: null,
};

describe("the article editor's draft", () => {
  it("suggests the address from the title until the person types one", () => {
    const typed = withTitle(draftOf(null), "Why Feedback Lands – Part 1");
    expect(typed.slug).toBe("why-feedback-lands-part-1");
    const own = { ...typed, slug: "feedback", slugEdited: true };
    expect(withTitle(own, "Another title").slug).toBe("feedback");
  });

  it("sends only what changed, so an untouched place in a series stays as it is", () => {
    const start = draftOf(saved);
    expect(isUnchanged(start, start)).toBe(true);
    expect(updateBody(start, { ...start, title: "First steps, again" })).toEqual({
      title: "First steps, again",
    });
    expect(updateBody(start, { ...start, seriesId: "" })).toEqual({
      seriesId: null,
      seriesPosition: null,
    });
    expect(updateBody(start, { ...start, nextTitle: "  ", nextPlannedOn: "2027-01-15" })).toEqual({
      nextTitle: null,
      nextPlannedOn: "2027-01-15",
    });
  });

  it("leaves the address to the server when none is given, and empty announcements as null", () => {
    const body = createBody({ ...draftOf(null), title: "Hello", slug: "" });
    expect(body).not.toHaveProperty("slug");
    expect(body).toMatchObject({
      title: "Hello",
      seriesId: null,
      nextTitle: null,
      nextPlannedOn: null,
    });
  });

  it("reads a scheduled time in the viewer's zone and shows it back the same", () => {
    const iso = localInputToIso("2027-01-15T08:30");
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(iso)).toBe("2027-01-15T08:30");
    expect(localInputToIso("")).toBeNull();
  });
});
