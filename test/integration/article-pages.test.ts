import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { membership, practice } from "../../src/server/db/schema";
import { inviteAndAccept, type Member, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The public pages of a practice's articles and its feeds: what a reader, a link preview and a
// feed reader get. The Atom feed is checked against RFC 4287's own schema by jing.

const run = promisify(execFile);
const ATOM_SCHEMA = path.resolve(__dirname, "../support/atom.rnc");
/** Any well-formed XML: jing refuses what is not well formed whatever the schema. */
const ANY_XML = `start = any
any = element * { (attribute * { text } | text | any)* }
`;

describe.each(databaseKinds())("article pages and feeds on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let slug: string;
  let folder: string;
  const ids: Record<string, string> = {};

  const get = (url: string) => t.current.app.inject({ method: "GET", url });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "keel-feeds-"));
    const admin = await signUpCoach(t.current, "pages-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "pages-coach");
    const [row] = await t.current.ctx.db
      .select({ slug: practice.slug })
      .from(membership)
      .innerJoin(practice, eq(practice.id, membership.practiceId))
      .where(eq(membership.userId, admin.id));
    slug = row?.slug ?? "";
    const series = await coach.agent.post("/api/article-series", {
      title: "The coaching process",
      description: "How coaching goes, stage by stage.",
    });
    expect(series.status, JSON.stringify(series.body)).toBe(201);
    ids.series = series.body.id;
    const articles = [
      {
        key: "first",
        title: `Stages & "steps" <script>alert(1)</script>`,
        summary: `A summary with <b>tags</b> & "quotes"`,
        body: "## Assessment\n\nRaw <iframe src=x></iframe> stays text.\n\n- one\n- two\n\n[evil](javascript:alert(1)) and [course](/p/x/courses/c) and [out](https://example.com)",
        seriesId: ids.series,
        nextTitle: "Success stories",
        nextPlannedOn: "2027-01-15",
      },
      {
        key: "second",
        title: "Part two",
        summary: "The second part.",
        body: "Two.",
        seriesId: ids.series,
      },
      { key: "draft", title: "Still a draft", summary: "", body: "Hidden." },
    ];
    for (const { key, ...body } of articles) {
      const made = await coach.agent.post("/api/articles", body);
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      ids[key] = made.body.id;
      ids[`${key}Slug`] = made.body.slug;
      if (key !== "draft") await coach.agent.post(`/api/articles/${made.body.id}/publish`);
    }
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("lists published articles newest first with their series, and leaves drafts out", async () => {
    const page = await get(`/p/${slug}/articles`);
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body.indexOf("Part two")).toBeLessThan(page.body.indexOf("Stages &amp;"));
    expect(page.body).toContain("The coaching process");
    expect(page.body).not.toContain("Still a draft");
    expect(page.body).toContain(`href="http://keel.test/p/${slug}/feed.atom"`);
  });

  it("escapes every text, renders Markdown safely and carries the metadata for sharing", async () => {
    const page = await get(`/p/${slug}/articles/${ids.firstSlug}`);
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("Stages &amp; &quot;steps&quot; &lt;script&gt;");
    expect(html).not.toContain("<iframe");
    expect(html).toContain("&lt;iframe src=x&gt;");
    expect(html).not.toContain(`href="javascript:`);
    expect(html).toContain(`<a href="/p/x/courses/c">course</a>`);
    expect(html).toContain(
      `<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">`,
    );
    expect(html).toContain("<h2>Assessment</h2>");
    expect(html).toContain(
      `<meta name="description" content="A summary with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;"/>`,
    );
    expect(html).toContain(`<meta property="og:type" content="article"/>`);
    expect(html).toMatch(/<meta property="article:published_time" content="\d{4}-\d\d-\d\dT/);
    expect(html).toContain(
      `<link rel="canonical" href="http://keel.test/p/${slug}/articles/${ids.firstSlug}"/>`,
    );
    expect(html).toContain("Part 1 of 2");
    expect(html).toContain(`href="/p/${slug}/articles/${ids.secondSlug}"`);
    expect(html).toContain("Success stories");
    expect(html).toContain("15 January 2027");
    expect(html).toContain(`action="/p/${slug}/subscribe"`);
    expect(html).toContain(`class="honey"`);
    expect(html).toContain(`name="website"`);
  });

  it("answers 404 pages for an unknown practice, article or series and for a draft", async () => {
    for (const url of [
      `/p/no-such-practice/articles`,
      `/p/${slug}/articles/no-such-article`,
      `/p/${slug}/articles/${ids.draftSlug}`,
      `/p/${slug}/series/no-such-series`,
      `/p/no-such-practice/feed.atom`,
    ]) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(404);
      expect(page.body).toContain("This page was not found");
      expect(page.body).not.toContain("Hidden.");
    }
    const reply = await t.current.app.inject({
      method: "POST",
      url: `/p/${slug}/articles/${ids.draftSlug}/replies`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "name=a&email=a%40example.com&text=hi",
    });
    expect(reply.statusCode).toBe(404);
  });

  it("shows a series with its published articles in order", async () => {
    const page = await get(`/p/${slug}/series/the-coaching-process`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("How coaching goes, stage by stage.");
    expect(page.body.indexOf("Stages &amp;")).toBeLessThan(page.body.indexOf("Part two"));
  });

  it("writes an Atom feed valid against RFC 4287's schema, with whole articles", async () => {
    const feed = await get(`/p/${slug}/feed.atom`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(feed.body).toContain(`rel="self" href="http://keel.test/p/${slug}/feed.atom"`);
    expect(feed.body).toContain("<updated>");
    expect(feed.body).toContain("<author>");
    expect(feed.body).toContain(`<a href="http://keel.test/p/x/courses/c">course</a>`);
    expect(feed.body).toContain("Stages &#38; &#34;steps&#34; &#60;script&#62;");
    expect(feed.body).not.toContain("<script>");
    expect(feed.body).not.toContain("Still a draft");
    const file = path.join(folder, "feed.xml");
    await writeFile(file, feed.body);
    await expect(run("jing", ["-c", ATOM_SCHEMA, file])).resolves.toBeDefined();
  });

  it("writes a well-formed RSS 2.0 feed", async () => {
    const feed = await get(`/p/${slug}/feed.rss`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(feed.body).toMatch(/<rss version="2.0"/);
    expect(feed.body).toContain("<pubDate>");
    expect(feed.body.match(/<item>/g)).toHaveLength(2);
    const schema = path.join(folder, "any.rnc");
    const file = path.join(folder, "feed.rss");
    await writeFile(schema, ANY_XML);
    await writeFile(file, feed.body);
    await expect(run("jing", ["-c", schema, file])).resolves.toBeDefined();
  });

  it("writes the feed anew once an article changes or goes", async () => {
    const before = await get(`/p/${slug}/feed.atom`);
    expect((await get(`/p/${slug}/feed.atom`)).body).toBe(before.body);
    const patched = await coach.agent.patch(`/api/articles/${ids.second}`, {
      title: "Part two, renamed",
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const renamed = await get(`/p/${slug}/feed.rss`);
    expect(renamed.body).toContain("Part two, renamed");
    expect((await get(`/p/${slug}/feed.atom`)).body).toContain("Part two, renamed");
    await coach.agent.post(`/api/articles/${ids.second}/unpublish`);
    const gone = await get(`/p/${slug}/feed.atom`);
    expect(gone.body).not.toContain("Part two");
    await coach.agent.post(`/api/articles/${ids.second}/publish`);
  });

  it("writes an article's page anew once it, a part of its series or its practice changes", async () => {
    const url = `/p/${slug}/articles/${ids.firstSlug}`;
    const before = await get(url);
    expect((await get(url)).body).toBe(before.body);
    await coach.agent.patch(`/api/articles/${ids.second}`, { title: "Part two, the sequel" });
    expect((await get(url)).body).toContain("Part two, the sequel");
    await coach.agent.patch(`/api/articles/${ids.first}`, { body: "A new first paragraph." });
    expect((await get(url)).body).toContain("A new first paragraph.");
    await t.current.ctx.db
      .update(practice)
      .set({ name: "Harbour Street Coaching" })
      .where(eq(practice.slug, slug));
    expect((await get(url)).body).toContain("Harbour Street Coaching");
    await coach.agent.post(`/api/articles/${ids.first}/unpublish`);
    expect((await get(url)).statusCode).toBe(404);
    await coach.agent.post(`/api/articles/${ids.first}/publish`);
  });

  it("answers a reader who has the page or feed with 304, and one who takes gzip with gzip", async () => {
    for (const url of [`/p/${slug}/articles/${ids.firstSlug}`, `/p/${slug}/feed.atom`]) {
      const plain = await get(url);
      expect(plain.headers.etag).toMatch(/^"[\w-]+"$/);
      const again = await t.current.app.inject({
        method: "GET",
        url,
        headers: { "if-none-match": String(plain.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
      const zipped = await t.current.app.inject({
        method: "GET",
        url,
        headers: { "accept-encoding": "gzip, deflate, br" },
      });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    }
  });

  it("finds jing refusing an invalid Atom feed, so the check above means something", async () => {
    const file = path.join(folder, "bad.xml");
    await writeFile(file, `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`);
    await expect(run("jing", ["-c", ATOM_SCHEMA, file])).rejects.toThrow();
  });
});
