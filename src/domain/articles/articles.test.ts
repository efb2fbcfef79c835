import { describe, expect, it } from "vitest";
import {
  mayEditArticle,
  mayListArticle,
  moveRefusal,
  SCHEDULE_IN_PAST,
  scheduleProblem,
  seriesPart,
  slugFrom,
} from "./articles";

const author = { userId: "a", isAdmin: false };
const other = { userId: "b", isAdmin: false };
const admin = { userId: "c", isAdmin: true };

describe("articles", () => {
  it("lets the author and the admin edit, nobody else", () => {
    expect(mayEditArticle(author, "a")).toBe(true);
    expect(mayEditArticle(admin, "a")).toBe(true);
    expect(mayEditArticle(other, "a")).toBe(false);
    expect(mayEditArticle(other, null)).toBe(false);
  });

  it("hides others' drafts and scheduled articles from coaches, not from the admin", () => {
    expect(mayListArticle(other, { authorId: "a", status: "draft" })).toBe(false);
    expect(mayListArticle(other, { authorId: "a", status: "scheduled" })).toBe(false);
    expect(mayListArticle(other, { authorId: "a", status: "published" })).toBe(true);
    expect(mayListArticle(admin, { authorId: "a", status: "draft" })).toBe(true);
  });

  it("refuses a time in the past or now", () => {
    const now = new Date("2027-01-01T10:00:00Z");
    expect(scheduleProblem(new Date("2027-01-01T09:59:00Z"), now)).toBe(SCHEDULE_IN_PAST);
    expect(scheduleProblem(now, now)).toBe(SCHEDULE_IN_PAST);
    expect(scheduleProblem(new Date("2027-01-01T10:01:00Z"), now)).toBeNull();
  });

  it("deletes drafts only and unschedules scheduled ones only", () => {
    expect(moveRefusal("delete", "draft")).toBeNull();
    expect(moveRefusal("delete", "published")).not.toBeNull();
    expect(moveRefusal("unschedule", "draft")).not.toBeNull();
    expect(moveRefusal("publish", "scheduled")).toBeNull();
  });

  it("makes addresses from titles", () => {
    expect(slugFrom("Coaching Process: Initial Assessment!")).toBe(
      "coaching-process-initial-assessment",
    );
    expect(slugFrom("Café à la carte")).toBe("cafe-a-la-carte");
    expect(slugFrom("???")).toBe("article");
    expect(seriesPart(1, 2)).toBe("Part 1 of 2");
  });
});
