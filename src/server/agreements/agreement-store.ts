import { eq } from "drizzle-orm";
import {
  type AgreementParty,
  type AgreementPeople,
  acceptancesOfPresentParties,
  afterSponsorChange,
  type ThreeWayAgreement,
} from "../../domain/programmes/three-way-agreement";
import type { Executor } from "../db/database";
import { engagementAgreement, type StoredAcceptance } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";

// The agreement row of an engagement, read as the domain's agreement. Acceptances and terms in
// force given with another sponsor than the engagement's own count for nothing (decision 031).

export type AgreementRow = typeof engagementAgreement.$inferSelect;

export interface LoadedAgreement {
  row: AgreementRow;
  agreement: ThreeWayAgreement;
  /** Each party's acceptance as it counts now. */
  acceptances: StoredAcceptance[];
  inForceAt: Date | null;
}

export async function selectAgreement(
  db: Executor,
  engagementId: string,
  forUpdate = false,
): Promise<AgreementRow | undefined> {
  const query = db
    .select()
    .from(engagementAgreement)
    .where(eq(engagementAgreement.engagementId, engagementId));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export function agreementOf(row: AgreementRow, engagement: EngagementRow): LoadedAgreement {
  // A coach the engagement was moved away from speaks for nobody on it (decision 032).
  const acceptances = acceptancesOfPresentParties(row.acceptedBy, peopleOf(engagement));
  const stored: ThreeWayAgreement = {
    terms: row.terms,
    acceptedBy: acceptances.map((a) => a.party),
    inForce: row.inForce ?? null,
  };
  if ((row.sponsorId ?? null) === engagement.engagement.sponsorId)
    return { row, agreement: stored, acceptances, inForceAt: row.inForceAt };
  return { row, agreement: afterSponsorChange(stored), acceptances: [], inForceAt: null };
}

export async function loadAgreement(
  db: Executor,
  engagement: EngagementRow,
  forUpdate = false,
): Promise<LoadedAgreement | null> {
  const row = await selectAgreement(db, engagement.engagement.id, forUpdate);
  return row ? agreementOf(row, engagement) : null;
}

/** The terms in force for the engagement's current sponsor, or null. */
export async function termsInForce(db: Executor, engagement: EngagementRow) {
  return (await loadAgreement(db, engagement))?.agreement.inForce ?? null;
}

const peopleOf = (engagement: EngagementRow): AgreementPeople => ({
  coach: engagement.coach.id,
  client: engagement.client.id,
  sponsor: engagement.sponsor?.id ?? null,
});

export const userIdOf = (engagement: EngagementRow, party: AgreementParty) =>
  party === "coach"
    ? engagement.coach.id
    : party === "client"
      ? engagement.client.id
      : (engagement.sponsor?.id ?? null);
