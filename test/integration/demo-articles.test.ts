import { beforeAll, describe, expect, it } from "vitest";
import { publishDueArticles } from "../../src/server/articles/publishing";
import { type DemoLogin, seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import { newAgent } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The demo practice's articles: the seed article published as the first of a series, its offer
// linked to the real course, the second part scheduled, and replies for Maya to moderate.

describe.each(databaseKinds())("the demo practice's articles on the %s database", (kind) => {
  const t = useTestApp(kind);
  let logins: DemoLogin[];

  beforeAll(async () => {
    logins = (await seedDemoIfEmpty(t.current.ctx)) ?? [];
  });

  it("publishes the seed article as part 1 of a series, with its offer and announcement", async () => {
    const page = await t.current.app.inject({
      method: "GET",
      url: "/p/northwind-coaching/articles/the-leadership-coaching-process",
    });
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain("<h2>1. Coaching Process: Initial Assessment</h2>");
    expect(html).toContain("<h2>5. Review and Sustain Results After the Coaching Process</h2>");
    expect(html).toContain(`href="/p/northwind-coaching/courses/become-a-better-leader"`);
    expect(html).toContain(
      `href="/p/northwind-coaching/articles/the-leadership-coaching-process#subscribe"`,
    );
    expect(html).toContain("Part 1 of 2");
    expect(html).toContain("Coming next: </strong>Coaching Success Stories");
    expect(html).toContain("The part on accountability rings true.");
    expect(html).not.toContain("Is the 360 feedback step worth it");
  });

  it("leaves Maya a held reply and mails nobody about the article already out", async () => {
    const login = logins.find((l) => l.email === "maya.coach@example.com");
    const maya = newAgent(t.current);
    await maya.post("/api/auth/sign-in", { email: login?.email, password: login?.password });
    const list = await maya.get("/api/articles");
    expect(list.status).toBe(200);
    const statuses = list.body.articles.map((a: { status: string }) => a.status).sort();
    expect(statuses).toEqual(["published", "scheduled"]);
    const first = list.body.articles.find((a: { status: string }) => a.status === "published");
    expect(first.heldReplies).toBe(1);
    const done = await publishDueArticles(t.current.ctx, new Date());
    expect(done).toEqual({ published: 0, mailed: 0 });
  });
});
