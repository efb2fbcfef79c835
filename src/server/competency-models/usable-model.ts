import { and, eq } from "drizzle-orm";
import type { CompetencyModel } from "../../domain/feedback/competency-model";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import { competencyModel } from "../db/schema";
import { notFound } from "../http/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A model a coach may use: one Keel ships, or one of their own. */
export interface UsableModel {
  source: "built-in" | "own";
  id: string;
  version: number;
  model: CompetencyModel;
  basedOn: string | null;
  updatedAt: Date | null;
}

/** The built-in model of that id, or the viewer's own; anyone else's is a 404. */
export async function findUsableModel(
  ctx: AppContext,
  viewer: Viewer,
  id: string,
): Promise<UsableModel> {
  const shipped = ctx.competencyModels.get(id);
  if (shipped)
    return {
      source: "built-in",
      id,
      version: shipped.version,
      model: shipped,
      basedOn: null,
      updatedAt: null,
    };
  const [row] = UUID.test(id)
    ? await ctx.db
        .select()
        .from(competencyModel)
        .where(and(eq(competencyModel.id, id), eq(competencyModel.ownerId, viewer.userId)))
    : [];
  if (!row) throw notFound("This competency model");
  return {
    source: "own",
    id: row.id,
    version: row.version,
    model: { ...row.model, id: row.id, version: row.version },
    basedOn: row.basedOn,
    updatedAt: row.updatedAt,
  };
}
