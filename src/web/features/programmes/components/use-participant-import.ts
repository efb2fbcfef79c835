import { useState } from "react";
import type { ImportPreview } from "../../../../contract/programmes";
import { isApiError } from "../../../lib/api-client";
import { useCommitImport } from "../api/commit-import";
import { usePreviewImport } from "../api/preview-import";

/** The CSV text being imported and where it came from: a file's name, or "the pasted rows". */
export type CsvSource = { csv: string; from: string };

/**
 * An import's steps: a file (or pasted rows) is checked on the server, row by row; when no row
 * has a problem it can be committed, all at once. A commit refused because the practice changed
 * meanwhile (someone else invited one of the addresses) checks the file again, to show why.
 */
export function useParticipantImport(programmeId: string) {
  const preview = usePreviewImport(programmeId);
  const commit = useCommitImport(programmeId);
  const [source, setSource] = useState<CsvSource | null>(null);

  function check(next: CsvSource) {
    setSource(next);
    commit.reset();
    preview.mutate({ csv: next.csv });
  }

  function invite() {
    if (!source || commit.isPending) return;
    commit.mutate(
      { csv: source.csv },
      {
        onError: (error) => {
          if (isApiError(error, 400) && error.fields.length > 0)
            preview.mutate({ csv: source.csv });
        },
      },
    );
  }

  function startOver() {
    setSource(null);
    preview.reset();
    commit.reset();
  }

  return { source, preview, commit, check, invite, startOver };
}

export type ParticipantImport = ReturnType<typeof useParticipantImport>;

/** Whether every row may be imported now: no file problem, no row problem, and a row at all. */
export function isReady(preview: ImportPreview): boolean {
  return (
    preview.fileProblems.length === 0 && preview.counts.withProblems === 0 && preview.counts.ok > 0
  );
}
