import { beforeAll, describe, expect, it } from "vitest";
import { type DemoLogin, seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import { newAgent } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("the demo's email courses on the %s database", (kind) => {
  const t = useTestApp(kind);
  let logins: DemoLogin[];

  beforeAll(async () => {
    logins = (await seedDemoIfEmpty(t.current.ctx)) ?? [];
  });

  const signIn = async (email: string) => {
    const login = logins.find((l) => l.email === email);
    if (!login) throw new Error(`no demo login ${email}`);
    const agent = newAgent(t.current);
    const response = await agent.post("/api/auth/sign-in", {
      email: login.email,
      password: login.password,
    });
    expect(response.status).toBe(200);
    return agent;
  };

  it("shows Daniel five lessons in, three done, the next one still to come", async () => {
    const daniel = await signIn("daniel.client@example.com");
    const [engagement] = (await daniel.get("/api/engagements")).body.items;
    const courses = await daniel.get(`/api/engagements/${engagement.id}/courses`);
    expect(courses.status).toBe(200);
    expect(courses.body).toHaveLength(1);
    expect(courses.body[0]).toMatchObject({
      courseTitle: "Become a better leader in 30 days",
      lessonCount: 30,
      lessonsSent: 5,
      lessonsDone: 3,
      status: "active",
      enrolledByName: "Maya Okafor",
    });
    expect(new Date(courses.body[0].nextSendAt).getTime()).toBeGreaterThan(Date.now());
  });

  it("has Maya's own weekly course published", async () => {
    const maya = await signIn("maya.coach@example.com");
    const list = await maya.get("/api/courses");
    expect(list.body).toContainEqual(
      expect.objectContaining({
        title: "Five one-to-ones that matter",
        kind: "own",
        status: "published",
        publishedVersion: 1,
        lessonCount: 5,
        cadence: { kind: "every", days: 7 },
      }),
    );
    const stats = await maya.get("/api/list-stats");
    const leader = stats.body.find(
      (l: { list: string }) => l.list === "course:become-a-better-leader",
    );
    // Daniel and the readers of the public pages (demo-readers.ts), one of whose address bounced.
    expect(leader.counts).toEqual({ pending: 2, active: 16, completed: 4, unsubscribed: 3 });
    expect(leader.suppressed).toBe(1);
    expect(leader.lessons).toHaveLength(30);
    const articles = stats.body.find((l: { list: string }) => l.list === "articles");
    expect(articles.counts).toMatchObject({ active: 11, unsubscribed: 1 });
  });
});
