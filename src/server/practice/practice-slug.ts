import { eq } from "drizzle-orm";
import { slugFromName, slugWithSuffix } from "../../domain/practice/public-slug";
import type { Executor } from "../db/database";
import { practice } from "../db/schema";

/** A slug for a new practice of this name: the name's own, or with a short suffix when taken. */
export async function freeSlugFor(db: Executor, name: string): Promise<string> {
  const plain = slugFromName(name);
  if (!(await slugTaken(db, plain))) return plain;
  for (let attempt = 0; attempt < 5; attempt++) {
    const suffixed = slugWithSuffix(plain);
    if (!(await slugTaken(db, suffixed))) return suffixed;
  }
  throw new Error("no free slug found");
}

export async function slugTaken(db: Executor, slug: string, exceptPracticeId?: string) {
  const [row] = await db
    .select({ id: practice.id })
    .from(practice)
    .where(eq(practice.slug, slug))
    .limit(1);
  return row !== undefined && row.id !== exceptPracticeId;
}
