import type { EngagementRelation } from "../engagement/access";
import type { FieldProblem } from "../field-problem";
import { unstorableIn } from "../storable-text";

// The three-way agreement (docs/decisions/031): at the start, client, coach and sponsor agree
// the engagement's purpose, up to three goals, and what the sponsor may see. The coach drafts it;
// each party accepts it in Keel; any change to the terms after someone accepted clears every
// acceptance, and the terms last agreed by all stay in force until the new ones are. What the
// sponsor sees is then at most what is in force, narrowed by the client's consent.

export const AGREEMENT_PARTIES = ["coach", "client", "sponsor"] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

export const PURPOSE_MAX_LENGTH = 2000;
export const AGREEMENT_GOAL_MAX_LENGTH = 300;
export const AGREEMENT_MAX_GOALS = 3;

/**
 * What the terms may let the sponsor see. Sessions (used against planned) and the stage are the
 * engagement's facts, which a sponsor sees in any case (PRODUCT.md): they are always written in,
 * so the agreement says so, and no one can narrow them.
 */
export const SPONSOR_ITEMS = [
  "goal-titles",
  "goal-status",
  "goal-outcomes",
  "sessions",
  "stage",
] as const;
export type SponsorItem = (typeof SPONSOR_ITEMS)[number];
export const ENGAGEMENT_FACT_ITEMS: readonly SponsorItem[] = ["sessions", "stage"];

export interface AgreementTerms {
  purpose: string;
  goals: string[];
  sponsorSees: SponsorItem[];
}

export interface ThreeWayAgreement {
  terms: AgreementTerms;
  acceptedBy: AgreementParty[];
  /** The terms every party last accepted; null until the first agreement. */
  inForce: AgreementTerms | null;
}

export type AgreementState =
  | { kind: "draft" }
  | { kind: "awaiting"; waitingFor: AgreementParty[] }
  | { kind: "agreed" };

/** The parties whose acceptance counts: all three, or client and coach when there is no sponsor. */
export function requiredParties(hasSponsor: boolean): AgreementParty[] {
  return AGREEMENT_PARTIES.filter((party) => hasSponsor || party !== "sponsor");
}

export function partyOf(relation: EngagementRelation | null): AgreementParty | null {
  return relation === "coach" || relation === "client" || relation === "sponsor" ? relation : null;
}

/** The parties read the agreement; a practice admin who is not the coach does not. */
export const mayReadAgreement = (relation: EngagementRelation | null) => partyOf(relation) !== null;

/** The coach drafts and revises it. */
export const mayDraftAgreement = (relation: EngagementRelation | null) => relation === "coach";

/** Only the client changes their consent: narrowing it, or widening it up to the terms in force. */
export const mayChangeConsent = (relation: EngagementRelation | null) => relation === "client";

/** The terms as kept: text trimmed; items once each, in order, with what they need. */
export function normaliseTerms(terms: AgreementTerms): AgreementTerms {
  const asked = new Set<SponsorItem>([...terms.sponsorSees, ...ENGAGEMENT_FACT_ITEMS]);
  if (asked.has("goal-status") || asked.has("goal-outcomes")) asked.add("goal-titles");
  return {
    purpose: terms.purpose.trim(),
    goals: terms.goals.map((goal) => goal.trim()),
    sponsorSees: SPONSOR_ITEMS.filter((item) => asked.has(item)),
  };
}

/** What the terms lack or have too much of, each at its field ("goals.1"). */
export function termsProblems(terms: AgreementTerms): FieldProblem[] {
  const { purpose, goals } = normaliseTerms(terms);
  return [
    ...textProblems(purpose, "purpose", PURPOSE_MAX_LENGTH, "Say what the engagement is for."),
    ...goalCountProblems(goals),
    ...goals.flatMap((goal, i) =>
      textProblems(goal, `goals.${i}`, AGREEMENT_GOAL_MAX_LENGTH, "Write the goal, or remove it."),
    ),
    ...repeatedGoals(goals),
    ...terms.sponsorSees.flatMap((item, i) =>
      SPONSOR_ITEMS.includes(item)
        ? []
        : [{ path: `sponsorSees.${i}`, message: `Choose from ${SPONSOR_ITEMS.join(", ")}.` }],
    ),
  ];
}

function textProblems(text: string, path: string, max: number, missing: string): FieldProblem[] {
  if (text === "") return [{ path, message: missing }];
  const unstorable = unstorableIn(text);
  if (unstorable) return [{ path, message: unstorable }];
  if (text.length > max)
    return [{ path, message: `Keep it to ${max} characters (it has ${text.length}).` }];
  return [];
}

