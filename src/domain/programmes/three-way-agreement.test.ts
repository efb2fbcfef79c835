import { describe, expect, it } from "vitest";
import {
  AGREEMENT_GOAL_MAX_LENGTH,
  type AgreementParty,
  type AgreementTerms,
  acceptAgreement,
  acceptancesOfPresentParties,
  afterCoachChange,
  afterSponsorChange,
  agreementState,
  draftAgreement,
  mayChangeConsent,
  mayDraftAgreement,
  mayReadAgreement,
  PURPOSE_MAX_LENGTH,
  reviseAgreement,
  type ThreeWayAgreement,
  termsProblems,
} from "./three-way-agreement";

const terms: AgreementTerms = {
  purpose: "  Lead the new division with less firefighting.  ",
  goals: ["Delegate the weekly planning", "Give feedback within a day"],
  sponsorSees: ["goal-status"],
};

function acceptedBy(
  agreement: ThreeWayAgreement,
  parties: readonly AgreementParty[],
): ThreeWayAgreement {
  return parties.reduce(
    (current, party) => acceptAgreement(current, party, true) ?? current,
    agreement,
  );
}

const acceptedByAll = (agreement: ThreeWayAgreement) =>
  acceptedBy(agreement, ["coach", "client", "sponsor"]);

describe("the three-way agreement's terms", () => {
  it("keeps the text trimmed, and what the sponsor sees with what it needs and the facts", () => {
    expect(draftAgreement(terms).terms).toEqual({
      purpose: "Lead the new division with less firefighting.",
      goals: ["Delegate the weekly planning", "Give feedback within a day"],
      sponsorSees: ["goal-titles", "goal-status", "sessions", "stage"],
    });
    expect(termsProblems(terms)).toEqual([]);
  });

  it("takes a purpose of 2,000 characters and goals of 300, not one more", () => {
    const atLimit = {
      ...terms,
      purpose: "p".repeat(PURPOSE_MAX_LENGTH),
      goals: ["g".repeat(AGREEMENT_GOAL_MAX_LENGTH)],
    };
    expect(termsProblems(atLimit)).toEqual([]);
    const over = {
      ...terms,
      purpose: "p".repeat(PURPOSE_MAX_LENGTH + 1),
      goals: ["g".repeat(AGREEMENT_GOAL_MAX_LENGTH + 1)],
    };
    expect(termsProblems(over).map((p) => p.path)).toEqual(["purpose", "goals.0"]);
    expect(termsProblems(over)[0]?.message).toBe("Keep it to 2000 characters (it has 2001).");
  });

  it("needs a purpose and one to three goals, each once, each storable", () => {
    expect(termsProblems({ ...terms, purpose: "  ", goals: [] })).toEqual([
      { path: "purpose", message: "Say what the engagement is for." },
      { path: "goals", message: "Agree at least one goal." },
    ]);
    expect(termsProblems({ ...terms, goals: ["a", "b", "c", "d"] })[0]?.path).toBe("goals");
    expect(termsProblems({ ...terms, goals: ["Listen more", " listen  MORE", "x\u0000"] })).toEqual(
      [
        {
          path: "goals.2",
          message: "Remove the invisible control character (NUL) from this text.",
        },
        { path: "goals.1", message: "This goal is already in the agreement." },
      ],
    );
  });
});

