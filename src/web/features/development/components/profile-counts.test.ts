import { describe, expect, it } from "vitest";
import type {
  DevelopmentEntry,
  DevelopmentProfile,
  Proposal,
} from "../../../../contract/development";
import type { EntryKind } from "../../../../domain/development/entries";
import { provenance } from "./entry-provenance";
import { profileCounts } from "./profile-counts";

const omar = { id: "u-client", name: "Omar Haddad" };
const ines = { id: "u-coach", name: "Ines Duarte" };

function entry(kind: EntryKind, changes: Partial<DevelopmentEntry> = {}): DevelopmentEntry {
  return {
    id: `e-${Math.random()}`,
    kind,
    title: "Speaks up for the team",
    detail: "",
    evidence: [],
    proposalKey: null,
    createdBy: omar,
    updatedBy: omar,
    createdAt: "2026-03-02T10:00:00.000Z",
    updatedAt: "2026-03-02T10:00:00.000Z",
    ...changes,
  };
}

const proposal: Proposal = { key: "k", kind: "strength", title: "t", detail: "d", evidence: [] };

describe("the profile's counts on the engagement page", () => {
  it("count strengths, development areas and suggestions, in the singular where one", () => {
    const profile: DevelopmentProfile = {
      entries: [
        entry("strength"),
        entry("development_area"),
        entry("strength"),
        entry("blind_spot"),
      ],
      proposals: [proposal],
      setAside: [],
    };
    expect(profileCounts(profile)).toEqual([
      "2 strengths",
      "1 development area",
      "1 suggestion waiting",
    ]);
    expect(profileCounts({ entries: [], proposals: [], setAside: [] })).toEqual([
      "0 strengths",
      "0 development areas",
      "0 suggestions waiting",
    ]);
  });
});

describe("who added an entry", () => {
  it("says who added it and when, and 'you' for the reader", () => {
    expect(provenance(entry("strength"), ines)).toBe("Added by Omar Haddad on 2 Mar 2026");
    expect(provenance(entry("strength"), omar)).toBe("Added by you on 2 Mar 2026");
  });

  it("says an entry came from a suggestion, and who edited it later", () => {
    const edited = entry("strength", {
      proposalKey: "personality:a:E3:strength",
      updatedBy: ines,
      updatedAt: "2026-03-05T09:00:00.000Z",
    });
    expect(provenance(edited, ines)).toBe(
      "Accepted from a suggestion by Omar Haddad on 2 Mar 2026 · edited by you on 5 Mar 2026",
    );
  });
});
