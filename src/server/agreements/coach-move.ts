import { eq } from "drizzle-orm";
import { afterCoachChange } from "../../domain/programmes/three-way-agreement";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { engagementAgreement } from "../db/schema";
import { mailNewCoachToAccept } from "./agreement-mail";
import { selectAgreement } from "./agreement-store";

/**
 * In the move's transaction: the old coach's acceptance is dropped (the terms and the terms in
 * force stay as they are), and the new coach is asked to accept. No agreement, nothing to do.
 */
export async function agreementAfterCoachMove(
  ctx: AppContext,
  tx: Executor,
  engagement: { id: string; title: string; practiceId: string; sponsorId: string | null },
  newCoachId: string,
): Promise<void> {
  const row = await selectAgreement(tx, engagement.id, true);
  if (!row) return;
  const next = afterCoachChange({
    terms: row.terms,
    acceptedBy: row.acceptedBy.map((a) => a.party),
    inForce: row.inForce ?? null,
  });
  await tx
    .update(engagementAgreement)
    .set({ acceptedBy: row.acceptedBy.filter((a) => next.acceptedBy.includes(a.party)) })
    .where(eq(engagementAgreement.engagementId, engagement.id));
  const sameSponsor = (row.sponsorId ?? null) === engagement.sponsorId;
  await mailNewCoachToAccept(ctx, tx, engagement, newCoachId, sameSponsor && next.inForce !== null);
}
