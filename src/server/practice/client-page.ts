import { and, count, desc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type ClientDetail, clientDetail } from "../../contract/practice";
import { OPEN_ASSESSMENT_STATUSES } from "../../domain/assessment/assessment-status";
import { OPEN_EXERCISE_STATUSES } from "../../domain/exercise/exercise-status";
import { signedIn, viewerOf } from "../access/signed-in";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { assessment, engagement, exercise, feedbackCampaign, membership, user } from "../db/schema";
import { notFound } from "../http/errors";
import { denied, idParams } from "../http/route-schemas";

// GET /api/clients/:id: a client of the practice and what is open with them. A coach sees the
// clients the list shows them (their own) and those they coach an engagement with; the admin
// every client of the practice. Anyone else's client does not exist for the viewer (404).

const CLOSED_CAMPAIGN_STATUSES = ["closed", "released"] as const;

/** How many records of the engagement are still open: a subquery on their engagement index. */
function openCount(
  db: Database,
  table: typeof assessment | typeof exercise | typeof feedbackCampaign,
  isOpen: SQL | undefined,
) {
  const counted = db
    .select({ total: count() })
    .from(table)
    .where(and(eq(table.engagementId, engagement.id), isOpen));
  return sql<number>`(${counted})`.mapWith(Number);
}

async function findClient(db: Database, viewer: Viewer, clientId: string) {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      joinedAt: membership.createdAt,
      coachId: membership.coachId,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        eq(membership.userId, clientId),
        eq(membership.practiceId, viewer.practiceId),
        eq(membership.role, "client"),
      ),
    );
  return row;
}

/** The client's engagements the viewer may see: a coach's own, all of them for the admin. */
function selectEngagements(db: Database, viewer: Viewer, clientId: string) {
  return db
    .select({
      id: engagement.id,
      title: engagement.title,
      stage: engagement.stage,
      startDate: engagement.startDate,
      coachName: user.name,
      questionnaires: openCount(
        db,
        assessment,
        inArray(assessment.status, [...OPEN_ASSESSMENT_STATUSES]),
      ),
      exercises: openCount(db, exercise, inArray(exercise.status, [...OPEN_EXERCISE_STATUSES])),
      feedbackCampaigns: openCount(
        db,
        feedbackCampaign,
        notInArray(feedbackCampaign.status, [...CLOSED_CAMPAIGN_STATUSES]),
      ),
    })
    .from(engagement)
    .innerJoin(user, eq(user.id, engagement.coachId))
    .where(
      and(
        eq(engagement.clientId, clientId),
        eq(engagement.practiceId, viewer.practiceId),
        viewer.isAdmin ? undefined : eq(engagement.coachId, viewer.userId),
      ),
    )
    .orderBy(desc(engagement.startDate), desc(engagement.id));
}

export async function getClient(
  db: Database,
  viewer: Viewer,
  clientId: string,
): Promise<ClientDetail> {
  const [client, engagements] = await Promise.all([
    findClient(db, viewer, clientId),
    selectEngagements(db, viewer, clientId),
  ]);
  const visible = viewer.isAdmin || client?.coachId === viewer.userId || engagements.length > 0;
  if (!client || !visible) throw notFound("This client");
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    joinedAt: client.joinedAt.toISOString(),
    engagements: engagements.map(({ questionnaires, exercises, feedbackCampaigns, ...rest }) => ({
      ...rest,
      open: { questionnaires, exercises, feedbackCampaigns },
    })),
  };
}

export function registerClientPageRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/clients/:id", {
    schema: {
      tags: ["practice"],
      summary:
        "A client with the engagements the viewer may see with them and what is open in each (coaches)",
      params: idParams("a client"),
      response: { 200: clientDetail, ...denied },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => getClient(ctx.db, viewerOf(request), request.params.id),
  });
}