function goalCountProblems(goals: string[]): FieldProblem[] {
  if (goals.length === 0) return [{ path: "goals", message: "Agree at least one goal." }];
  if (goals.length > AGREEMENT_MAX_GOALS)
    return [{ path: "goals", message: `Agree at most ${AGREEMENT_MAX_GOALS} goals.` }];
  return [];
}

function repeatedGoals(goals: string[]): FieldProblem[] {
  const seen = new Set<string>();
  return goals.flatMap((goal, i) => {
    const key = goal.toLowerCase().replace(/\s+/g, " ");
    if (key === "" || !seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ path: `goals.${i}`, message: "This goal is already in the agreement." }];
  });
}

/** A first draft: nobody has accepted it, and nothing is in force. */
export function draftAgreement(terms: AgreementTerms): ThreeWayAgreement {
  return { terms: normaliseTerms(terms), acceptedBy: [], inForce: null };
}

/**
 * The coach's revision. Terms that read the same leave the agreement as it was; any change clears
 * every acceptance, while the terms last agreed stay in force until all accept the new ones.
 */
export function reviseAgreement(
  agreement: ThreeWayAgreement,
  terms: AgreementTerms,
): ThreeWayAgreement {
  const revised = normaliseTerms(terms);
  if (sameTerms(revised, agreement.terms)) return agreement;
  return { terms: revised, acceptedBy: [], inForce: agreement.inForce };
}

export function sameTerms(a: AgreementTerms, b: AgreementTerms): boolean {
  return JSON.stringify(normaliseTerms(a)) === JSON.stringify(normaliseTerms(b));
}

/**
 * One party accepts the terms as they stand. A party who is not asked (the sponsor of an engagement
 * with none) gets null; accepting twice changes nothing. When the last party accepts, the terms
 * come into force.
 */
export function acceptAgreement(
  agreement: ThreeWayAgreement,
  party: AgreementParty,
  hasSponsor: boolean,
): ThreeWayAgreement | null {
  const parties = requiredParties(hasSponsor);
  if (!parties.includes(party)) return null;
  if (agreement.acceptedBy.includes(party)) return agreement;
  const acceptedBy = parties.filter((p) => p === party || agreement.acceptedBy.includes(p));
  const agreed = parties.every((p) => acceptedBy.includes(p));
  return { ...agreement, acceptedBy, inForce: agreed ? agreement.terms : agreement.inForce };
}

/**
 * A new sponsor on the engagement. The client agreed to show a person, not a seat: every
 * acceptance is cleared and nothing is in force until all accept again with the new sponsor.
 */
export function afterSponsorChange(agreement: ThreeWayAgreement): ThreeWayAgreement {
  return { terms: agreement.terms, acceptedBy: [], inForce: null };
}

/**
 * The engagement moved to another coach. The new coach has agreed to nothing, so the coach's
 * acceptance no longer counts and the agreement waits for theirs. The terms in force stay in
 * force, as with a changed draft: a move never changes what the sponsor sees (clearing them
 * would fall back to the client's own choice, which may be wider).
 */
export function afterCoachChange(agreement: ThreeWayAgreement): ThreeWayAgreement {
  if (!agreement.acceptedBy.includes("coach")) return agreement;
  return { ...agreement, acceptedBy: agreement.acceptedBy.filter((party) => party !== "coach") };
}

/** Who holds each party's place on the engagement now. */
export type AgreementPeople = Record<AgreementParty, string | null>;

/**
 * The acceptances that count: each given by the person who holds that party's place now. An
 * acceptance from a coach the engagement was moved away from speaks for nobody on it.
 */
export function acceptancesOfPresentParties<T extends { party: AgreementParty; userId: string }>(
  acceptances: T[],
  people: AgreementPeople,
): T[] {
  return acceptances.filter((acceptance) => people[acceptance.party] === acceptance.userId);
}

/** Draft while nobody has accepted, awaiting those who have not, agreed once all have. */
export function agreementState(agreement: ThreeWayAgreement, hasSponsor: boolean): AgreementState {
  const parties = requiredParties(hasSponsor);
  const waitingFor = parties.filter((party) => !agreement.acceptedBy.includes(party));
  if (waitingFor.length === 0) return { kind: "agreed" };
  if (waitingFor.length === parties.length) return { kind: "draft" };
  return { kind: "awaiting", waitingFor };
}
