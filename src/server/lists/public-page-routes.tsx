import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context";
import { byBodyEmail, byIp, rateLimited } from "../http/rate-limit";
import { renderArticlesSubscribePage } from "../public-site/articles-subscribe-page";
import { coursePath, renderCoursePage } from "../public-site/course-page";
import { renderPracticeHome } from "../public-site/home-page";
import { HOME_SECTIONS } from "../public-site/home-sections";
import { renderMessagePage } from "../public-site/link-pages";
import { findPublicPractice, type PublicPractice } from "../public-site/public-practice";
import { findOfferedCourse, type OfferedCourse } from "./public-courses";
import { readSubscribeForm } from "./subscribe-form";
import { type RequestedList, subscribe } from "./subscribe-service";
import { articlesListTitle } from "./subscription-record";

const HOUR = 3600;
const practiceParams = z.object({ slug: z.string().max(200) });
const courseParams = practiceParams.extend({ course: z.string().max(200) });

const html = (reply: FastifyReply, status: number, page: string) =>
  reply.status(status).type("text/html; charset=utf-8").send(page);

/** The practice's public home, its course pages and the subscribe forms' posts. */
export function registerPublicPageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const publicUrl = ctx.config.publicUrl;
  const subscribeLimits = rateLimited(
    ctx.db,
    { key: byIp("list-subscribe"), max: 30, windowSeconds: HOUR },
    { key: byBodyEmail("list-subscribe"), max: 10, windowSeconds: HOUR },
  );
  const notFound = (reply: FastifyReply, path: string, practice: PublicPractice | null) =>
    html(
      reply,
      404,
      renderMessagePage({
        publicUrl,
        path,
        practice,
        title: "Not found",
        paragraphs: [
          practice
            ? `${practice.name} has no course at this address. Its courses are listed on its home page.`
            : "There is no practice at this address. Check the link.",
        ],
        tone: "error",
      }),
    );

  api.get(
    "/p/:slug",
    { schema: { hide: true, params: practiceParams } },
    async (request, reply) => {
      const practice = await findPublicPractice(ctx.db, request.params.slug);
      if (!practice) return notFound(reply, request.url, null);
      const sections = [];
      for (const section of HOME_SECTIONS) sections.push(await section(ctx, practice));
      return html(reply, 200, renderPracticeHome({ publicUrl, practice, sections }));
    },
  );

  const findCourse = async (slug: string, key: string) => {
    const practice = await findPublicPractice(ctx.db, slug);
    const course = practice ? await findOfferedCourse(ctx.db, practice.id, key) : null;
    return { practice, course };
  };

  api.get(
    "/p/:slug/courses/:course",
    { schema: { hide: true, params: courseParams } },
    async (request, reply) => {
      const { practice, course } = await findCourse(request.params.slug, request.params.course);
      if (!practice || !course) return notFound(reply, request.url, practice);
      return html(reply, 200, renderCoursePage({ publicUrl, practice, course }));
    },
  );

  api.post(
    "/p/:slug/courses/:course/subscribe",
    { schema: { hide: true, params: courseParams }, preHandler: subscribeLimits },
    async (request, reply) => {
      const { practice, course } = await findCourse(request.params.slug, request.params.course);
      if (!practice || !course) return notFound(reply, request.url, practice);
      const answered = () => html(reply, 200, checkYourInbox(publicUrl, practice, course));
      if (isHoneypotFilled(request.body)) return answered();
      const form = readSubscribeForm(request.body);
      if (!form.ok)
        return html(
          reply,
          400,
          renderCoursePage({ publicUrl, practice, course, form: form.state }),
        );
      const { name, email, timeZone, articles } = form.fields;
      const lists: RequestedList[] = [
        {
          list: course.list,
          kind: "course",
          title: course.title,
          courseVersionId: course.versionId,
        },
      ];
      if (articles) lists.push(articlesList(practice));
      await subscribe(ctx, practice, { name, email, timeZone }, lists);
      return answered();
    },
  );

  api.get(
    "/p/:slug/subscribe",
    { schema: { hide: true, params: practiceParams } },
    async (request, reply) => {
      const practice = await findPublicPractice(ctx.db, request.params.slug);
      if (!practice) return notFound(reply, request.url, null);
      return html(reply, 200, renderArticlesSubscribePage({ publicUrl, practice }));
    },
  );

  api.post(
    "/p/:slug/subscribe",
    { schema: { hide: true, params: practiceParams }, preHandler: subscribeLimits },
    async (request, reply) => {
      const practice = await findPublicPractice(ctx.db, request.params.slug);
      if (!practice) return notFound(reply, request.url, null);
      const answered = () => html(reply, 200, checkYourInbox(publicUrl, practice, null));
      if (isHoneypotFilled(request.body)) return answered();
      const form = readSubscribeForm(request.body);
      if (!form.ok)
        return html(
          reply,
          400,
          renderArticlesSubscribePage({ publicUrl, practice, form: form.state }),
        );
      const { name, email, timeZone } = form.fields;
      await subscribe(ctx, practice, { name, email, timeZone }, [articlesList(practice)]);
      return answered();
    },
  );
}

const articlesList = (practice: PublicPractice): RequestedList => ({
  list: "articles",
  kind: "articles",
  title: articlesListTitle(practice.name),
  courseVersionId: null,
});

/** A robot filled the field people never see: it is answered as a person is, and nothing is done. */
function isHoneypotFilled(body: unknown): boolean {
  const value = (body as { website?: unknown } | null | undefined)?.website;
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The one answer to every valid sign-up, whatever the address's state (new, waiting, subscribed,
 * unsubscribed): nothing in it tells whether an address is known.
 */
function checkYourInbox(
  publicUrl: string,
  practice: PublicPractice,
  course: OfferedCourse | null,
): string {
  const what = course ? `the course “${course.title}”` : articlesListTitle(practice.name);
  return renderMessagePage({
    publicUrl,
    path: course
      ? `${coursePath(practice.slug, course.key)}/subscribe`
      : `/p/${practice.slug}/subscribe`,
    practice,
    title: "Check your inbox",
    paragraphs: [
      `To finish subscribing to ${what}, open the mail we send you and press the button on the page its link opens. Nothing arrives until you confirm.`,
      "If you are subscribed already, nothing changes and no new mail is needed. No mail after a few minutes? Look in your spam folder, or try again in ten minutes.",
    ],
  });
}
