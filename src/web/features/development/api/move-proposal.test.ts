import { describe, expect, it } from "vitest";
import type { DevelopmentProfile, Proposal } from "../../../../contract/development";
import { withProposalMoved } from "./move-proposal";

const proposal = (key: string): Proposal => ({
  key,
  kind: "strength",
  title: key,
  detail: "",
  evidence: [],
});

describe("a suggestion moved between the open ones and those set aside", () => {
  const profile: DevelopmentProfile = {
    entries: [],
    proposals: [proposal("a"), proposal("b")],
    setAside: [proposal("c")],
  };

  it("leaves one list for the end of the other, and back", () => {
    const aside = withProposalMoved(profile, "a", "proposals", "setAside");
    expect(aside?.proposals.map((p) => p.key)).toEqual(["b"]);
    expect(aside?.setAside.map((p) => p.key)).toEqual(["c", "a"]);
    const back = withProposalMoved(aside, "c", "setAside", "proposals");
    expect(back?.proposals.map((p) => p.key)).toEqual(["b", "c"]);
    expect(back?.setAside.map((p) => p.key)).toEqual(["a"]);
  });

  it("changes nothing for a key that is not in the list it leaves", () => {
    expect(withProposalMoved(profile, "c", "proposals", "setAside")).toEqual(profile);
    expect(withProposalMoved(undefined, "a", "proposals", "setAside")).toBeUndefined();
  });
});
