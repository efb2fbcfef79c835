import { and, asc, count, eq, sql } from "drizzle-orm";
import type { EnrolmentView } from "../../contract/courses";
import { firstLessonDue } from "../../domain/courses/schedule";
import type { EngagementRelation } from "../../domain/engagement/access";
import type { Viewer } from "../access/viewer";
import { type RecordKind, requireVisible } from "../access/visible-record";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  courseDelivery,
  courseVersion,
  lessonCompletion,
  subscriber,
  subscription,
  user,
} from "../db/schema";
import { selectEngagementById } from "../engagements/queries";
import { AppError } from "../http/errors";
import { queueLessonSending } from "./lesson-sending";
import { findOpenCourseVersion } from "./own-courses";

// A coach enrols their client in an email course from the engagement. The client has an account,
// so there is no double opt-in: the subscription is active at once, lesson 1 says who enrolled
// them, and its unsubscribe link works as any other. A client who unsubscribed is never enrolled
// again by the coach: only the client may subscribe again.

type EngagementRow = NonNullable<Awaited<ReturnType<typeof selectEngagementById>>>;

/** The engagement's courses are for its coach, its client and the practice's admin; not the sponsor. */
const engagementCourses: RecordKind<EngagementRow> = {
  name: "This engagement",
  partiesOf: (row) => row.engagement,
  maySee: (relation) => relation !== "sponsor",
};

const mayEnrol = {
  may: (relation: EngagementRelation) => relation === "coach",
  refusal: "Only the engagement's coach may enrol the client in a course.",
};

const mayStop = {
  may: (relation: EngagementRelation) => relation === "client",
  refusal: "Only the client may stop their course.",
};

async function findEngagement(ctx: AppContext, viewer: Viewer, id: string, toDo?: typeof mayEnrol) {
  return requireVisible(viewer, await selectEngagementById(ctx.db, id), engagementCourses, toDo);
}

export async function listEnrolments(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
): Promise<EnrolmentView[]> {
  const { relation } = await findEngagement(ctx, viewer, engagementId);
  return selectEnrolments(ctx.db, engagementId, relation);
}

export async function enrol(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  courseId: string,
): Promise<EnrolmentView> {
  const { row, relation } = await findEngagement(ctx, viewer, engagementId, mayEnrol);
  if (row.engagement.stage === "closed") throw new AppError("engagement_closed");
  const subscriptionId = await ctx.db.transaction((tx) =>
    enrolInTransaction(tx, viewer, { engagementId, clientId: row.engagement.clientId, courseId }),
  );
  await queueLessonSending(ctx);
  const views = await selectEnrolments(ctx.db, engagementId, relation, subscriptionId);
  return views[0] as EnrolmentView;
}

/**
 * Enrols the engagement's client in the course inside `tx`, enrolled by the viewer; the caller
 * queues the sending (`queueLessonSending`) once the transaction is committed.
 */
export async function enrolInTransaction(
  tx: Executor,
  viewer: Viewer,
  {
    engagementId,
    clientId,
    courseId,
  }: { engagementId: string; clientId: string; courseId: string },
): Promise<string> {
  const { list, version } = await findOpenCourseVersion(tx, viewer, courseId);
  const person = await subscriberFor(tx, viewer, clientId);
  if (person.suppressedAt) throw new AppError("address_suppressed");
  const [existing] = await tx
    .select()
    .from(subscription)
    .where(and(eq(subscription.subscriberId, person.id), eq(subscription.list, list)))
    .for("update");
  if (existing) refuseExisting(existing.status);
  const now = new Date();
  const values = {
    status: "active" as const,
    courseVersionId: version.id,
    confirmTokenHash: null,
    confirmedAt: now,
    unsubscribedAt: null,
    enrolledById: viewer.userId,
    engagementId,
    nextLesson: 1,
    nextSendAt: firstLessonDue(now),
  };
  if (existing) {
    await tx.update(subscription).set(values).where(eq(subscription.id, existing.id));
    return existing.id;
  }
  const [created] = await tx
    .insert(subscription)
    .values({ ...values, practiceId: viewer.practiceId, subscriberId: person.id, list })
    .returning({ id: subscription.id });
  return (created as { id: string }).id;
}

