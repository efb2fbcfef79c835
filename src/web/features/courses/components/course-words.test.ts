import { describe, expect, it } from "vitest";
import type { EnrolmentView } from "../../../../contract/courses";
import { cadenceText, progressText } from "./course-words";

const enrolment: EnrolmentView = {
  subscriptionId: "7f7c5c9e-2a4c-4a51-9a43-0f6a9e0c1d11",
  courseId: "become-a-better-leader",
  courseTitle: "Become a better leader in 30 days",
  lessonCount: 30,
  lessonsSent: 4,
  lessonsDone: 3,
  // A Tuesday, 08:00 in London.
  nextSendAt: "2026-12-08T08:00:00.000Z",
  timeZone: "Europe/London",
  status: "active",
  enrolledAt: "2026-12-03T08:00:00.000Z",
  enrolledByName: "Maya",
  mayStop: false,
};

describe("course words", () => {
  it("names each cadence", () => {
    expect(cadenceText({ kind: "every", days: 7 })).toBe("Every week");
    expect(cadenceText({ kind: "weekdays" })).toBe("Every weekday");
  });

  it("says where a client is in a course, the next lesson in their own zone", () => {
    expect(progressText(enrolment, new Date("2026-12-06T12:00:00Z"))).toBe(
      "Lesson 4 of 30 sent · 3 done · next Tuesday 08:00",
    );
  });
});
