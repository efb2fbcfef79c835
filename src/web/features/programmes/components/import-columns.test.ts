import { describe, expect, it } from "vitest";
import { checkParticipantCsv } from "../../../../domain/programmes/participant-import";
import { templateCsv } from "./import-columns";

describe("templateCsv", () => {
  it("is a file the import takes as it is, with the programme's own cohorts", () => {
    const cohort = { id: "6d0f3f52-8d3e-4f7a-9a51-3f0c1e2b7a10", startDate: "2027-03-01" };
    const cohorts = [{ ...cohort, name: "Spring, 2027", participantCount: 0 }];
    const checked = checkParticipantCsv(templateCsv(cohorts), {
      cohorts,
      participants: new Set(),
      members: new Map(),
      pendingInvitations: new Set(),
    });
    expect(checked.fileProblems).toEqual([]);
    expect(checked.counts).toEqual({
      rows: 2,
      ok: 2,
      withProblems: 0,
      emptySkipped: 0,
      existingClients: 0,
    });
  });
});