describe("accepting and revising the agreement", () => {
  it("goes from draft to awaiting the others to agreed, and comes into force then", () => {
    const draft = draftAgreement(terms);
    expect(agreementState(draft, true)).toEqual({ kind: "draft" });
    const byCoach = acceptAgreement(draft, "coach", true) as ThreeWayAgreement;
    expect(agreementState(byCoach, true)).toEqual({
      kind: "awaiting",
      waitingFor: ["client", "sponsor"],
    });
    expect(byCoach.inForce).toBeNull();
    const agreed = acceptedByAll(draft);
    expect(agreementState(agreed, true)).toEqual({ kind: "agreed" });
    expect(agreed.inForce).toEqual(agreed.terms);
    expect(acceptAgreement(agreed, "client", true)).toBe(agreed);
  });

  it("asks no sponsor where there is none", () => {
    const draft = draftAgreement(terms);
    expect(acceptAgreement(draft, "sponsor", false)).toBeNull();
    const both = acceptAgreement(
      acceptAgreement(draft, "client", false) as ThreeWayAgreement,
      "coach",
      false,
    );
    expect(both && agreementState(both, false)).toEqual({ kind: "agreed" });
  });

  it("clears every acceptance when the terms change, keeping the last agreed in force", () => {
    const agreed = acceptedByAll(draftAgreement(terms));
    expect(reviseAgreement(agreed, { ...terms, purpose: `${terms.purpose} ` })).toBe(agreed);
    const wider = reviseAgreement(agreed, { ...terms, sponsorSees: ["goal-outcomes"] });
    expect(wider.acceptedBy).toEqual([]);
    expect(wider.inForce).toEqual(agreed.terms);
    expect(agreementState(wider, true)).toEqual({ kind: "draft" });
    expect(acceptedByAll(wider).inForce?.sponsorSees).toContain("goal-outcomes");
  });

  it("puts nothing in force for a new sponsor until all accept again", () => {
    const changed = afterSponsorChange(acceptedByAll(draftAgreement(terms)));
    expect(changed.inForce).toBeNull();
    expect(agreementState(changed, true)).toEqual({ kind: "draft" });
  });

  it("waits for a new coach's acceptance while the terms in force stay in force", () => {
    const agreed = acceptedByAll(draftAgreement(terms));
    const moved = afterCoachChange(agreed);
    expect(moved.inForce).toEqual(agreed.inForce);
    expect(moved.terms).toEqual(agreed.terms);
    expect(agreementState(moved, true)).toEqual({ kind: "awaiting", waitingFor: ["coach"] });
    const accepted = acceptAgreement(moved, "coach", true);
    expect(accepted && agreementState(accepted, true)).toEqual({ kind: "agreed" });
    expect(accepted?.inForce).toEqual(agreed.inForce);
  });

  it("keeps a changed draft's last agreed terms in force through a move", () => {
    const agreed = acceptedByAll(draftAgreement(terms));
    const revised = reviseAgreement(agreed, { ...terms, sponsorSees: ["goal-outcomes"] });
    const half = acceptedBy(revised, ["coach", "client"]);
    const moved = afterCoachChange(half);
    expect(moved.acceptedBy).toEqual(["client"]);
    expect(moved.inForce).toEqual(agreed.inForce);
    expect(afterCoachChange(revised)).toBe(revised);
  });

  it("counts only acceptances given by the people who hold the places now", () => {
    const at = "2027-01-01T00:00:00.000Z";
    const stored = [
      { party: "coach" as const, userId: "old-coach", at },
      { party: "client" as const, userId: "client", at },
      { party: "sponsor" as const, userId: "sponsor", at },
    ];
    const people = { coach: "new-coach", client: "client", sponsor: "sponsor" };
    expect(acceptancesOfPresentParties(stored, people).map((a) => a.party)).toEqual([
      "client",
      "sponsor",
    ]);
    expect(acceptancesOfPresentParties(stored, { ...people, coach: "old-coach" })).toHaveLength(3);
    expect(acceptancesOfPresentParties(stored, { ...people, sponsor: null })).toHaveLength(1);
  });

  it("lets the coach draft, the parties read, and the client alone change consent", () => {
    expect(mayDraftAgreement("coach")).toBe(true);
    expect(mayDraftAgreement("client")).toBe(false);
    expect(mayReadAgreement("sponsor")).toBe(true);
    expect(mayReadAgreement("practice-admin")).toBe(false);
    expect(mayChangeConsent("client")).toBe(true);
    expect(mayChangeConsent("sponsor")).toBe(false);
  });
});
