import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { practice } from "../db/schema";

/** A practice as its public pages show it, found by the slug of their addresses. */
export interface PublicPractice {
  id: string;
  name: string;
  slug: string;
  postalAddress: string | null;
}

export async function findPublicPractice(
  db: Executor,
  slug: string,
): Promise<PublicPractice | null> {
  const [row] = await db
    .select({
      id: practice.id,
      name: practice.name,
      slug: practice.slug,
      postalAddress: practice.postalAddress,
    })
    .from(practice)
    .where(eq(practice.slug, slug));
  return row ?? null;
}
