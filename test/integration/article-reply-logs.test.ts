import { Writable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDueArticles } from "../../src/server/articles/publishing";
import { membership, practice, subscriber, subscription } from "../../src/server/db/schema";
import { inviteAndAccept, signUpCoach } from "../support/factories";
import { startTestApp, stopTestApp, type TestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// A reply's text and address, and the subscribers mailed of an article, never reach the log,
// even at its most talkative level.

const MARKER = "REPLY-MARKER-3c9a";

describe.each(databaseKinds())("the log of replies and article mail on %s", (kind) => {
  const lines: string[] = [];
  let t: TestApp;

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await startTestApp(kind, { logger: { level: "trace", stream } });
  }, 120_000);

  afterAll(async () => {
    await stopTestApp(t);
  });

  it("logs neither a reply's words nor the addresses it and the article's mail go to", async () => {
    const admin = await signUpCoach(t, "logs-admin");
    const coach = await inviteAndAccept(t, admin, "coach", "logs-coach");
    const [home] = await t.ctx.db
      .select({ id: practice.id, slug: practice.slug })
      .from(membership)
      .innerJoin(practice, eq(practice.id, membership.practiceId))
      .where(eq(membership.userId, admin.id));
    const readerEmail = `${MARKER.toLowerCase()}-reader@example.com`;
    const [reader] = await t.ctx.db
      .insert(subscriber)
      .values({ practiceId: home?.id ?? "", email: readerEmail, name: MARKER, timeZone: "UTC" })
      .returning({ id: subscriber.id });
    await t.ctx.db.insert(subscription).values({
      practiceId: home?.id ?? "",
      subscriberId: reader?.id ?? "",
      list: "articles",
      status: "active",
    });
    const made = await coach.agent.post("/api/articles", { title: "Logged", body: "Text." });
    await coach.agent.post(`/api/articles/${made.body.id}/publish`);
    await publishDueArticles(t.ctx, new Date());

    const sent = await t.app.inject({
      method: "POST",
      url: `/p/${home?.slug}/articles/${made.body.slug}/replies`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        name: `Name ${MARKER}`,
        email: `${MARKER.toLowerCase()}@example.com`,
        text: `Words ${MARKER}`,
      }).toString(),
    });
    expect(sent.statusCode).toBe(200);
    const refused = await t.app.inject({
      method: "POST",
      url: `/p/${home?.slug}/articles/${made.body.slug}/replies`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ name: "", email: MARKER, text: MARKER }).toString(),
    });
    expect(refused.statusCode).toBe(400);
    const held = await coach.agent.get(`/api/articles/${made.body.id}/replies`);
    await coach.agent.post(`/api/article-replies/${held.body.replies[0].id}/block`);

    const logged = lines.join("\n");
    expect(logged).toContain("/replies");
    expect(logged.toLowerCase()).not.toContain(MARKER.toLowerCase());
  });
});
