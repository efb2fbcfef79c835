import { describe, expect, it } from "vitest";
import { lessonMail } from "./lesson-mail-template";

const input = {
  practice: { name: "Demo Coaching", postalAddress: "1 High Street\nLeeds LS1 1AA" },
  courseTitle: "Become a better leader in 30 days",
  lessonNumber: 3,
  lessonCount: 30,
  lesson: {
    title: "Listen first",
    body: "Most managers talk too soon.\n\n<script>alert(1)</script> [bad](javascript:alert(1))",
    task: "In **one** meeting today, ask two questions before you give a view.",
  },
  doneUrl: "https://keel.example/lists/done/abc",
  unsubscribeUrl: "https://keel.example/lists/unsubscribe/xyz",
};

describe("a lesson's mail", () => {
  it("has a plain-text twin with the task, the links and the postal address", () => {
    const mail = lessonMail(input);
    expect(mail.subject).toBe("Lesson 3 of 30: Listen first");
    expect(mail.text).toContain("## Today's task\n\nIn **one** meeting today");
    expect(mail.text).toContain("Mark today's task done:\nhttps://keel.example/lists/done/abc");
    expect(mail.text).toContain("https://keel.example/lists/unsubscribe/xyz");
    expect(mail.text).toContain("Demo Coaching, 1 High Street, Leeds LS1 1AA");
  });

  it("renders Markdown with raw HTML and unsafe links off", () => {
    const { html } = lessonMail(input);
    expect(html).toContain("<strong>one</strong>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("Today's task");
    expect(html).toContain(">Mark today's task done</a>");
    expect(html).toContain('href="https://keel.example/lists/unsubscribe/xyz"');
  });

  it("names the practice alone when it has no postal address, and the enrolling coach", () => {
    const mail = lessonMail({
      ...input,
      practice: { name: "Demo Coaching", postalAddress: null },
      enrolledBy: "Ada Coach",
    });
    expect(mail.text.trim().endsWith("Demo Coaching")).toBe(true);
    expect(mail.text).toContain("Ada Coach enrolled you in");
  });
});
