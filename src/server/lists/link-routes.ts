import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context";
import { lessonHour } from "../public-site/course-words";
import { renderButtonPage, renderMessagePage } from "../public-site/link-pages";
import { confirm, type PendingConfirmation, pendingConfirmation } from "./confirm-service";
import { type DoneLink, markLessonDone, readDoneLink } from "./lesson-done";
import { isCourseList, type SubscriptionRecord } from "./subscription-record";
import { readUnsubscribeLink, unsubscribe } from "./unsubscribe-service";

// The links list mail carries. Each GET shows a page and changes nothing (mail scanners follow
// links); its button POSTs to the same address. The unsubscribe POST is also a mail provider's
// one-click unsubscribe (RFC 8058): no cookies, no Origin, a form body, answered 200 with a page.

const tokenParams = z.object({ token: z.string().max(300) });
type Page = { status: number; page: string };

export function registerLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const publicUrl = ctx.config.publicUrl;
  const send = (reply: FastifyReply, { status, page }: Page) =>
    reply
      .status(status)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-store")
      .send(page);
  const route = { schema: { hide: true, params: tokenParams } };

  api.get("/lists/confirm/:token", route, async (request, reply) => {
    const found = await pendingConfirmation(ctx.db, request.params.token);
    return send(reply, confirmPage(publicUrl, request.url, found, false));
  });
  api.post("/lists/confirm/:token", route, async (request, reply) => {
    const found = await confirm(ctx, request.params.token);
    return send(reply, confirmPage(publicUrl, request.url, found, true));
  });

  api.get("/lists/done/:token", route, async (request, reply) => {
    const link = await readDoneLink(ctx.db, ctx.authSecret, request.params.token);
    return send(reply, donePage(publicUrl, request.url, link, false));
  });
  api.post("/lists/done/:token", route, async (request, reply) => {
    const link = await readDoneLink(ctx.db, ctx.authSecret, request.params.token);
    if (link.state === "ready") await markLessonDone(ctx.db, link.record.id, link.lesson);
    return send(reply, donePage(publicUrl, request.url, link, true));
  });

  api.get("/lists/unsubscribe/:token", route, async (request, reply) => {
    const record = await readUnsubscribeLink(ctx.db, ctx.authSecret, request.params.token);
    return send(reply, unsubscribePage(publicUrl, request.url, record, false));
  });
  api.post("/lists/unsubscribe/:token", route, async (request, reply) => {
    const record = await readUnsubscribeLink(ctx.db, ctx.authSecret, request.params.token);
    if (record) await unsubscribe(ctx.db, record.id);
    return send(reply, unsubscribePage(publicUrl, request.url, record, true));
  });
}

const pathOf = (url: string) => url.split("?")[0] ?? url;

function confirmPage(
  publicUrl: string,
  url: string,
  found: PendingConfirmation,
  confirmed: boolean,
): Page {
  const path = pathOf(url);
  if (found.state === "unknown")
    return {
      status: 404,
      page: renderMessagePage({
        publicUrl,
        path,
        practice: null,
        title: "This link does not work any more",
        paragraphs: [
          "It was used already, or a newer confirmation mail replaced it. If you confirmed, you are subscribed; otherwise subscribe again from the course's page.",
        ],
        tone: "error",
      }),
    };
  const [first] = found.subscriptions;
  const practice = first?.practice ?? null;
  const lists = found.subscriptions.map(listPhrase).join(" and ");
  if (found.state === "expired")
    return {
      status: 410,
      page: renderMessagePage({
        publicUrl,
        path,
        practice,
        title: "This link has expired",
        paragraphs: [
          "Confirmation links work for a week. Subscribe again and confirm from the new mail.",
        ],
        tone: "error",
      }),
    };
  if (!confirmed)
    return {
      status: 200,
      page: renderButtonPage({
        publicUrl,
        path,
        practice,
        title: "Confirm your subscription",
        paragraphs: [
          `Press the button to confirm that you want ${lists} from ${practice?.name ?? "this practice"}.`,
        ],
        button: "Confirm my subscription",
      }),
    };
  const course = found.subscriptions.some((s) => isCourseList(s.list));
  return {
    status: 200,
    page: renderMessagePage({
      publicUrl,
      path,
      practice,
      title: "You are subscribed",
      paragraphs: [
        `Thank you: you will get ${lists}.`,
        course
          ? `The first lesson is on its way to you now; the next arrive at ${lessonHour} your time.`
          : "The next article comes to you by mail when it is published.",
        "Every mail has a link to unsubscribe.",
      ],
    }),
  };
}

