import { and, eq } from "drizzle-orm";
import type { PhraseSource } from "../../contract/session-patterns";
import type { Executor } from "../db/database";
import { notePhrase } from "../db/schema";
import { keyPhrases } from "./key-phrases";

// Writes the key phrases of a note or a reflection when it is saved, inside the save's own
// transaction: the source's old phrases go, its new ones come, so the patterns view only counts.

export interface PhraseSourceAt {
  engagementId: string;
  sessionId: string;
  source: PhraseSource;
  /** Who wrote it; for a private note, the one person whose patterns may read it. */
  authorId: string;
}

export async function replacePhrases(tx: Executor, at: PhraseSourceAt, text: string) {
  const ofSource = and(eq(notePhrase.sessionId, at.sessionId), eq(notePhrase.source, at.source));
  await tx
    .delete(notePhrase)
    .where(
      at.source === "private" ? and(ofSource, eq(notePhrase.authorId, at.authorId)) : ofSource,
    );
  const { engagementId, sessionId, source, authorId } = at;
  const rows = [...keyPhrases(text)].map(([phrase, count]) => ({
    ...{ engagementId, sessionId, source, authorId },
    phrase,
    count,
  }));
  if (rows.length > 0) await tx.insert(notePhrase).values(rows);
}
