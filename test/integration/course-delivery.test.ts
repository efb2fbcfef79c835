import { generateKeyPairSync, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { and, eq, inArray } from "drizzle-orm";
import { dkimVerify } from "mailauth/lib/dkim/verify";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Cadence, Lesson } from "../../src/domain/courses/course-content";
import { type CourseFile, loadCourseCatalog } from "../../src/server/courses/course-files";
import { queueLessonSending, sendDueLessons } from "../../src/server/courses/lesson-sending";
import {
  courseDelivery,
  courseVersion,
  mail,
  practice,
  subscriber,
  subscription,
} from "../../src/server/db/schema";
import { readLessonDoneToken, readUnsubscribeToken } from "../../src/server/lists/list-links";
import { decodeQuotedPrintable, waitFor } from "../support/smtp-sink";
import { startTestApp, stopTestApp, type TestApp, testConfig } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// The sending of email courses: each lesson once, at 08:00 in the subscriber's zone, with the
// list headers signed by DKIM, and never again to an address that was refused for good. The job
// is driven here at chosen instants; mail goes through Keel's own delivery worker to a real SMTP
// server on loopback.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const POSTAL = "1 Harbour Street, Leith, Edinburgh EH6 6QR";

const keys = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "der" },
});
const DKIM_RECORD = `v=DKIM1; k=rsa; p=${keys.publicKey.toString("base64")}`;

interface Received {
  to: string[];
  raw: string;
}

