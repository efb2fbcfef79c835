import type { CourseSummary, EnrolmentView } from "../../../../contract/courses";
import type { Cadence } from "../../../../domain/courses/course-content";
import type { BadgeTone } from "../../../components/ui/badge";

export function cadenceText(cadence: Cadence): string {
  if (cadence.kind === "daily") return "Every day";
  if (cadence.kind === "weekdays") return "Every weekday";
  return cadence.days === 7 ? "Every week" : `Every ${cadence.days} days`;
}

export const COURSE_STATUS: Record<CourseSummary["status"], { label: string; tone: BadgeTone }> = {
  draft: { label: "Draft", tone: "neutral" },
  published: { label: "Published", tone: "success" },
  withdrawn: { label: "Withdrawn", tone: "warning" },
};

export const ENROLMENT_STATUS: Record<EnrolmentView["status"], { label: string; tone: BadgeTone }> =
  {
    pending: { label: "Waiting for confirmation", tone: "neutral" },
    active: { label: "Receiving lessons", tone: "brand" },
    completed: { label: "All lessons sent", tone: "success" },
    unsubscribed: { label: "Stopped", tone: "warning" },
  };

/** "Tuesday 08:00" within the coming week, else "3 Dec, 08:00", in the subscriber's zone. */
export function nextLessonText(at: string, timeZone: string, now: Date = new Date()): string {
  const date = new Date(at);
  const zone = safeZone(timeZone);
  const time = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zone,
  }).format(date);
  if (date.getTime() <= now.getTime()) return "any moment now";
  if (date.getTime() - now.getTime() < 6 * 86_400_000) {
    const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: zone }).format(
      date,
    );
    return `${weekday} ${time}`;
  }
  const day = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: zone,
  }).format(date);
  return `${day}, ${time}`;
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

/** "Lesson 4 of 30 sent · 3 done · next Tuesday 08:00" */
export function progressText(enrolment: EnrolmentView, now: Date = new Date()): string {
  const parts = [
    enrolment.lessonsSent === 0
      ? `${enrolment.lessonCount} lessons, none sent yet`
      : `Lesson ${enrolment.lessonsSent} of ${enrolment.lessonCount} sent`,
    `${enrolment.lessonsDone} done`,
  ];
  if (enrolment.nextSendAt)
    parts.push(`next ${nextLessonText(enrolment.nextSendAt, enrolment.timeZone, now)}`);
  return parts.join(" · ");
}