/** The client stops a course: nothing more is sent; the coach cannot enrol them in it again. */
export async function stopEnrolment(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  subscriptionId: string,
): Promise<EnrolmentView> {
  const { relation } = await findEngagement(ctx, viewer, engagementId);
  const [found] = await selectEnrolments(ctx.db, engagementId, relation, subscriptionId);
  if (!found) throw new AppError("not_found", "This course enrolment was not found.");
  if (!mayStop.may(relation)) throw new AppError("forbidden", mayStop.refusal);
  await ctx.db
    .update(subscription)
    .set({ status: "unsubscribed", unsubscribedAt: new Date(), nextSendAt: null })
    .where(and(eq(subscription.id, subscriptionId), sql`${subscription.status} <> 'unsubscribed'`));
  const [stopped] = await selectEnrolments(ctx.db, engagementId, relation, subscriptionId);
  return stopped as EnrolmentView;
}

function refuseExisting(status: string): void {
  if (status === "pending") return;
  if (status === "unsubscribed") throw new AppError("unsubscribed_from_course");
  if (status === "completed")
    throw new AppError("already_enrolled", "This client has completed this course already.");
  throw new AppError("already_enrolled");
}

/** The client's entry on the practice's lists, made for their account's address if new. */
async function subscriberFor(tx: Executor, viewer: Viewer, clientId: string) {
  const [client] = await tx
    .select({ name: user.name, email: user.email, timeZone: user.timeZone })
    .from(user)
    .where(eq(user.id, clientId));
  if (!client) throw new AppError("not_found", "This client was not found.");
  const [coach] = await tx
    .select({ timeZone: user.timeZone })
    .from(user)
    .where(eq(user.id, viewer.userId));
  const [row] = await tx
    .insert(subscriber)
    .values({
      practiceId: viewer.practiceId,
      email: client.email.toLowerCase(),
      name: client.name,
      timeZone: client.timeZone ?? coach?.timeZone ?? "UTC",
      userId: clientId,
    })
    .onConflictDoUpdate({
      target: [subscriber.practiceId, subscriber.email],
      set: { userId: sql`coalesce(${subscriber.userId}, excluded.user_id)` },
    })
    .returning();
  return row as typeof subscriber.$inferSelect;
}

const sentCount = (db: Executor) =>
  db
    .select({ subscriptionId: courseDelivery.subscriptionId, n: count().as("sent") })
    .from(courseDelivery)
    .groupBy(courseDelivery.subscriptionId)
    .as("sent_count");

const doneCount = (db: Executor) =>
  db
    .select({ subscriptionId: lessonCompletion.subscriptionId, n: count().as("done") })
    .from(lessonCompletion)
    .groupBy(lessonCompletion.subscriptionId)
    .as("done_count");

async function selectEnrolments(
  db: Executor,
  engagementId: string,
  relation: EngagementRelation,
  onlyId?: string,
): Promise<EnrolmentView[]> {
  const sent = sentCount(db);
  const done = doneCount(db);
  const enroller = sql<
    string | null
  >`(select name from "user" where id = ${subscription.enrolledById})`;
  const rows = await db
    .select({
      subscription,
      timeZone: subscriber.timeZone,
      title: courseVersion.title,
      keelCourseId: courseVersion.keelCourseId,
      courseId: courseVersion.courseId,
      lessonCount: sql<number>`jsonb_array_length(${courseVersion.lessons})`,
      sent: sent.n,
      done: done.n,
      enrolledByName: enroller,
    })
    .from(subscription)
    .innerJoin(subscriber, eq(subscriber.id, subscription.subscriberId))
    .innerJoin(courseVersion, eq(courseVersion.id, subscription.courseVersionId))
    .leftJoin(sent, eq(sent.subscriptionId, subscription.id))
    .leftJoin(done, eq(done.subscriptionId, subscription.id))
    .where(
      and(
        eq(subscription.engagementId, engagementId),
        onlyId ? eq(subscription.id, onlyId) : undefined,
      ),
    )
    .orderBy(asc(subscription.createdAt));
  return rows.map((row) => ({
    subscriptionId: row.subscription.id,
    courseId: row.keelCourseId ?? row.courseId ?? "",
    courseTitle: row.title,
    lessonCount: Number(row.lessonCount),
    lessonsSent: Number(row.sent ?? 0),
    lessonsDone: Number(row.done ?? 0),
    nextSendAt:
      row.subscription.status === "active"
        ? (row.subscription.nextSendAt?.toISOString() ?? null)
        : null,
    timeZone: row.timeZone,
    status: row.subscription.status,
    enrolledAt: (row.subscription.confirmedAt ?? row.subscription.createdAt).toISOString(),
    enrolledByName: row.enrolledByName ?? null,
    mayStop: relation === "client" && row.subscription.status === "active",
  }));
}
