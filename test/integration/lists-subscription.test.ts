import { and, eq, inArray, like } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { sendDueLessons } from "../../src/server/courses/lesson-sending";
import {
  course,
  courseDelivery,
  courseVersion,
  lessonCompletion,
  mail,
  practice,
  subscriber,
  subscription,
} from "../../src/server/db/schema";
import { lessonDoneUrl, unsubscribeUrl } from "../../src/server/lists/list-links";
import { signUpCoach, uniqueEmail } from "../support/factories";
import { TEST_AUTH_SECRET, useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The public subscription flow over a real database: the practice's public pages, double
// opt-in (a GET never confirms), the answer that never tells whether an address is known, the
// "done" and unsubscribe links (a provider's cookieless one-click POST included), and hostile
// input answered with a page, never a 5xx. Requests carry no cookies, as a stranger's would.

const KEEL_COURSE = "become-a-better-leader";
const MINUTE = 60_000;

let ips = 0;
/** Each call from its own address, so the per-address limits stay out of the way. */
const nextIp = () => {
  ips += 1;
  return `10.9.${(ips >> 8) & 255}.${ips & 255}`;
};

describe.each(databaseKinds())("public subscriptions on the %s database", (kind) => {
  const t = useTestApp(kind);
  const db = () => t.current.ctx.db;
  const secrets = () => ({ publicUrl: "http://keel.test", authSecret: TEST_AUTH_SECRET });

  async function request(
    method: "GET" | "POST",
    url: string,
    options: {
      form?: Record<string, string>;
      payload?: string;
      headers?: Record<string, string>;
    } = {},
  ) {
    const inject: InjectOptions = { method, url, remoteAddress: nextIp(), headers: {} };
    if (options.form) {
      inject.headers = { "content-type": "application/x-www-form-urlencoded" };
      inject.payload = new URLSearchParams(options.form).toString();
    }
    if (options.payload !== undefined) inject.payload = options.payload;
    inject.headers = { ...inject.headers, ...options.headers };
    const response = await t.current.app.inject(inject);
    return { status: response.statusCode, body: response.body, headers: response.headers };
  }
  const get = (url: string) => request("GET", url);
  const post = (url: string, form?: Record<string, string>) =>
    request("POST", url, form ? { form } : {});

  async function practiceOf(label: string) {
    const coach = await signUpCoach(t.current, label);
    const view = await coach.agent.get("/api/practice");
    return { coach, slug: view.body.slug as string, id: view.body.id as string };
  }
  const courseUrl = (slug: string) => `/p/${slug}/courses/${KEEL_COURSE}`;
  const person = (email: string, extra: Record<string, string> = {}) => ({
    name: "Ann Lee",
    email,
    timeZone: "Pacific/Auckland",
    ...extra,
  });
  const confirmationMails = (to: string) =>
    db()
      .select()
      .from(mail)
      .where(and(eq(mail.to, to), like(mail.subject, "Confirm%")));
  const confirmPath = (text: string) => /\/lists\/confirm\/[\w-]+/.exec(text)?.[0] ?? "";
  const subscriptionsOf = async (email: string) =>
    db()
      .select({
        id: subscription.id,
        list: subscription.list,
        status: subscription.status,
        confirmTokenHash: subscription.confirmTokenHash,
        confirmedAt: subscription.confirmedAt,
        nextSendAt: subscription.nextSendAt,
        unsubscribedAt: subscription.unsubscribedAt,
      })
      .from(subscription)
      .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
      .where(eq(subscriber.email, email));
  const sentLongAgo = (email: string, minutes: number) =>
    db()
      .update(subscription)
      .set({ confirmationSentAt: new Date(Date.now() - minutes * MINUTE) })
      .where(
        inArray(
          subscription.subscriberId,
          db().select({ id: subscriber.id }).from(subscriber).where(eq(subscriber.email, email)),
        ),
      );

  async function subscribed(slug: string, email: string, articles = false) {
    const answer = await post(
      `${courseUrl(slug)}/subscribe`,
      person(email, articles ? { articles: "on" } : {}),
    );
    expect(answer.status, answer.body).toBe(200);
    return answer;
  }
  async function confirmedSubscription(slug: string, email: string) {
    await subscribed(slug, email);
    const [message] = await confirmationMails(email);
    const confirmed = await post(confirmPath(message?.text ?? ""));
    expect(confirmed.status, confirmed.body).toBe(200);
    const [row] = await subscriptionsOf(email);
    if (!row) throw new Error("no subscription");
    return row;
  }

  it("gives a new practice a slug from its name, which its admin changes with checks", async () => {
    const a = await practiceOf("slugtest");
    expect(a.slug).toMatch(/^slugtest-practice(-[a-z0-9]{4})?$/);
    const b = await practiceOf("slugtest");
    expect(b.slug).not.toBe(a.slug);
    expect(b.slug.startsWith("slugtest-practice")).toBe(true);

    for (const bad of ["ab", "Has-Caps", "-lead", "two--hyphens", "a b c", "x".repeat(61)]) {
      const refused = await b.coach.agent.patch("/api/practice", { slug: bad });
      expect(refused.status, bad).toBe(400);
      expect(refused.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["slug"]);
    }
    const taken = await b.coach.agent.patch("/api/practice", { slug: a.slug });
    expect([taken.status, taken.body.error.code]).toEqual([409, "slug_taken"]);
    const own = `own-address-${Date.now().toString(36)}`;
    const changed = await b.coach.agent.patch("/api/practice", {
      slug: own,
      postalAddress: "  2 Mill Lane, York YO1 7HH  ",
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ slug: own, postalAddress: "2 Mill Lane, York YO1 7HH" });
    const same = await b.coach.agent.patch("/api/practice", { slug: own });
    expect(same.status).toBe(200);
    const cleared = await b.coach.agent.patch("/api/practice", { postalAddress: "" });
    expect(cleared.body.postalAddress).toBeNull();
    expect((await get(`/p/${own}`)).status).toBe(200);
    expect((await get(`/p/${b.slug}`)).status).toBe(404);
  });

  it("shows the practice's home and course pages, escaped, and a 404 page for unknown ones", async () => {
    const p = await practiceOf("pages");
    await db()
      .update(practice)
      .set({ name: `Lee & Co <script>alert("x")</script>` })
      .where(eq(practice.id, p.id));
    const [own] = await db()
      .insert(course)
      .values({
        practiceId: p.id,
        slug: "delegate-well",
        title: "Delegate <b>well</b>",
        summary: "Five lessons on handing over whole tasks.",
        cadence: { kind: "every", days: 7 },
        status: "published",
      })
      .returning();
    const lesson = { title: "Pick one task <i>today</i>", body: "Body", task: "Task" };
    await db()
      .insert(courseVersion)
      .values({
        courseId: own?.id,
        version: 1,
        title: "Delegate <b>well</b>",
        summary: "Five lessons on handing over whole tasks.",
        cadence: { kind: "every", days: 7 },
        lessons: [lesson, { ...lesson, title: "Second" }],
      });

    const home = await get(`/p/${p.slug}`);
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toContain("text/html");
    expect(home.body).toContain("Lee &amp; Co &lt;script&gt;");
    expect(home.body).not.toContain("<script>alert");
    expect(home.body).toContain(`href="/p/${p.slug}/courses/${KEEL_COURSE}"`);
    expect(home.body).toContain("Become a better leader in 30 days");
    expect(home.body).toContain(`href="/p/${p.slug}/courses/delegate-well"`);
    expect(home.body).toContain("Delegate &lt;b&gt;well&lt;/b&gt;");

    const keel = await get(courseUrl(p.slug));
    expect(keel.status).toBe(200);
    expect(keel.body).toContain("30 lessons, arriving every day.");
    expect(keel.body).toContain("at 08:00 your time");
    expect(keel.body).toContain("Where your time really goes");
    expect(keel.body).toContain(`action="${courseUrl(p.slug)}/subscribe"`);
    expect(keel.body).toMatch(/<select[^>]*name="timeZone"/);
    expect(keel.body).toContain('<option value="Pacific/Auckland">');
    expect(keel.body).toContain('<option value="America/Los_Angeles">');
    expect(keel.body).toContain("Also mail me when a new article is published");
    expect(keel.body).toMatch(/class="honey"/);
    expect(keel.body).toContain('<script src="/site/time-zone.js" defer="">');
    expect(keel.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(keel.headers["content-security-policy"]).toContain("script-src 'self'");

    const mine = await get(`/p/${p.slug}/courses/delegate-well`);
    expect(mine.status).toBe(200);
    expect(mine.body).toContain("2 lessons, arriving once a week.");
    expect(mine.body).toContain("Pick one task &lt;i&gt;today&lt;/i&gt;");
    await db()
      .update(course)
      .set({ status: "draft" })
      .where(eq(course.id, own?.id ?? ""));
    expect((await get(`/p/${p.slug}/courses/delegate-well`)).status).toBe(404);

    const script = await get("/site/time-zone.js");
    expect([script.status, script.headers["content-type"]]).toEqual([
      200,
      "text/javascript; charset=utf-8",
    ]);
    const nobody = await get("/p/no-such-practice-here");
    expect([nobody.status, nobody.headers["content-type"]]).toEqual([
      404,
      "text/html; charset=utf-8",
    ]);
    expect((await get(`/p/${p.slug}/courses/no-such-course`)).status).toBe(404);
    expect(
      (await post(`/p/${p.slug}/courses/no-such-course/subscribe`, person("x@example.com"))).status,
    ).toBe(404);
  });

  it("shows the form again with each problem beside its field, and stores nothing", async () => {
    const p = await practiceOf("form");
    const answer = await post(`${courseUrl(p.slug)}/subscribe`, {
      name: "",
      email: `not-an-address"><script>x</script>`,
      timeZone: "Mars/Olympus",
      articles: "on",
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('id="name-problem"');
    expect(answer.body).toContain('id="email-problem"');
    expect(answer.body).toContain('id="timeZone-problem"');
    expect(answer.body).toContain("not-an-address&quot;&gt;&lt;script&gt;");
    expect(answer.body).not.toContain("<script>x</script>");
    expect(answer.body).toMatch(/<input type="checkbox" name="articles"[^>]* checked=""/);
    const rows = await db().select().from(subscriber).where(eq(subscriber.practiceId, p.id));
    expect(rows).toHaveLength(0);
  });

  it("confirms a course and the articles with one POST from the mailed link's page, never by a GET", async () => {
    const p = await practiceOf("optin");
    const email = uniqueEmail("optin");
    const answer = await subscribed(p.slug, email.toUpperCase(), true);
    expect(answer.body).toContain("Check your inbox");
    const mails = await confirmationMails(email);
    expect(mails).toHaveLength(1);
    const [message] = mails;
    expect(message?.subject).toBe(
      "Confirm your subscription to “Become a better leader in 30 days”",
    );
    expect(message?.text).toContain("optin practice");
    expect(message?.text).toContain("Hello Ann Lee,");
    expect(message?.html).toContain("Confirm my subscription");
    const path = confirmPath(message?.text ?? "");
    expect(path).not.toBe("");

    const before = await subscriptionsOf(email);
    expect(before.map((s) => [s.list, s.status]).sort()).toEqual([
      ["articles", "pending"],
      [`course:${KEEL_COURSE}`, "pending"],
    ]);
    for (let i = 0; i < 3; i++) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.body).toContain(`<form action="${path}" method="post">`);
      expect(page.body).toContain("Become a better leader in 30 days");
      expect(page.body).toContain("noindex");
    }
    expect(await subscriptionsOf(email)).toEqual(before);

    const confirmed = await post(path);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toContain("You are subscribed");
    const after = await subscriptionsOf(email);
    for (const row of after) {
      expect(row).toMatchObject({ status: "active", confirmTokenHash: null });
      expect(row.confirmedAt).toBeInstanceOf(Date);
    }
    const courseRow = after.find((s) => s.list.startsWith("course:"));
    expect(courseRow?.nextSendAt).toBeInstanceOf(Date);
    expect(after.find((s) => s.list === "articles")?.nextSendAt).toBeNull();

    const again = await post(path);
    expect(again.status).toBe(404);
    expect(again.body).toContain("does not work any more");
    expect((await get("/lists/confirm/made-up-token-that-is-long-enough")).status).toBe(404);
  });

  it("sends lesson 1 once confirmed, and its mail's done and unsubscribe links work", async () => {
    const p = await practiceOf("firstlesson");
    const email = uniqueEmail("learner");
    await confirmedSubscription(p.slug, email);
    // The confirmation queued the sending job; running it here as well sends the lesson once.
    await sendDueLessons(t.current.ctx, new Date());
    const lessons = await db()
      .select()
      .from(mail)
      .where(and(eq(mail.to, email), like(mail.text, "%/lists/done/%")));
    expect(lessons).toHaveLength(1);
    const text = lessons[0]?.text ?? "";
    const done = /\/lists\/done\/[\w.-]+/.exec(text)?.[0] ?? "";
    const leave = /\/lists\/unsubscribe\/[\w.-]+/.exec(text)?.[0] ?? "";
    expect((await get(done)).body).toContain("Mark lesson 1 done");
    const marked = await post(done);
    expect(marked.status, marked.body).toBe(200);
    expect(marked.body).toContain("Lesson 2 arrives on");
    const left = await post(leave);
    expect(left.status).toBe(200);
    expect((await subscriptionsOf(email))[0]?.status).toBe("unsubscribed");
  });

  it("refuses a confirmation link older than a week with a page", async () => {
    const p = await practiceOf("expiry");
    const email = uniqueEmail("expiry");
    await subscribed(p.slug, email);
    const [message] = await confirmationMails(email);
    await sentLongAgo(email, 8 * 24 * 60);
    const path = confirmPath(message?.text ?? "");
    expect((await get(path)).status).toBe(410);
    expect((await post(path)).status).toBe(410);
    expect((await subscriptionsOf(email))[0]?.status).toBe("pending");
  });

  it("answers a second sign-up alike whatever the address's state, without a flood of mail", async () => {
    const p = await practiceOf("again");
    const fresh = await subscribed(p.slug, uniqueEmail("fresh"));
    const email = uniqueEmail("again");
    const first = await subscribed(p.slug, email);
    expect(first.body).toBe(fresh.body);
    const pending = await subscribed(p.slug, email);
    expect(pending.body).toBe(fresh.body);
    expect(await confirmationMails(email)).toHaveLength(1);

    await sentLongAgo(email, 11);
    await subscribed(p.slug, email);
    const mails = await confirmationMails(email);
    expect(mails).toHaveLength(2);
    const newest = mails.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    await post(confirmPath(newest?.text ?? ""));
    expect((await subscriptionsOf(email))[0]?.status).toBe("active");

    const active = await post(`${courseUrl(p.slug)}/subscribe`, {
      ...person(email),
      name: "Someone Else",
      timeZone: "Europe/London",
    });
    expect([active.status, active.body]).toEqual([200, fresh.body]);
    expect(await confirmationMails(email)).toHaveLength(2);
    const [kept] = await db().select().from(subscriber).where(eq(subscriber.email, email));
    expect([kept?.name, kept?.timeZone]).toEqual(["Ann Lee", "Pacific/Auckland"]);

    const [row] = await subscriptionsOf(email);
    await post(new URL(unsubscribeUrl(secrets(), row?.id ?? "")).pathname);
    await sentLongAgo(email, 11);
    const back = await subscribed(p.slug, email);
    expect(back.body).toBe(fresh.body);
    expect(await confirmationMails(email)).toHaveLength(3);
    expect((await subscriptionsOf(email))[0]?.status).toBe("pending");
  });

  it("sends a waiting address at most five confirmations a day", async () => {
    const p = await practiceOf("daily");
    const email = uniqueEmail("daily");
    for (let i = 0; i < 7; i++) {
      await subscribed(p.slug, email);
      await sentLongAgo(email, 11);
    }
    expect(await confirmationMails(email)).toHaveLength(5);
  });

  it("limits sign-ups per address with a page that says when to try again", async () => {
    const p = await practiceOf("limits");
    const email = uniqueEmail("limited");
    for (let i = 0; i < 10; i++) await subscribed(p.slug, email);
    const refused = await post(`${courseUrl(p.slug)}/subscribe`, person(email.toUpperCase()));
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(refused.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(refused.body).toContain("Try again in");
  });

  it("answers a filled honeypot as a person, storing and sending nothing", async () => {
    const p = await practiceOf("honey");
    const fresh = await subscribed(p.slug, uniqueEmail("fresh"));
    const email = uniqueEmail("robot");
    const robot = await post(`${courseUrl(p.slug)}/subscribe`, {
      ...person(email),
      website: "http://spam.example",
    });
    expect([robot.status, robot.body]).toEqual([200, fresh.body]);
    expect(await subscriptionsOf(email)).toHaveLength(0);
    expect(await confirmationMails(email)).toHaveLength(0);
  });

  it("subscribes to the articles alone through the practice's form", async () => {
    const p = await practiceOf("articles");
    const form = await get(`/p/${p.slug}/subscribe`);
    expect(form.status).toBe(200);
    expect(form.body).not.toContain('name="articles"');
    const email = uniqueEmail("reader");
    const answer = await post(`/p/${p.slug}/subscribe`, person(email));
    expect(answer.status).toBe(200);
    const [message] = await confirmationMails(email);
    expect(message?.subject).toBe("Confirm your subscription to articles practice's articles");
    await post(confirmPath(message?.text ?? ""));
    expect((await subscriptionsOf(email)).map((s) => [s.list, s.status])).toEqual([
      ["articles", "active"],
    ]);
    expect((await post(`/p/${p.slug}/subscribe`, { name: "x" })).status).toBe(400);
  });

  it("marks a sent lesson done once, and refuses forged, unconfirmed and unsent ones with pages", async () => {
    const p = await practiceOf("done");
    const waiting = uniqueEmail("waiting");
    await subscribed(p.slug, waiting);
    const [pending] = await subscriptionsOf(waiting);
    const pendingPath = new URL(lessonDoneUrl(secrets(), pending?.id ?? "", 1)).pathname;
    const early = await get(pendingPath);
    expect([early.status, early.body.includes("Confirm your subscription first")]).toEqual([
      409,
      true,
    ]);
    expect((await post(pendingPath)).status).toBe(409);

    const email = uniqueEmail("doer");
    const row = await confirmedSubscription(p.slug, email);
    const path = (lesson: number) => new URL(lessonDoneUrl(secrets(), row.id, lesson)).pathname;
    const notYet = await db()
      .select()
      .from(courseDelivery)
      .where(and(eq(courseDelivery.subscriptionId, row.id), eq(courseDelivery.lesson, 2)));
    expect(notYet).toHaveLength(0);
    const unsent = await get(path(2));
    expect([unsent.status, unsent.body.includes("has not been sent yet")]).toEqual([404, true]);
    expect((await post(path(2))).status).toBe(404);

    await db()
      .insert(courseDelivery)
      .values({ subscriptionId: row.id, lesson: 1, localDate: "2026-01-05" })
      .onConflictDoNothing();
    await db()
      .update(subscription)
      .set({ nextLesson: 2, nextSendAt: new Date("2030-01-07T19:00:00Z") })
      .where(eq(subscription.id, row.id));
    const page = await get(path(1));
    expect(page.status).toBe(200);
    expect(page.body).toContain("Mark lesson 1 done");
    expect(page.body).toContain(`<form action="${path(1)}" method="post">`);
    const completions = () =>
      db().select().from(lessonCompletion).where(eq(lessonCompletion.subscriptionId, row.id));
    expect(await completions()).toHaveLength(0);
    const done = await post(path(1));
    expect(done.status).toBe(200);
    expect(done.body).toContain("Lesson 1 done");
    // 19:00 UTC on 7 January is 08:00 on 8 January in Auckland.
    expect(done.body).toContain("Lesson 2 arrives on Tuesday 8 January at 08:00 your time.");
    expect((await post(path(1))).status).toBe(200);
    expect(await completions()).toHaveLength(1);

    const forged = `${path(1).slice(0, -3)}abc`;
    expect((await get(forged)).status).toBe(404);
    expect((await post(forged)).status).toBe(404);
    const otherLesson = path(1).replace(`${row.id}.1.`, `${row.id}.2.`);
    expect((await post(otherLesson)).status).toBe(404);
  });

  it("unsubscribes by a provider's cookieless one-click POST and through the page, never by a GET", async () => {
    const p = await practiceOf("leave");
    const email = uniqueEmail("leaver");
    const row = await confirmedSubscription(p.slug, email);
    const path = new URL(unsubscribeUrl(secrets(), row.id)).pathname;

    const page = await get(path);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Become a better leader in 30 days");
    expect(page.body).toContain(`<form action="${path}" method="post">`);
    expect((await subscriptionsOf(email))[0]?.status).toBe("active");

    const oneClick = await request("POST", path, {
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.location).toBeUndefined();
    expect(oneClick.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(oneClick.body).toContain("You are unsubscribed");
    const [gone] = await subscriptionsOf(email);
    expect(gone).toMatchObject({ status: "unsubscribed", nextSendAt: null });
    const when = gone?.unsubscribedAt;
    expect(when).toBeInstanceOf(Date);

    const boundary = "----provider";
    const multipart = await request("POST", path, {
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(multipart.status).toBe(200);
    expect((await subscriptionsOf(email))[0]?.unsubscribedAt).toEqual(when);

    const other = await confirmedSubscription(p.slug, uniqueEmail("pager"));
    const otherPath = new URL(unsubscribeUrl(secrets(), other.id)).pathname;
    const fromPage = await request("POST", otherPath, {
      form: {},
      headers: { host: "keel.test", origin: "http://keel.test" },
    });
    expect(fromPage.status, fromPage.body).toBe(200);

    const forged = `/lists/unsubscribe/${row.id}.${"A".repeat(43)}`;
    expect((await get(forged)).status).toBe(404);
    expect((await post(forged)).status).toBe(404);
  });

  it("answers hostile text with a page, never a 5xx", async () => {
    const p = await practiceOf("hostile");
    const url = `${courseUrl(p.slug)}/subscribe`;
    const cases: { payload: string; type: string }[] = [
      {
        payload: "name=Ann%00Lee&email=a%40example.com&timeZone=UTC",
        type: "application/x-www-form-urlencoded",
      },
      {
        payload: "name=%ED%A0%80&email=b%40example.com&timeZone=UTC",
        type: "application/x-www-form-urlencoded",
      },
      {
        payload: `name=${"x".repeat(1024 * 1024)}&email=c%40example.com`,
        type: "application/x-www-form-urlencoded",
      },
      {
        payload: JSON.stringify({ name: "\ud800", email: "d@example.com" }),
        type: "application/json",
      },
      { payload: JSON.stringify({ name: ["a"], email: { $ne: 1 } }), type: "application/json" },
      { payload: "%%%&&&===", type: "application/x-www-form-urlencoded" },
      { payload: "", type: "text/plain" },
    ];
    for (const c of cases) {
      const answer = await request("POST", url, {
        payload: c.payload,
        headers: { "content-type": c.type },
      });
      expect(answer.status, c.payload.slice(0, 60)).toBeLessThan(500);
      expect(answer.status, c.payload.slice(0, 60)).toBeGreaterThanOrEqual(200);
      expect(answer.headers["content-type"], c.payload.slice(0, 60)).toContain("text/html");
    }
    const html = `<img src=x onerror=alert(1)>`;
    const email = uniqueEmail("html");
    await post(url, person(email, { name: html }));
    const [message] = await confirmationMails(email);
    expect(message?.html).not.toContain("<img");
    expect(message?.html).toContain("&#60;img");
    for (const path of [
      "/lists/confirm/%00",
      `/lists/confirm/${"a".repeat(5000)}`,
      "/lists/done/%3Cscript%3E",
      "/lists/unsubscribe/%ED%A0%80",
      "/p/%00",
      `/p/${p.slug}/courses/%3Cb%3E`,
    ]) {
      for (const method of ["GET", "POST"] as const) {
        const answer = await request(method, path);
        expect(answer.status, `${method} ${path.slice(0, 40)}`).toBeLessThan(500);
        expect(answer.body).not.toContain("<script>");
        expect(answer.body).not.toContain("<b>");
      }
    }
    expect(await subscriptionsOf("a@example.com")).toHaveLength(0);
  });
});
