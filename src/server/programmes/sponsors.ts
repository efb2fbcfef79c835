import { and, asc, count, eq } from "drizzle-orm";
import type { ProgrammeSponsor, SponsoredProgramme } from "../../contract/programme-impact";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { membership, programme, programmeCohort, programmeSponsor, user } from "../db/schema";
import { forbidden, invalidInput, notFound } from "../http/errors";
import { findProgramme } from "./programmes";

// A programme's sponsors: the admin names members of the practice with the sponsor role (invited
// as sponsors first); each sees the programmes they sponsor, and their aggregates only.

type ProgrammeRow = typeof programme.$inferSelect;

export async function listSponsors(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
): Promise<ProgrammeSponsor[]> {
  await findProgramme(ctx.db, viewer, programmeId);
  return ctx.db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(programmeSponsor)
    .innerJoin(user, eq(user.id, programmeSponsor.userId))
    .where(eq(programmeSponsor.programmeId, programmeId))
    .orderBy(asc(user.name), asc(user.id));
}

/** Adding one already named is no change. */
export async function addSponsor(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  sponsorId: string,
): Promise<ProgrammeSponsor> {
  await findProgramme(ctx.db, viewer, programmeId);
  const [sponsor] = await ctx.db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(
        eq(membership.userId, sponsorId),
        eq(membership.practiceId, viewer.practiceId),
        eq(membership.role, "sponsor"),
      ),
    );
  if (!sponsor)
    throw invalidInput(
      [
        {
          path: "sponsorId",
          message: "Not a sponsor of this practice: invite them as a sponsor first",
        },
      ],
      "Choose one of the practice's sponsors.",
    );
  await ctx.db
    .insert(programmeSponsor)
    .values({ programmeId, userId: sponsorId })
    .onConflictDoNothing();
  return sponsor;
}

export async function removeSponsor(
  ctx: AppContext,
  viewer: Viewer,
  programmeId: string,
  sponsorId: string,
): Promise<void> {
  await findProgramme(ctx.db, viewer, programmeId);
  const removed = await ctx.db
    .delete(programmeSponsor)
    .where(
      and(eq(programmeSponsor.programmeId, programmeId), eq(programmeSponsor.userId, sponsorId)),
    )
    .returning({ userId: programmeSponsor.userId });
  if (removed.length === 0) throw notFound("This sponsor of the programme");
}

/** The programmes the viewer sponsors; a member who is not a sponsor is refused. */
export async function listSponsoredProgrammes(
  ctx: AppContext,
  viewer: Viewer,
): Promise<SponsoredProgramme[]> {
  if (viewer.role !== "sponsor") throw forbidden("Only sponsors have programmes they sponsor.");
  const rows = await ctx.db
    .select({
      id: programme.id,
      name: programme.name,
      organisationName: programme.organisationName,
      cohortCount: count(programmeCohort.id),
    })
    .from(programmeSponsor)
    .innerJoin(programme, eq(programme.id, programmeSponsor.programmeId))
    .leftJoin(programmeCohort, eq(programmeCohort.programmeId, programme.id))
    .where(
      and(eq(programmeSponsor.userId, viewer.userId), eq(programme.practiceId, viewer.practiceId)),
    )
    .groupBy(programme.id)
    .orderBy(asc(programme.name), asc(programme.id));
  return rows.map((row) => ({ ...row, cohortCount: Number(row.cohortCount) }));
}

/**
 * The programme whose aggregates the viewer may read: the practice's admin, or a sponsor the admin
 * named. Coaches and clients never may (403); anyone else finds no such programme (404).
 */
export async function findProgrammeForImpact(
  ctx: Pick<AppContext, "db">,
  viewer: Viewer,
  programmeId: string,
): Promise<ProgrammeRow> {
  if (viewer.role === "coach" && viewer.isAdmin) return findProgramme(ctx.db, viewer, programmeId);
  if (viewer.role !== "sponsor")
    throw forbidden("Only the programme's sponsor and the practice admin see its figures.");
  const [row] = await ctx.db
    .select({ programme })
    .from(programme)
    .innerJoin(
      programmeSponsor,
      and(
        eq(programmeSponsor.programmeId, programme.id),
        eq(programmeSponsor.userId, viewer.userId),
      ),
    )
    .where(and(eq(programme.id, programmeId), eq(programme.practiceId, viewer.practiceId)));
  if (!row) throw notFound("This programme");
  return row.programme;
}
