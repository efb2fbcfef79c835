import { type WheelRating, wheelRatings } from "../../domain/exercise/wheel";
import type { AppContext } from "../context";
import { BoundedCache } from "../runtime/bounded-cache";
import { selectSubmittedContent } from "./queries";

/** What a submitted exercise's wheels say never changes, so it is kept by the exercise's id. */
const ratingsBySubmission = new BoundedCache<string, WheelRating[]>(5_000);

/**
 * Every rated area of the wheels in the given submissions (the current one of each template):
 * evidence for the development profile. The caller checks who may see them.
 */
export async function submittedWheelRatings(
  ctx: AppContext,
  current: readonly { id: string }[],
): Promise<WheelRating[]> {
  const ratings = new Map(current.map(({ id }) => [id, ratingsBySubmission.get(id)]));
  const missing = current.filter(({ id }) => !ratings.get(id)).map(({ id }) => id);
  if (missing.length > 0) {
    for (const row of await selectSubmittedContent(ctx.db, missing)) {
      const found = wheelRatings(
        { id: row.id, title: row.content.title },
        row.content,
        row.answers,
      );
      ratingsBySubmission.set(row.id, found);
      ratings.set(row.id, found);
    }
  }
  return current.flatMap(({ id }) => ratings.get(id) ?? []);
}