/** An SMTP server on loopback that refuses, for good, every address starting "refused". */
async function startSink() {
  const received: Received[] = [];
  const refusedAttempts: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!address.address.startsWith("refused")) return callback();
      refusedAttempts.push(address.address);
      callback(Object.assign(new Error("no such mailbox here"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusedAttempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const lessons: Lesson[] = [1, 2, 3, 4].map((n) => ({
  title: `Lesson title ${n}`,
  body: `The **text** of lesson ${n}.`,
  task: `Do task ${n} today.`,
}));

describe.each(databaseKinds())("email course delivery on the %s database", (kind) => {
  let smtp: Awaited<ReturnType<typeof startSink>>;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSink();
    t = await startTestApp(kind, {
      config: testConfig({
        SMTP_URL: smtp.url,
        MAIL_FROM: "Demo Coaching <courses@keel.example>",
        KEEL_PUBLIC_URL: "https://keel.example",
        KEEL_DKIM_DOMAIN: "keel.example",
        KEEL_DKIM_SELECTOR: "k2026",
        KEEL_DKIM_PRIVATE_KEY: keys.privateKey,
      }),
    });
  });

  afterAll(async () => {
    await stopTestApp(t);
    await smtp?.close();
  });

  // The job sends whatever is due in the whole database: each test's subscriptions end with it.
  afterEach(async () => {
    await t.ctx.db.update(subscription).set({ status: "unsubscribed", nextSendAt: null });
  });

  const deps = () => ({
    db: t.ctx.db,
    mailer: t.ctx.mailer,
    config: t.ctx.config,
    authSecret: t.ctx.authSecret,
  });

  async function newPractice(postalAddress: string | null = POSTAL) {
    const slug = `demo-${randomUUID().slice(0, 8)}`;
    const [row] = await t.ctx.db
      .insert(practice)
      .values({ name: "Demo Coaching", slug, postalAddress })
      .returning();
    const [version] = await t.ctx.db
      .insert(courseVersion)
      .values({
        keelCourseId: `fixture-${slug}`,
        version: 1,
        title: "Lead in four days",
        summary: "Four short lessons.",
        cadence: { kind: "daily" } satisfies Cadence,
        lessons,
      })
      .returning();
    if (!row || !version) throw new Error("not stored");
    return { practiceId: row.id, slug, versionId: version.id, keelCourseId: version.keelCourseId };
  }

  async function subscribe(
    p: Awaited<ReturnType<typeof newPractice>>,
    input: { email?: string; timeZone?: string; nextLesson?: number; nextSendAt: Date },
  ) {
    const [person] = await t.ctx.db
      .insert(subscriber)
      .values({
        practiceId: p.practiceId,
        email: input.email ?? `reader-${randomUUID().slice(0, 8)}@example.com`,
        name: "A Reader",
        timeZone: input.timeZone ?? "Europe/London",
      })
      .returning();
    const [row] = await t.ctx.db
      .insert(subscription)
      .values({
        practiceId: p.practiceId,
        subscriberId: (person as { id: string }).id,
        list: `course:${p.keelCourseId}`,
        courseVersionId: p.versionId,
        status: "active",
        confirmedAt: new Date(),
        nextLesson: input.nextLesson ?? 1,
        nextSendAt: input.nextSendAt,
      })
      .returning();
    return { id: (row as { id: string }).id, email: (person as { email: string }).email };
  }

  const deliveries = (subscriptionIds: string[]) =>
    t.ctx.db
      .select()
      .from(courseDelivery)
      .where(inArray(courseDelivery.subscriptionId, subscriptionIds))
      .orderBy(courseDelivery.lesson);

  const subscriptionRow = async (id: string) =>
    (await t.ctx.db.select().from(subscription).where(eq(subscription.id, id)))[0];

  it("stores each version of a course file once and refuses a stored version changed", async () => {
    const file: CourseFile = {
      id: `catalog-${randomUUID().slice(0, 8)}`,
      version: 1,
      title: "Lead",
      summary: "Lessons.",
      cadence: { kind: "every", days: 7 },
      lessons,
    };
    const first = await loadCourseCatalog(t.ctx.db, [file]);
    const again = await loadCourseCatalog(t.ctx.db, [file, { ...file, version: 2 }]);
    expect(again.newest(file.id)?.course.version).toBe(2);
    const stored = await t.ctx.db
      .select()
      .from(courseVersion)
      .where(eq(courseVersion.keelCourseId, file.id));
    expect(stored.map((row) => row.version).sort()).toEqual([1, 2]);
    expect(stored.find((row) => row.version === 1)?.id).toBe(first.newest(file.id)?.versionId);
    await expect(
      loadCourseCatalog(t.ctx.db, [{ ...file, lessons: lessons.slice(1) }]),
    ).rejects.toThrow(/differs from the one stored/);
  });

  it("mails a lesson with one one-click unsubscribe, a List-Id, a text part and the postal address, signed by DKIM", async () => {
    const p = await newPractice();
    const s = await subscribe(p, { nextSendAt: new Date(Date.now() - 60_000) });
    expect((await sendDueLessons(deps(), new Date())).sent).toBe(1);

    const delivered = await waitFor(
      () => smtp.received.find((m) => m.to.includes(s.email)),
      "the lesson's delivery",
    );
    const [head = ""] = delivered.raw.split(/\r\n\r\n/);
    const unfolded = head.replace(/\r\n[ \t]+/g, " ");
    const headerLines = (name: string) =>
      unfolded.split("\r\n").filter((line) => line.toLowerCase().startsWith(`${name}:`));
    const unsubscribeHeaders = headerLines("list-unsubscribe");
    expect(unsubscribeHeaders).toHaveLength(1);
    const url =
      /^List-Unsubscribe: <(https:\/\/keel\.example\/lists\/unsubscribe\/([^>]+))>$/i.exec(
        unsubscribeHeaders[0] ?? "",
      );
    expect(url, unsubscribeHeaders[0]).not.toBeNull();
    expect(readUnsubscribeToken(t.ctx.authSecret, url?.[2] ?? "")).toBe(s.id);
    expect(headerLines("list-unsubscribe-post")).toEqual([
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ]);
    expect(headerLines("list-id").map((line) => line.replace(/^List-Id/i, "List-Id"))).toEqual([
      `List-Id: "Lead in four days" <${p.keelCourseId}.${p.slug}.keel.example>`,
    ]);

    const body = decodeQuotedPrintable(delivered.raw);
    expect(body).toMatch(/Content-Type: text\/plain/i);
    expect(body).toMatch(/Content-Type: text\/html/i);
    expect(body).toContain("Do task 1 today.");
    expect(body).toContain(POSTAL);
    const done = /https:\/\/keel\.example\/lists\/done\/(\S+)/.exec(body);
    expect(readLessonDoneToken(t.ctx.authSecret, done?.[1] ?? "")).toEqual({
      subscriptionId: s.id,
      lesson: 1,
    });

    const verified = await dkimVerify(delivered.raw, {
      resolver: async (name: string, type: string) => {
        if (name === "k2026._domainkey.keel.example" && type === "TXT") return [[DKIM_RECORD]];
        throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
      },
    });
    const [signature] = verified.results;
    expect(signature?.status.result, signature?.info).toBe("pass");
    expect(signature?.signingDomain).toBe("keel.example");
    const signed = String(
      (signature as unknown as { signingHeaders: { keys: string } }).signingHeaders.keys,
    ).toLowerCase();
    for (const name of ["list-unsubscribe", "list-unsubscribe-post", "list-id", "from", "subject"])
      expect(signed.split(/\s*:\s*/)).toContain(name);

    const [stored] = await t.ctx.db.select().from(mail).where(eq(mail.to, s.email));
    expect(stored?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const next = await subscriptionRow(s.id);
    expect(next?.nextLesson).toBe(2);
  });

  it("sends lesson 1 through the job queue as soon as the job is queued", async () => {
    const p = await newPractice();
    const s = await subscribe(p, { nextSendAt: new Date() });
    await queueLessonSending(t.ctx);
    await waitFor(
      () => smtp.received.find((m) => m.to.includes(s.email)),
      "lesson 1 through the queue",
    );
    expect((await deliveries([s.id])).map((d) => d.lesson)).toEqual([1]);
  });

  it("sends each lesson once when two runs of the job go at once", async () => {
    const p = await newPractice();
    const now = new Date("2027-06-15T09:00:00Z");
    const subs = await Promise.all(
      Array.from({ length: 12 }, () =>
        subscribe(p, { nextSendAt: new Date(now.getTime() - HOUR) }),
      ),
    );
    const [first, second] = await Promise.all([
      sendDueLessons(deps(), now),
      sendDueLessons(deps(), now),
    ]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(12);
    expect(first?.failed).toEqual([]);
    expect(second?.failed).toEqual([]);
    const ids = subs.map((s) => s.id);
    expect(await deliveries(ids)).toHaveLength(12);
    const mails = await t.ctx.db
      .select({ to: mail.to })
      .from(mail)
      .where(
        inArray(
          mail.to,
          subs.map((s) => s.email),
        ),
      );
    expect(mails).toHaveLength(12);
    // And a third run finds nothing more to send today.
    expect((await sendDueLessons(deps(), new Date(now.getTime() + HOUR))).sent).toBe(0);
  });

  it("after three days down, sends the due lesson once, then the next one the following morning", async () => {
    const p = await newPractice();
    // Lesson 2 was due at 08:00 in London on 14 June 2027 (07:00 UTC); Keel was down until the 17th.
    const s = await subscribe(p, {
      nextLesson: 2,
      nextSendAt: new Date("2027-06-14T07:00:00Z"),
    });
    const back = new Date("2027-06-17T13:00:00Z");
    expect((await sendDueLessons(deps(), back)).sent).toBe(1);
    expect((await sendDueLessons(deps(), new Date(back.getTime() + 5 * 60_000))).sent).toBe(0);
    expect((await subscriptionRow(s.id))?.nextSendAt?.toISOString()).toBe(
      "2027-06-18T07:00:00.000Z",
    );
    expect((await sendDueLessons(deps(), new Date("2027-06-18T06:59:00Z"))).sent).toBe(0);
    expect((await sendDueLessons(deps(), new Date("2027-06-18T07:00:00Z"))).sent).toBe(1);
    expect(
      (await deliveries([s.id])).map((d) => ({ lesson: d.lesson, localDate: d.localDate })),
    ).toEqual([
      { lesson: 2, localDate: "2027-06-17" },
      { lesson: 3, localDate: "2027-06-18" },
    ]);
  });

  it("never sends a lesson twice: one already sent waits, moved on, for the next morning", async () => {
    const p = await newPractice();
    const now = new Date("2027-06-20T09:00:00Z");
    const s = await subscribe(p, { nextLesson: 1, nextSendAt: now });
    await t.ctx.db
      .insert(courseDelivery)
      .values({ subscriptionId: s.id, lesson: 1, localDate: "2027-06-20", sentAt: now });
    expect(await sendDueLessons(deps(), now)).toMatchObject({ sent: 0, deferred: 1 });
    expect(await subscriptionRow(s.id)).toMatchObject({
      nextLesson: 2,
      nextSendAt: new Date("2027-06-21T07:00:00Z"),
    });
    expect(await t.ctx.db.select().from(mail).where(eq(mail.to, s.email))).toEqual([]);
  });

  it("completes the course after the last lesson", async () => {
    const p = await newPractice(null);
    const s = await subscribe(p, { nextLesson: 4, nextSendAt: new Date("2027-07-01T07:00:00Z") });
    expect((await sendDueLessons(deps(), new Date("2027-07-01T07:00:00Z"))).sent).toBe(1);
    const row = await subscriptionRow(s.id);
    expect(row).toMatchObject({ status: "completed", nextLesson: 5, nextSendAt: null });
  });

  it("marks a mail refused for good as bounced, suppresses the address and sends it nothing more", async () => {
    const p = await newPractice();
    const email = `refused-${randomUUID().slice(0, 8)}@example.com`;
    const s = await subscribe(p, { email, nextSendAt: new Date(Date.now() - 60_000) });
    expect((await sendDueLessons(deps(), new Date())).sent).toBe(1);
    const bounced = await waitFor(async () => {
      const [row] = await t.ctx.db.select().from(mail).where(eq(mail.to, email));
      return row?.status === "bounced" ? row : undefined;
    }, "the mail to be marked bounced");
    expect(bounced.error).toContain("550");
    const [person] = await t.ctx.db.select().from(subscriber).where(eq(subscriber.email, email));
    expect(person?.suppressedReason).toBe("bounced");
    expect(person?.suppressedAt).not.toBeNull();

    expect((await sendDueLessons(deps(), new Date(Date.now() + 3 * DAY))).sent).toBe(0);
    expect(await deliveries([s.id])).toHaveLength(1);
    // Not retried: one attempt reached the server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.refusedAttempts.filter((a) => a === email)).toHaveLength(1);
    expect(smtp.received.some((m) => m.to.includes(email))).toBe(false);
  });

  it("sends lesson 2 at 08:00 in Auckland and in Los Angeles, on the same UTC day", async () => {
    const p = await newPractice();
    // 22:00 UTC on 14 June 2027: 10:00 on the 15th in Auckland, 15:00 on the 14th in Los Angeles.
    const joined = new Date("2027-06-14T22:00:00Z");
    const auckland = await subscribe(p, { timeZone: "Pacific/Auckland", nextSendAt: joined });
    const losAngeles = await subscribe(p, { timeZone: "America/Los_Angeles", nextSendAt: joined });
    expect((await sendDueLessons(deps(), joined)).sent).toBe(2);
    expect((await subscriptionRow(auckland.id))?.nextSendAt?.toISOString()).toBe(
      "2027-06-15T20:00:00.000Z",
    );
    expect((await subscriptionRow(losAngeles.id))?.nextSendAt?.toISOString()).toBe(
      "2027-06-15T15:00:00.000Z",
    );
    const lessonTwoAt = async (instant: string) => {
      await sendDueLessons(deps(), new Date(instant));
      const rows = await t.ctx.db
        .select({ subscriptionId: courseDelivery.subscriptionId })
        .from(courseDelivery)
        .where(
          and(
            inArray(courseDelivery.subscriptionId, [auckland.id, losAngeles.id]),
            eq(courseDelivery.lesson, 2),
          ),
        );
      return rows.map((r) => (r.subscriptionId === auckland.id ? "Auckland" : "Los Angeles"));
    };
    expect(await lessonTwoAt("2027-06-15T14:59:00Z")).toEqual([]);
    expect(await lessonTwoAt("2027-06-15T15:00:00Z")).toEqual(["Los Angeles"]);
    expect(await lessonTwoAt("2027-06-15T19:59:00Z")).toEqual(["Los Angeles"]);
    expect((await lessonTwoAt("2027-06-15T20:00:00Z")).sort()).toEqual(["Auckland", "Los Angeles"]);
    const dates = await deliveries([auckland.id]);
    expect(dates.map((d) => d.localDate)).toEqual(["2027-06-15", "2027-06-16"]);
  });
});
