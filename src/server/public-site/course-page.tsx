import type { OfferedCourse } from "../lists/public-courses";
import type { SubscribeFormState } from "../lists/subscribe-form";
import { cadenceInWords, courseLength, lessonHour } from "./course-words";
import { renderPublicPage } from "./page";
import type { PublicPractice } from "./public-practice";
import { SubscribeForm } from "./subscribe-form";

export const coursePath = (practiceSlug: string, courseKey: string) =>
  `/p/${practiceSlug}/courses/${encodeURIComponent(courseKey)}`;

/** A course's public page: what it is, how its lessons arrive, and the form to subscribe. */
export function renderCoursePage(input: {
  publicUrl: string;
  practice: PublicPractice;
  course: OfferedCourse;
  form?: SubscribeFormState;
}): string {
  const { practice, course } = input;
  const path = coursePath(practice.slug, course.key);
  return renderPublicPage({
    practice,
    title: input.form ? `Check the form: ${course.title}` : course.title,
    description: course.summary,
    url: `${input.publicUrl}${path}`,
    body: (
      <>
        <h1>{course.title}</h1>
        <p>{course.summary}</p>
        <p className="meta">
          A free email course from {practice.name}.{" "}
          {courseLength(course.lessons.length, course.cadence)}
        </p>
        <p>
          The first lesson arrives as soon as you confirm your address. After that, each lesson
          arrives at {lessonHour} your time, {cadenceInWords(course.cadence)}. Each has one
          practical task, and a link to mark it done.
        </p>
        <section className="card" aria-labelledby="subscribe-heading">
          <h2 id="subscribe-heading">Subscribe</h2>
          <SubscribeForm
            action={`${path}/subscribe`}
            offerArticles
            submitLabel="Subscribe to the course"
            {...(input.form ? { state: input.form } : {})}
          />
        </section>
        <h2>The lessons</h2>
        <ol className="lessons">
          {course.lessons.map((lesson, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lessons are in a fixed order
            <li key={index}>{lesson.title}</li>
          ))}
        </ol>
      </>
    ),
  });
}
