import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { publishDueArticles } from "../../src/server/articles/publishing";
import { REPLY_LIMITS } from "../../src/server/articles/replies";
import { erasePerson } from "../../src/server/data-rights/erasure";
import {
  article,
  articleReply,
  mail,
  membership,
  practice,
  subscriber,
  subscription,
} from "../../src/server/db/schema";
import { inviteAndAccept, type Member, signUpCoach, uniqueEmail } from "../support/factories";
import { waitFor } from "../support/smtp-sink";
import { type TestApp, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Articles through the coaches' API, the publishing job and readers' replies from the public form.
// Each test opens a practice of its own, so it reads only its own articles, replies and mail.

const DAY = 86_400_000;

describe.each(databaseKinds())("articles on the %s database", (kind) => {
  const t = useTestApp(kind);

  async function openPractice(label: string) {
    const admin = await signUpCoach(t.current, `${label}-admin`);
    const coach = await inviteAndAccept(t.current, admin, "coach", `${label}-coach`);
    const otherCoach = await inviteAndAccept(t.current, admin, "coach", `${label}-other`);
    const [row] = await t.current.ctx.db
      .select({ id: practice.id, slug: practice.slug })
      .from(membership)
      .innerJoin(practice, eq(practice.id, membership.practiceId))
      .where(eq(membership.userId, admin.id));
    if (!row) throw new Error("no practice");
    return { admin, coach, otherCoach, practiceId: row.id, slug: row.slug };
  }

  async function write(author: Member, body: Record<string, unknown> = {}) {
    const made = await author.agent.post("/api/articles", {
      title: "Feedback that lands",
      summary: "How to give feedback people can use.",
      body: "## First\n\nSay what you saw.",
      ...body,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body as { id: string; slug: string; status: string };
  }

  async function published(author: Member, body: Record<string, unknown> = {}) {
    const draft = await write(author, body);
    const done = await author.agent.post(`/api/articles/${draft.id}/publish`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    return draft;
  }

  function postReply(app: TestApp, path: string, fields: Record<string, string>, ip = "10.9.0.1") {
    return app.app.inject({
      method: "POST",
      url: path,
      remoteAddress: ip,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(fields).toString(),
    });
  }

  describe("writing and publishing", () => {
    it("keeps a coach's drafts from other coaches but not from the admin", async () => {
      const p = await openPractice("drafts");
      const draft = await write(p.coach);
      const seenBy = async (m: Member) =>
        (await m.agent.get("/api/articles")).body.articles.map((a: { id: string }) => a.id);
      expect(await seenBy(p.coach)).toContain(draft.id);
      expect(await seenBy(p.admin)).toContain(draft.id);
      expect(await seenBy(p.otherCoach)).not.toContain(draft.id);
      expect((await p.otherCoach.agent.get(`/api/articles/${draft.id}`)).status).toBe(404);

      await p.coach.agent.post(`/api/articles/${draft.id}/publish`);
      expect(await seenBy(p.otherCoach)).toContain(draft.id);
      const edit = await p.otherCoach.agent.patch(`/api/articles/${draft.id}`, { title: "Mine" });
      expect(edit.status).toBe(403);
      const byAdmin = await p.admin.agent.patch(`/api/articles/${draft.id}`, { title: "Edited" });
      expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(200);
      expect(byAdmin.body.title).toBe("Edited");
    });

    it("refuses a time in the past with a clear message and saves nothing", async () => {
      const p = await openPractice("past");
      const draft = await write(p.coach);
      const past = new Date(Date.now() - DAY).toISOString();
      const refused = await p.coach.agent.post(`/api/articles/${draft.id}/schedule`, {
        publishAt: past,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe("Choose a time in the future, or publish now.");
      expect(refused.body.error.fields[0].path).toBe("publishAt");
      const after = await p.coach.agent.get(`/api/articles/${draft.id}`);
      expect(after.body).toMatchObject({ status: "draft", publishAt: null });

      const future = new Date(Date.now() + DAY).toISOString();
      const scheduled = await p.coach.agent.post(`/api/articles/${draft.id}/schedule`, {
        publishAt: future,
      });
      expect(scheduled.status).toBe(200);
      expect(scheduled.body).toMatchObject({ status: "scheduled", publishAt: future });
      expect((await p.coach.agent.delete(`/api/articles/${draft.id}`)).status).toBe(409);
      await p.coach.agent.post(`/api/articles/${draft.id}/unschedule`);
      expect((await p.coach.agent.delete(`/api/articles/${draft.id}`)).status).toBe(204);
    });

    it("gives a second article of the same title its own address, and refuses a taken one", async () => {
      const p = await openPractice("slugs");
      const first = await write(p.coach, { title: "Same title" });
      const second = await write(p.coach, { title: "Same title" });
      expect(first.slug).toBe("same-title");
      expect(second.slug).toBe("same-title-2");
      const taken = await p.coach.agent.patch(`/api/articles/${second.id}`, { slug: "same-title" });
      expect(taken.status).toBe(409);
      expect(taken.body.error.code).toBe("address_taken");
    });

    it("publishes due articles and mails each subscriber once, however many runs at once", async () => {
      const p = await openPractice("mailing");
      const db = t.current.ctx.db;
      await db
        .update(practice)
        .set({ postalAddress: "1 Harbour Street, Leith EH6 6QW" })
        .where(eq(practice.id, p.practiceId));
      const readers = [uniqueEmail("reader"), uniqueEmail("reader"), uniqueEmail("gone")];
      for (const [i, email] of readers.entries()) {
        const [s] = await db
          .insert(subscriber)
          .values({
            practiceId: p.practiceId,
            email,
            name: `Reader ${i}`,
            timeZone: "Europe/London",
            ...(i === 1 ? { suppressedAt: new Date(), suppressedReason: "bounced" as const } : {}),
          })
          .returning({ id: subscriber.id });
        await db.insert(subscription).values({
          practiceId: p.practiceId,
          subscriberId: s?.id ?? "",
          list: "articles",
          status: i === 2 ? "unsubscribed" : "active",
        });
      }
      const draft = await write(p.coach, { title: "Scheduled <one>" });
      await p.coach.agent.post(`/api/articles/${draft.id}/schedule`, {
        publishAt: new Date(Date.now() + 60_000).toISOString(),
      });
      const run = () => publishDueArticles({ ...t.current.ctx }, new Date(Date.now() + 120_000));
      await Promise.all([run(), run(), run()]);

      const [row] = await db.select().from(article).where(eq(article.id, draft.id));
      expect(row?.status).toBe("published");
      expect(row?.notifiedAt).not.toBeNull();
      const sent = await db
        .select()
        .from(mail)
        .where(eq(mail.to, readers[0] ?? ""));
      expect(sent).toHaveLength(1);
      const [one] = sent;
      expect(one?.text).toContain(`/p/${p.slug}/articles/${draft.slug}`);
      expect(one?.text).toContain("1 Harbour Street");
      expect(one?.html).toContain("Scheduled &#60;one&#62;");
      expect(one?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(one?.headers?.["List-Unsubscribe"]).toMatch(
        /^<http:\/\/keel\.test\/lists\/unsubscribe\//,
      );
      for (const other of readers.slice(1))
        expect(await db.select().from(mail).where(eq(mail.to, other))).toHaveLength(0);

      // Unpublished and published again, it is not mailed a second time.
      await p.coach.agent.post(`/api/articles/${draft.id}/unpublish`);
      await p.coach.agent.post(`/api/articles/${draft.id}/publish`);
      await run();
      expect(
        await db
          .select()
          .from(mail)
          .where(eq(mail.to, readers[0] ?? "")),
      ).toHaveLength(1);
    });
  });

  describe("publishing now", () => {
    it("mails the subscribers within moments through the queued job, once", async () => {
      const p = await openPractice("now");
      const db = t.current.ctx.db;
      const email = uniqueEmail("now-reader");
      const [s] = await db
        .insert(subscriber)
        .values({ practiceId: p.practiceId, email, name: "Now", timeZone: "UTC" })
        .returning({ id: subscriber.id });
      await db.insert(subscription).values({
        practiceId: p.practiceId,
        subscriberId: s?.id ?? "",
        list: "articles",
        status: "active",
      });
      await published(p.coach, { title: "Out now" });
      const mails = await waitFor(async () => {
        const rows = await db.select().from(mail).where(eq(mail.to, email));
        return rows.length > 0 ? rows : undefined;
      }, "the article's mail");
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toContain("Out now");
    });
  });

  describe("replies", () => {
    it("hands a person their replies in their export and erases them with their address", async () => {
      const p = await openPractice("rights");
      const a = await published(p.coach);
      const client = await inviteAndAccept(t.current, p.coach, "client", "rights-client");
      await postReply(t.current, `/p/${p.slug}/articles/${a.slug}/replies`, {
        name: "Me",
        email: client.email.toUpperCase(),
        text: "My reply",
      });
      const exported = await client.agent.get("/api/me/export");
      expect(exported.status).toBe(200);
      expect(exported.body.tables.article_reply).toHaveLength(1);
      expect(exported.body.tables.article_reply[0].body).toBe("My reply");
      const rows = await erasePerson(t.current.ctx.db, {
        id: client.id,
        name: client.name,
        email: client.email,
      });
      expect(rows.article_reply).toBe(1);
    });

    it("holds a reply, tells the moderators once each, and shows HTML in it as text once approved", async () => {
      const p = await openPractice("replies");
      const a = await published(p.coach);
      const path = `/p/${p.slug}/articles/${a.slug}`;
      const hostile = `<script>alert("x")</script>\nSecond line <b>bold</b>`;
      const sent = await postReply(t.current, `${path}/replies`, {
        name: "Ana <img src=x>",
        email: "Ana@Example.com",
        text: hostile,
        website: "",
      });
      expect(sent.statusCode).toBe(200);
      expect(sent.body).toContain("Thank you for your reply");

      const page = await t.current.app.inject({ method: "GET", url: path });
      expect(page.body).not.toContain("Second line");
      const moderation = await p.coach.agent.get(`/api/articles/${a.id}/replies?status=held`);
      expect(moderation.status).toBe(200);
      const [held] = moderation.body.replies;
      expect(held).toMatchObject({
        email: "ana@example.com",
        body: hostile.trim(),
        status: "held",
      });
      for (const m of [p.coach, p.admin]) {
        const mails = await t.current.ctx.db.select().from(mail).where(eq(mail.to, m.email));
        const waiting = mails.filter((x) => x.subject.includes("is waiting for you"));
        expect(waiting).toHaveLength(1);
        expect(waiting[0]?.text).toContain(`http://keel.test/articles/${a.id}/replies`);
      }
      const otherMails = await t.current.ctx.db
        .select()
        .from(mail)
        .where(eq(mail.to, p.otherCoach.email));
      expect(otherMails.filter((x) => x.subject.includes("is waiting"))).toHaveLength(0);
      expect((await p.otherCoach.agent.get(`/api/articles/${a.id}/replies`)).status).toBe(403);

      expect((await p.coach.agent.post(`/api/article-replies/${held.id}/approve`)).status).toBe(
        200,
      );
      const shown = await t.current.app.inject({ method: "GET", url: path });
      expect(shown.body).not.toContain("<script>alert");
      expect(shown.body).not.toContain("<b>bold</b>");
      expect(shown.body).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\nSecond line",
      );
      expect(shown.body).toContain("Ana &lt;img src=x&gt;");
    });

    it("shows problems beside the form with a 400 and keeps what was written", async () => {
      const p = await openPractice("invalid");
      const a = await published(p.coach);
      const path = `/p/${p.slug}/articles/${a.slug}/replies`;
      const tooLong = "x".repeat(5001);
      const refused = await postReply(t.current, path, {
        name: "",
        email: "not-an-address",
        text: tooLong,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers["content-type"]).toContain("text/html");
      expect(refused.body).toContain("Give your name");
      expect(refused.body).toContain("Give an email address like name@example.com");
      expect(refused.body).toContain("Keep your reply under 5,000 characters");
      expect(refused.body).toContain(tooLong);
      const none = await t.current.ctx.db
        .select()
        .from(articleReply)
        .where(eq(articleReply.articleId, a.id));
      expect(none).toHaveLength(0);
    });

    it("thanks a filled honeypot and stores nothing", async () => {
      const p = await openPractice("honey");
      const a = await published(p.coach);
      const sent = await postReply(t.current, `/p/${p.slug}/articles/${a.slug}/replies`, {
        name: "Bot",
        email: "bot@example.com",
        text: "Cheap pills",
        website: "http://spam.example",
      });
      expect(sent.statusCode).toBe(200);
      expect(sent.body).toContain("Thank you for your reply");
      const rows = await t.current.ctx.db
        .select()
        .from(articleReply)
        .where(eq(articleReply.articleId, a.id));
      expect(rows).toHaveLength(0);
    });

    it("stops a flood from one address and from one network address with a 429 page", async () => {
      const p = await openPractice("flood");
      const a = await published(p.coach);
      const path = `/p/${p.slug}/articles/${a.slug}/replies`;
      const email = uniqueEmail("flood");
      const statuses: number[] = [];
      for (let i = 0; i <= REPLY_LIMITS.perAddress.max; i++) {
        const ip = `10.20.${i}.${Math.floor(Math.random() * 250)}`;
        statuses.push(
          (await postReply(t.current, path, { name: "F", email, text: `${i}` }, ip)).statusCode,
        );
      }
      expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
      const last = await postReply(
        t.current,
        path,
        { name: "F", email, text: "again" },
        "10.21.0.1",
      );
      expect(last.statusCode).toBe(429);
      expect(last.headers["retry-after"]).toBeDefined();
      expect(last.body).toContain("Too many replies for now");

      const ip = `10.30.${Math.floor(Math.random() * 250)}.1`;
      const fromOneIp: number[] = [];
      for (let i = 0; i <= REPLY_LIMITS.perIp.max; i++) {
        const sent = await postReply(
          t.current,
          path,
          { name: "G", email: uniqueEmail("ip"), text: "hi" },
          ip,
        );
        fromOneIp.push(sent.statusCode);
      }
      expect(fromOneIp.at(-1)).toBe(429);
      expect(fromOneIp.filter((s) => s === 200)).toHaveLength(REPLY_LIMITS.perIp.max);
    });

    it("blocks an address: its replies are hidden and its next one is stored hidden", async () => {
      const p = await openPractice("block");
      const a = await published(p.coach);
      const b = await published(p.otherCoach, { title: "Another" });
      const email = uniqueEmail("troll");
      await postReply(t.current, `/p/${p.slug}/articles/${a.slug}/replies`, {
        name: "T",
        email,
        text: "one",
      });
      await postReply(
        t.current,
        `/p/${p.slug}/articles/${b.slug}/replies`,
        { name: "T", email, text: "two" },
        "10.9.0.2",
      );
      const list = await p.coach.agent.get(`/api/articles/${a.id}/replies`);
      const [first] = list.body.replies;
      await p.coach.agent.post(`/api/article-replies/${first.id}/approve`);
      const blocked = await p.coach.agent.post(`/api/article-replies/${first.id}/block`);
      expect(blocked.status).toBe(200);
      expect(blocked.body).toEqual({ email, hiddenReplies: 2 });

      const mailsBefore = await t.current.ctx.db
        .select()
        .from(mail)
        .where(eq(mail.to, p.admin.email));
      const third = await postReply(
        t.current,
        `/p/${p.slug}/articles/${a.slug}/replies`,
        { name: "T", email, text: "three" },
        "10.9.0.3",
      );
      expect(third.statusCode).toBe(200);
      expect(third.body).toContain("Thank you for your reply");
      const rows = await t.current.ctx.db
        .select({ status: articleReply.status })
        .from(articleReply)
        .where(and(eq(articleReply.email, email)));
      expect(rows.map((r) => r.status)).toEqual(["hidden", "hidden", "hidden"]);
      const mailsAfter = await t.current.ctx.db
        .select()
        .from(mail)
        .where(eq(mail.to, p.admin.email));
      expect(mailsAfter).toHaveLength(mailsBefore.length);
      const page = await t.current.app.inject({
        method: "GET",
        url: `/p/${p.slug}/articles/${a.slug}`,
      });
      expect(page.body).not.toContain(">one<");
      await postReply(
        t.current,
        `/p/${p.slug}/articles/${a.slug}/replies`,
        { name: "Kind", email: uniqueEmail("kind"), text: "kind words" },
        "10.9.0.4",
      );
      const marked = await p.coach.agent.get(`/api/articles/${a.id}/replies`);
      const blockedOf = (text: string) =>
        marked.body.replies.find((r: { body: string }) => r.body === text)?.blocked;
      expect(blockedOf("one")).toBe(true);
      expect(blockedOf("kind words")).toBe(false);
    });
  });
});
