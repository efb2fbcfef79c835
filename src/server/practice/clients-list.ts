import { and, asc, count, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type ClientPage, clientPage } from "../../contract/practice";
import { signedIn, viewerOf } from "../access/signed-in";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { preparedStatements } from "../db/prepared-statements";
import { engagement, membership, user } from "../db/schema";
import { errorResponse } from "../http/errors";
import { containsPattern, cursorParam, limitParam, pageOf, searchParam } from "../http/keyset-page";
import { signedInRefusals } from "../http/route-schemas";

// GET /api/clients: the coach's clients (the practice's for its admin), a page at a time by
// keyset on (name, id), as decided for lists in docs/decisions/006-keyset-pagination.md.

/** Where a page of the client list ends: the sort key of its last row, by name. */
const clientPosition = z.strictObject({ name: z.string().max(400), id: z.uuid() });

export const listClientsQuery = z.object({
  limit: limitParam("client", "clients"),
  cursor: cursorParam(clientPosition).optional(),
  q: searchParam("Only clients whose name or email contains this text"),
});
export type ListClientsQuery = z.infer<typeof listClientsQuery>;

interface PageShape {
  /** A coach lists their own clients; an admin the practice's. */
  scope: "coach" | "practice";
  q: boolean;
  after: boolean;
}

const pages = preparedStatements<ReturnType<typeof preparePage>>();

function preparedPage(db: Database, shape: PageShape) {
  const key = `${shape.scope}_${Number(shape.q)}${Number(shape.after)}`;
  return pages(db, key, () => preparePage(db, shape, `keel_client_page_${key}`));
}

/** The page's conditions beyond the scope, on whichever name, email and id the query reads. */
function pageConditions(shape: PageShape, person: { name: SQL; email: SQL; id: SQL }) {
  const conditions: (SQL | undefined)[] = [];
  if (shape.q) {
    const pattern = sql.placeholder("pattern");
    conditions.push(or(ilike(person.name, pattern), ilike(person.email, pattern)));
  }
  if (shape.after) {
    conditions.push(
      sql`(${person.name}, ${person.id}) > (${sql.placeholder("afterName")}::text, ${sql.placeholder("afterId")}::uuid)`,
    );
  }
  return conditions;
}

const joinedAt = () =>
  sql<Date>`${membership.createdAt}`.mapWith(membership.createdAt).as("joined_at");

/** A practice's clients: its name index gives the order, and the page stops it early. */
function practiceClients(db: Database, shape: PageShape) {
  return db
    .select({ id: user.id, name: user.name, email: user.email, joinedAt: joinedAt() })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        eq(membership.practiceId, sql.placeholder("practiceId")),
        eq(membership.role, "client"),
        ...pageConditions(shape, {
          name: sql`${user.name}`,
          email: sql`${user.email}`,
          id: sql`${user.id}`,
        }),
      ),
    )
    .orderBy(asc(user.name), asc(user.id))
    .limit(sql.placeholder("limit"))
    .as("page");
}

/**
 * A coach's clients: their memberships first (a few dozen, by the coach's index), each one's
 * name through a lateral join (its limit keeps PostgreSQL from flattening it), then sorted. Read the other way round (the name index, each user
 * checked against the coach) PostgreSQL's one plan for every coach walked every user.
 */
function coachClients(db: Database, shape: PageShape) {
  const person = db
    .select({ name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, membership.userId))
    .limit(1)
    .as("person");
  const id = sql`${membership.userId}`;
  return db
    .select({ id: membership.userId, name: person.name, email: person.email, joinedAt: joinedAt() })
    .from(membership)
    .innerJoinLateral(person, sql`true`)
    .where(
      and(
        eq(membership.coachId, sql.placeholder("userId")),
        eq(membership.practiceId, sql.placeholder("practiceId")),
        eq(membership.role, "client"),
        ...pageConditions(shape, { name: sql`${person.name}`, email: sql`${person.email}`, id }),
      ),
    )
    .orderBy(asc(person.name), asc(membership.userId))
    .limit(sql.placeholder("limit"))
    .as("page");
}

/**
 * One page of clients by name, then id, so the order is total and a page starts right after the
 * previous page's last row. Engagements are counted only for the page's rows, by a lateral
 * subquery on engagement_client_list_idx, so the cost follows the page, not the practice.
 */
function preparePage(db: Database, shape: PageShape, name: string) {
  const page = (shape.scope === "coach" ? coachClients : practiceClients)(db, shape);
  const counted = db
    .select({ total: count().as("total") })
    .from(engagement)
    .where(eq(engagement.clientId, page.id))
    .as("counted");
  return db
    .select({
      id: page.id,
      name: page.name,
      email: page.email,
      joinedAt: page.joinedAt,
      engagementCount: counted.total,
    })
    .from(page)
    .leftJoinLateral(counted, sql`true`)
    .orderBy(asc(page.name), asc(page.id))
    .prepare(name);
}

/** One page of the clients the viewer may see, by name, and the cursor of the next. */
export async function listClients(
  db: Database,
  viewer: Viewer,
  query: ListClientsQuery,
): Promise<ClientPage> {
  const shape: PageShape = {
    scope: viewer.isAdmin ? "practice" : "coach",
    q: Boolean(query.q),
    after: query.cursor !== undefined,
  };
  const rows = await preparedPage(db, shape).execute({
    practiceId: viewer.practiceId,
    userId: viewer.userId,
    pattern: query.q ? containsPattern(query.q) : undefined,
    afterName: query.cursor?.name,
    afterId: query.cursor?.id,
    limit: query.limit + 1,
  });
  const { page, nextCursor } = pageOf(rows, query.limit, (row) => ({ name: row.name, id: row.id }));
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      joinedAt: new Date(row.joinedAt).toISOString(),
      engagementCount: Number(row.engagementCount ?? 0),
    })),
    nextCursor,
  };
}

export function registerClientListRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/clients", {
    schema: {
      tags: ["practice"],
      summary:
        "A page of the coach's clients (every client of the practice for its admin), by name",
      querystring: listClientsQuery,
      response: { 200: clientPage, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "coach"),
    handler: async (request) => listClients(ctx.db, viewerOf(request), request.query),
  });
}
