import { type Cadence, LESSON_HOUR } from "../../domain/courses/course-content";

/** How often lessons arrive, as a sentence's middle: "every day", "every weekday", "once a week". */
export function cadenceInWords(cadence: Cadence): string {
  switch (cadence.kind) {
    case "daily":
      return "every day";
    case "weekdays":
      return "every weekday, Monday to Friday";
    case "every":
      return cadence.days === 7
        ? "once a week"
        : cadence.days === 14
          ? "once a fortnight"
          : `every ${cadence.days} days`;
  }
}

export const lessonHour = `${String(LESSON_HOUR).padStart(2, "0")}:00`;

/** "30 lessons, arriving every day." */
export function courseLength(lessons: number, cadence: Cadence): string {
  return lessons === 1 ? "One lesson." : `${lessons} lessons, arriving ${cadenceInWords(cadence)}.`;
}