const listPhrase = (s: SubscriptionRecord) =>
  isCourseList(s.list) ? `the email course “${s.listTitle}”` : "a mail with each new article";

function donePage(publicUrl: string, url: string, link: DoneLink, posted: boolean): Page {
  const path = pathOf(url);
  if (link.state === "forged")
    return {
      status: 404,
      page: renderMessagePage({
        publicUrl,
        path,
        practice: null,
        title: "This link does not work",
        paragraphs: ["Check that the whole link from the lesson's mail was copied."],
        tone: "error",
      }),
    };
  const practice = link.record.practice;
  if (link.state === "unconfirmed")
    return {
      status: 409,
      page: renderMessagePage({
        publicUrl,
        path,
        practice,
        title: "Confirm your subscription first",
        paragraphs: [
          "This subscription is not confirmed yet. Open the confirmation mail we sent, press its button, and then mark your lessons done.",
        ],
        tone: "error",
      }),
    };
  if (link.state === "not-sent")
    return {
      status: 404,
      page: renderMessagePage({
        publicUrl,
        path,
        practice,
        title: "This lesson has not been sent yet",
        paragraphs: [`Lesson ${link.lesson} comes by mail when it is due; mark it done then.`],
        tone: "error",
      }),
    };
  const title = link.record.course?.lessons[link.lesson - 1]?.title;
  const named = title ? `lesson ${link.lesson}, “${title}”` : `lesson ${link.lesson}`;
  if (!posted)
    return {
      status: 200,
      page: renderButtonPage({
        publicUrl,
        path,
        practice,
        title: `Mark lesson ${link.lesson} done`,
        paragraphs: [
          link.done
            ? `You marked ${named} done already.`
            : `Did you do the task of ${named}? Press the button to mark it done.`,
        ],
        button: `Mark lesson ${link.lesson} done`,
      }),
    };
  return {
    status: 200,
    page: renderMessagePage({
      publicUrl,
      path,
      practice,
      title: `Lesson ${link.lesson} done`,
      paragraphs: [`Well done: ${named} is marked done.`, nextLessonText(link.record)],
    }),
  };
}

function nextLessonText(record: SubscriptionRecord): string {
  const lessons = record.course?.lessons.length ?? 0;
  if (record.nextLesson > lessons) return "That was the whole course. Thank you for taking it.";
  if (record.status !== "active" || !record.nextSendAt)
    return "No more lessons are coming: this subscription has ended.";
  return `Lesson ${record.nextLesson} arrives ${whenInZone(record.nextSendAt, record.subscriber.timeZone)} your time.`;
}

/** "on Tuesday 8 December at 08:00", in the subscriber's zone (UTC if it is unknown). */
function whenInZone(at: Date, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(at);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(timeZone);
  } catch {
    parts = format("UTC");
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `on ${part("weekday")} ${part("day")} ${part("month")} at ${part("hour")}:${part("minute")}`;
}

function unsubscribePage(
  publicUrl: string,
  url: string,
  record: SubscriptionRecord | null,
  posted: boolean,
): Page {
  const path = pathOf(url);
  if (!record)
    return {
      status: 404,
      page: renderMessagePage({
        publicUrl,
        path,
        practice: null,
        title: "This link does not work",
        paragraphs: ["Check that the whole unsubscribe link from the mail was copied."],
        tone: "error",
      }),
    };
  const list = isCourseList(record.list)
    ? `lessons of the email course “${record.listTitle}” from ${record.practice.name}`
    : `mail of ${record.listTitle}`;
  if (!posted)
    return {
      status: 200,
      page: renderButtonPage({
        publicUrl,
        path,
        practice: record.practice,
        title: "Unsubscribe",
        paragraphs: [
          record.status === "unsubscribed"
            ? `You unsubscribed already: no more ${list} are coming.`
            : `Press the button to stop getting ${list}.`,
        ],
        button: "Unsubscribe",
      }),
    };
  return {
    status: 200,
    page: renderMessagePage({
      publicUrl,
      path,
      practice: record.practice,
      title: "You are unsubscribed",
      paragraphs: [
        `You will get no more ${list}.`,
        "Changed your mind? Subscribe again from the practice's pages.",
      ],
    }),
  };
}
