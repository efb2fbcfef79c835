import MarkdownIt from "markdown-it";
import type { Lesson } from "../../domain/courses/course-content";
import { escapeHtml, type RenderedMail } from "../mail/templates";

// One lesson of an email course as it arrives: its text, its task set apart, a link to mark the
// task done, and a footer with the unsubscribe link and the practice's postal address. Lessons
// are Markdown written to read well as plain text, so the text part is the Markdown itself.

const SAFE_LINK = /^(https?:|mailto:)/i;
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable("image");
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

export interface LessonMailInput {
  practice: { name: string; postalAddress: string | null };
  courseTitle: string;
  lessonNumber: number;
  lessonCount: number;
  lesson: Lesson;
  doneUrl: string;
  unsubscribeUrl: string;
  /** The coach who enrolled their client, named in the footer. */
  enrolledBy?: string | null;
}

export function lessonMail(input: LessonMailInput): RenderedMail {
  const { lesson } = input;
  const position = `Lesson ${input.lessonNumber} of ${input.lessonCount}`;
  return {
    subject: `${position}: ${lesson.title}`,
    text: lessonText(input, position),
    html: lessonHtml(input, position),
  };
}

function whyYouGetIt(input: LessonMailInput): string {
  return input.enrolledBy
    ? `${input.enrolledBy} enrolled you in ${input.courseTitle} at ${input.practice.name}.`
    : `You subscribed to ${input.courseTitle} from ${input.practice.name}.`;
}

// A practice that has not yet given its postal address is named alone; the admin is asked for
// the address in the practice's settings (mail law in most places wants one).
function sender(practice: LessonMailInput["practice"]): string {
  const address = practice.postalAddress?.trim();
  return address ? `${practice.name}, ${address.replace(/\s*\n\s*/g, ", ")}` : practice.name;
}

function lessonText(input: LessonMailInput, position: string): string {
  return [
    `${input.courseTitle} · ${position}`,
    `# ${input.lesson.title}`,
    input.lesson.body,
    "## Today's task",
    input.lesson.task,
    `Mark today's task done:\n${input.doneUrl}`,
    "-- ",
    `${whyYouGetIt(input)} To stop these mails, unsubscribe:\n${input.unsubscribeUrl}`,
    sender(input.practice),
  ].join("\n\n");
}

function lessonHtml(input: LessonMailInput, position: string): string {
  const e = escapeHtml;
  const muted = "color:#475569;font-size:13px";
  return [
    `<!doctype html><html><head><meta charset="utf-8"><title>${e(input.lesson.title)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:24px auto;padding:0 16px">`,
    `<p style="${muted};margin:0 0 8px">${e(input.courseTitle)} · ${e(position)}</p>`,
    `<h1 style="font-size:22px;margin:0 0 16px">${e(input.lesson.title)}</h1>`,
    markdown.render(input.lesson.body),
    `<div style="background:#f0fdfa;border-left:4px solid #0f766e;padding:12px 16px;margin:24px 0">`,
    `<h2 style="font-size:17px;margin:0 0 8px">Today's task</h2>`,
    markdown.render(input.lesson.task),
    "</div>",
    `<p style="margin:24px 0"><a href="${e(input.doneUrl)}" style="background:#0f766e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Mark today's task done</a></p>`,
    `<hr style="border:0;border-top:1px solid #e2e8f0;margin:32px 0 16px">`,
    `<p style="${muted}">${e(whyYouGetIt(input))} <a href="${e(input.unsubscribeUrl)}" style="color:#475569">Unsubscribe</a></p>`,
    `<p style="${muted}">${e(sender(input.practice))}</p>`,
    "</body></html>",
  ].join("");
}
