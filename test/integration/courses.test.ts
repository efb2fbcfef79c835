import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sendDueLessons } from "../../src/server/courses/lesson-sending";
import {
  courseVersion,
  lessonCompletion,
  mail,
  subscriber,
  subscription,
} from "../../src/server/db/schema";
import { publishedCourse, TWO_LESSONS, uniqueSlug, writeCourse } from "../support/course-kit";
import { inviteAndAccept, type Member, openEngagement, signUpCoach } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("coaches' email courses on the %s database", (kind) => {
  const t = useTestApp(kind);
  let admin: Member;
  let coach: Member;
  let client: Member;
  let engagementId: string;

  const sendNow = () =>
    sendDueLessons(
      {
        db: t.current.ctx.db,
        mailer: t.current.ctx.mailer,
        config: t.current.ctx.config,
        authSecret: t.current.ctx.authSecret,
      },
      new Date(),
    );

  beforeAll(async () => {
    admin = await signUpCoach(t.current, "course-admin");
    coach = await inviteAndAccept(t.current, admin, "coach", "course-coach");
    client = await inviteAndAccept(t.current, coach, "client", "course-client");
    engagementId = (await openEngagement(coach, client)).id;
  });

  describe("writing", () => {
    it("starts a draft, saves lessons and refuses a stale save with 409", async () => {
      const course = await writeCourse(coach.agent);
      const stale = await coach.agent.put(`/api/courses/${course.id}`, {
        title: "Mine",
        summary: "",
        cadence: { kind: "daily" },
        lessons: [],
        baseVersion: "2020-01-01T00:00:00.000Z",
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("stale_version");
      const read = await coach.agent.get(`/api/courses/${course.id}`);
      expect(read.body).toMatchObject({ status: "draft", kind: "own", mayEdit: true });
      expect(read.body.lessons).toEqual(TWO_LESSONS);
    });

    it("refuses a web name used by another course of the practice, naming the field", async () => {
      const slug = uniqueSlug();
      const body = { title: "A", slug, summary: "", cadence: { kind: "daily" } };
      expect((await coach.agent.post("/api/courses", body)).status).toBe(201);
      const again = await admin.agent.post("/api/courses", body);
      expect(again.status).toBe(400);
      expect(again.body.error.fields[0].path).toBe("slug");
    });

    it("lets another coach read but not change; the admin may change", async () => {
      const other = await inviteAndAccept(t.current, admin, "coach", "course-reader");
      const course = await writeCourse(coach.agent);
      const list = await other.agent.get("/api/courses");
      const row = list.body.find((c: { id: string }) => c.id === course.id);
      expect(row).toMatchObject({ mayEdit: false, authorName: coach.name });
      expect((await other.agent.post(`/api/courses/${course.id}/publish`)).status).toBe(403);
      expect((await admin.agent.post(`/api/courses/${course.id}/publish`)).status).toBe(200);
    });

    it("lists Keel's own courses read-only", async () => {
      const list = await coach.agent.get("/api/courses");
      const keel = list.body.find((c: { kind: string }) => c.kind === "keel");
      expect(keel).toMatchObject({ mayEdit: false, status: "published" });
      const read = await coach.agent.get(`/api/courses/${keel.id}`);
      expect(read.status).toBe(200);
      expect(read.body.lessons.length).toBe(keel.lessonCount);
      expect((await coach.agent.post(`/api/courses/${keel.id}/publish`)).status).toBe(403);
    });
  });

  describe("publishing", () => {
    it("refuses a course without lessons with a clear 400", async () => {
      const course = await writeCourse(coach.agent, []);
      const response = await coach.agent.post(`/api/courses/${course.id}/publish`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe("A course needs at least one lesson.");
    });

    it("names the lesson whose task is empty", async () => {
      const lessons = [TWO_LESSONS[0], { ...TWO_LESSONS[1], task: "   " }];
      const course = await writeCourse(coach.agent, lessons as typeof TWO_LESSONS);
      const response = await coach.agent.post(`/api/courses/${course.id}/publish`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe("Lesson 2 needs a task.");
      expect(response.body.error.fields).toContainEqual({
        path: "lessons.1.task",
        message: "Lesson 2 needs a task.",
      });
      const row = await coach.agent.get(`/api/courses/${course.id}`);
      expect(row.body.status).toBe("draft");
    });

    it("freezes each publication as the next version", async () => {
      const id = await publishedCourse(coach.agent);
      const again = await coach.agent.post(`/api/courses/${id}/publish`);
      expect(again.body).toMatchObject({ status: "published", publishedVersion: 2 });
      const versions = await t.current.ctx.db
        .select({ version: courseVersion.version, lessons: courseVersion.lessons })
        .from(courseVersion)
        .where(eq(courseVersion.courseId, id));
      expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
      expect(versions[0]?.lessons).toEqual(TWO_LESSONS);
    });

    it("withdraws: no one new is enrolled", async () => {
      const id = await publishedCourse(coach.agent);
      const withdrawn = await coach.agent.post(`/api/courses/${id}/withdraw`);
      expect(withdrawn.body.status).toBe("withdrawn");
      const enrol = await coach.agent.post(`/api/engagements/${engagementId}/courses`, {
        courseId: id,
      });
      expect(enrol.status).toBe(409);
      expect(enrol.body.error.code).toBe("course_not_open");
    });
  });

  describe("previews", () => {
    it("shows a lesson's mail as it will arrive, with hostile text escaped", async () => {
      const course = await writeCourse(coach.agent);
      const response = await coach.agent.post(`/api/courses/${course.id}/preview`, {
        courseTitle: "Five one-to-ones <b>that</b> matter",
        lessonNumber: 1,
        lessonCount: 2,
        lesson: {
          title: "Listen <script>alert(1)</script>",
          body: "Be **kind**. <img src=x onerror=alert(1)> [x](javascript:alert(1))",
          task: "Ask one open question.",
        },
      });
      expect(response.status).toBe(200);
      expect(response.body.subject).toBe("Lesson 1 of 2: Listen <script>alert(1)</script>");
      expect(response.body.html).toContain("<strong>kind</strong>");
      expect(response.body.html).not.toContain("<script>");
      expect(response.body.html).not.toContain("<img");
      expect(response.body.html).not.toContain('href="javascript:');
      expect(response.body.text).toContain("Ask one open question.");
      expect(response.body.text).toContain("http://keel.test/lists/unsubscribe/example");
    });

    it("never answers hostile text with a 5xx", async () => {
      const hostile = ["\u0000", "\u202e\u202d", "💥".repeat(50), "'; drop table course; --"];
      for (const text of hostile) {
        const created = await coach.agent.post("/api/courses", {
          title: text,
          slug: uniqueSlug(),
          summary: text,
          cadence: { kind: "daily" },
        });
        expect(created.status).toBeLessThan(500);
      }
      const badSlug = await coach.agent.post("/api/courses", {
        title: "A",
        slug: "../../etc",
        summary: "",
        cadence: { kind: "every", days: 99 },
      });
      expect(badSlug.status).toBe(400);
      expect((await coach.agent.get("/api/courses/..%2F..")).status).toBeLessThan(500);
    });
  });

  describe("enrolment and progress", () => {
    let courseId: string;
    let subscriptionId: string;

    beforeAll(async () => {
      courseId = await publishedCourse(coach.agent, "Five one-to-ones that matter");
    });

    it("enrols the client at once and sends lesson 1 saying who enrolled them", async () => {
      const response = await coach.agent.post(`/api/engagements/${engagementId}/courses`, {
        courseId,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      subscriptionId = response.body.subscriptionId;
      expect(response.body).toMatchObject({ status: "active", lessonCount: 2 });
      await sendNow();
      const lessonMail = (await t.current.ctx.db.select().from(mail)).find(
        (m) =>
          m.to.toLowerCase() === client.email.toLowerCase() && m.subject.startsWith("Lesson 1"),
      );
      expect(lessonMail?.subject).toBe("Lesson 1 of 2: Listen first");
      expect(lessonMail?.text).toContain(`${coach.name} enrolled you`);
      const [row] = await t.current.ctx.db
        .select()
        .from(subscriber)
        .where(eq(subscriber.email, client.email.toLowerCase()));
      expect(row?.userId).toBe(client.id);
    });

    it("refuses to enrol a client whose address bounced", async () => {
      const bounced = await inviteAndAccept(t.current, coach, "client", "bounced-client");
      const opened = await openEngagement(coach, bounced);
      const [practiceRow] = await t.current.ctx.db
        .select({ practiceId: subscriber.practiceId })
        .from(subscriber)
        .where(eq(subscriber.email, client.email.toLowerCase()));
      await t.current.ctx.db.insert(subscriber).values({
        practiceId: practiceRow?.practiceId as string,
        email: bounced.email.toLowerCase(),
        name: bounced.name,
        timeZone: "UTC",
        suppressedAt: new Date(),
        suppressedReason: "bounced",
      });
      const refused = await coach.agent.post(`/api/engagements/${opened.id}/courses`, { courseId });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("address_suppressed");
    });

    it("refuses to enrol twice", async () => {
      const again = await coach.agent.post(`/api/engagements/${engagementId}/courses`, {
        courseId,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_enrolled");
    });

    it("shows progress to the coach and the client", async () => {
      await t.current.ctx.db.insert(lessonCompletion).values({ subscriptionId, lesson: 1 });
      for (const member of [coach, client, admin]) {
        const list = await member.agent.get(`/api/engagements/${engagementId}/courses`);
        expect(list.status).toBe(200);
        const mine = list.body.find(
          (e: { subscriptionId: string }) => e.subscriptionId === subscriptionId,
        );
        expect(mine).toMatchObject({
          courseTitle: "Five one-to-ones that matter",
          lessonsSent: 1,
          lessonsDone: 1,
          status: "active",
          enrolledByName: coach.name,
          mayStop: member === client,
        });
        expect(mine.nextSendAt).not.toBeNull();
      }
    });

    it("lets the client stop, and then the coach cannot enrol them again", async () => {
      const stopped = await client.agent.post(
        `/api/engagements/${engagementId}/courses/${subscriptionId}/stop`,
      );
      expect(stopped.status).toBe(200);
      expect(stopped.body).toMatchObject({ status: "unsubscribed", nextSendAt: null });
      const again = await coach.agent.post(`/api/engagements/${engagementId}/courses`, {
        courseId,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("unsubscribed_from_course");
      expect(again.body.error.message).toMatch(/Only they can subscribe again/);
    });
  });

  describe("the admin's figures and CSV", () => {
    it("counts subscribers by status and lessons by day", async () => {
      const stats = await admin.agent.get("/api/list-stats");
      expect(stats.status).toBe(200);
      const course = stats.body.find(
        (list: { title: string; counts: { unsubscribed: number } }) =>
          list.title === "Five one-to-ones that matter" && list.counts.unsubscribed === 1,
      );
      expect(course.lessons[0]).toEqual({ lesson: 1, sent: 1, done: 1 });
      expect(stats.body.some((list: { list: string }) => list.list === "articles")).toBe(true);
    });

    it("exports subscribers as CSV, quoted and safe from formulas", async () => {
      const [practiceRow] = await t.current.ctx.db
        .select({ practiceId: subscriber.practiceId })
        .from(subscriber)
        .where(eq(subscriber.email, client.email.toLowerCase()));
      const practiceId = practiceRow?.practiceId as string;
      const [hostile] = await t.current.ctx.db
        .insert(subscriber)
        .values({
          practiceId,
          email: "formula@example.com",
          name: '=HYPERLINK("http://evil.example","click"), "boss"',
          timeZone: "Europe/London",
        })
        .returning();
      await t.current.ctx.db.insert(subscription).values({
        practiceId,
        subscriberId: hostile?.id as string,
        list: "articles",
        status: "active",
      });
      const csv = await admin.agent.get("/api/list-stats/subscribers.csv");
      expect(csv.status).toBe(200);
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="subscribers.csv"');
      const text = csv.body as string;
      expect(text.split("\r\n")[0]).toBe(
        "name,email,list,status,subscribed,confirmed,unsubscribed,lessons done",
      );
      expect(text).toContain(
        `"'=HYPERLINK(""http://evil.example"",""click""), ""boss""",formula@example.com,New articles,active,`,
      );
      expect(text).toContain(
        `${client.email.toLowerCase()},Five one-to-ones that matter,unsubscribed`,
      );
    });
  });
});
