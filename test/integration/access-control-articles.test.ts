import { beforeAll, describe, expect } from "vitest";
import { articleReply } from "../../src/server/db/schema";
import { type Case, coachesOnly, itAnswersAsTheTableSays } from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The practice's articles are its coaches': clients and sponsors get 403 everywhere, another
// practice's coach finds nothing (404). A coach's draft exists for its author and the admin
// alone; a published article is read by every coach of the practice but changed and moderated
// by its author and the admin only (403 for another coach).

type ArticleWorld = World & {
  published: string;
  series: string;
  freshDraft: () => Promise<string>;
  freshPublished: () => Promise<string>;
  freshReply: () => Promise<string>;
};

let made = 0;
const unique = (what: string) => `${what} ${++made}`;

/** Only the author (the world's coach) and the admin; another coach 403, or 404 when `hidden`. */
const authorAndAdmin = (status: number, hidden = false) => ({
  ...coachesOnly(status),
  otherCoach: hidden ? 404 : 403,
  outsider: 404,
});

const future = () => new Date(Date.now() + 86_400_000).toISOString();

const CASES: Case<ArticleWorld>[] = [
  {
    name: "GET the practice's articles",
    call: (a) => a.get("/api/articles"),
    expected: coachesOnly(200),
  },
  {
    name: "POST an article",
    call: (a) => a.post("/api/articles", { title: unique("A draft") }),
    expected: coachesOnly(201),
  },
  {
    name: "POST an article's preview",
    call: (a) => a.post("/api/articles/preview", { body: "# Hello" }),
    expected: coachesOnly(200),
  },
  {
    name: "GET a draft",
    call: async (a, w) => a.get(`/api/articles/${await w.freshDraft()}`),
    expected: authorAndAdmin(200, true),
  },
  {
    name: "GET a published article",
    call: (a, w) => a.get(`/api/articles/${w.published}`),
    expected: { ...coachesOnly(200), outsider: 404 },
  },
  {
    name: "PATCH a draft",
    call: async (a, w) => a.patch(`/api/articles/${await w.freshDraft()}`, { summary: "New" }),
    expected: authorAndAdmin(200, true),
  },
  {
    name: "PATCH a published article",
    call: (a, w) => a.patch(`/api/articles/${w.published}`, { summary: "Changed" }),
    expected: authorAndAdmin(200),
  },
  {
    name: "POST an article's publication",
    call: async (a, w) => a.post(`/api/articles/${await w.freshDraft()}/publish`),
    expected: authorAndAdmin(200, true),
  },
  {
    name: "POST an article's schedule",
    call: async (a, w) =>
      a.post(`/api/articles/${await w.freshDraft()}/schedule`, { publishAt: future() }),
    expected: authorAndAdmin(200, true),
  },
  {
    name: "POST an article's unscheduling",
    call: async (a, w) => {
      const id = await w.freshDraft();
      await w.coach.agent.post(`/api/articles/${id}/schedule`, { publishAt: future() });
      return a.post(`/api/articles/${id}/unschedule`);
    },
    expected: authorAndAdmin(200, true),
  },
  {
    name: "POST an article's unpublishing",
    call: async (a, w) => a.post(`/api/articles/${await w.freshPublished()}/unpublish`),
    expected: authorAndAdmin(200),
  },
  {
    name: "DELETE a draft",
    call: async (a, w) => a.delete(`/api/articles/${await w.freshDraft()}`),
    expected: authorAndAdmin(204, true),
  },
  {
    name: "GET the practice's series",
    call: (a) => a.get("/api/article-series"),
    expected: coachesOnly(200),
  },
  {
    name: "POST a series",
    call: (a) => a.post("/api/article-series", { title: unique("A series") }),
    expected: coachesOnly(201),
  },
  {
    name: "PATCH a series",
    call: (a, w) => a.patch(`/api/article-series/${w.series}`, { description: "Changed" }),
    expected: { ...coachesOnly(200), outsider: 404 },
  },
  {
    name: "GET an article's replies",
    call: (a, w) => a.get(`/api/articles/${w.published}/replies?status=held`),
    expected: authorAndAdmin(200),
  },
  ...(["approve", "hide", "pin", "unpin", "block"] as const).map(
    (action): Case<ArticleWorld> => ({
      name: `POST a reply's ${action}`,
      call: async (a, w) => a.post(`/api/article-replies/${await w.freshReply()}/${action}`),
      expected: authorAndAdmin(200),
    }),
  ),
];

describe.each(databaseKinds())("access to articles on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: ArticleWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const freshDraft = async () => {
      const draft = await base.coach.agent.post("/api/articles", { title: unique("Draft") });
      expect(draft.status, JSON.stringify(draft.body)).toBe(201);
      return draft.body.id as string;
    };
    const freshPublished = async () => {
      const id = await freshDraft();
      const done = await base.coach.agent.post(`/api/articles/${id}/publish`);
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      return id;
    };
    const published = await freshPublished();
    const series = await base.coach.agent.post("/api/article-series", { title: unique("Series") });
    const freshReply = async () => {
      const [row] = await t.current.ctx.db
        .insert(articleReply)
        .values({
          articleId: published,
          name: "A reader",
          email: `reader-${++made}@example.com`,
          body: "Thank you.",
        })
        .returning({ id: articleReply.id });
      return row?.id ?? "";
    };
    world = { ...base, published, series: series.body.id, freshDraft, freshPublished, freshReply };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
