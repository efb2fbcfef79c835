import { and, eq } from "drizzle-orm";
import type {
  AcceptAgreementBody,
  AgreementView,
  DraftAgreementBody,
} from "../../contract/agreements";
import type { EngagementRelation } from "../../domain/engagement/access";
import {
  acceptAgreement,
  agreementState,
  draftAgreement,
  mayDraftAgreement,
  mayReadAgreement,
  partyOf,
  requiredParties,
  reviseAgreement,
  type ThreeWayAgreement,
  termsProblems,
} from "../../domain/programmes/three-way-agreement";
import type { Viewer } from "../access/viewer";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import { engagementAgreement, type StoredAcceptance } from "../db/schema";
import type { EngagementRow } from "../engagements/queries";
import { findVisibleEngagement } from "../engagements/service";
import { AppError, forbidden, invalidInput } from "../http/errors";
import { mailAgreed, mailToAccept } from "./agreement-mail";
import { type LoadedAgreement, loadAgreement } from "./agreement-store";

// The three-way agreement (docs/decisions/031): the coach drafts the terms, each party accepts
// them for themselves, and any change clears every acceptance. A change made from a page that
// read an older revision is refused, so nobody accepts or overwrites terms they did not see.

const READERS = {
  may: mayReadAgreement,
  refusal: "Only the engagement's coach, client and sponsor see its agreement.",
};

const stale = () =>
  new AppError(
    "stale_version",
    "The agreement changed meanwhile; read it again before you save or accept it.",
  );

export async function getAgreement(ctx: AppContext, viewer: Viewer, engagementId: string) {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  return agreementView(row, relation, await loadAgreement(ctx.db, row));
}

export async function draftTerms(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: DraftAgreementBody,
): Promise<AgreementView> {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  if (!mayDraftAgreement(relation)) throw forbidden("Only the coach drafts the agreement.");
  const problems = termsProblems(body.terms);
  if (problems.length > 0)
    throw invalidInput(problems.map((p) => ({ ...p, path: `terms.${p.path}` })));
  const saved = await ctx.db.transaction(async (tx) => {
    const loaded = await loadAgreement(tx, row, true);
    if ((loaded?.row.revision ?? 0) !== body.revision) throw stale();
    const next = loaded
      ? reviseAgreement(loaded.agreement, body.terms)
      : draftAgreement(body.terms);
    if (loaded && next === loaded.agreement) return { loaded, changed: false };
    await writeTerms(tx, row, viewer.userId, next, loaded);
    await mailToAccept(ctx, tx, row, Boolean(loaded?.agreement.inForce));
    return { loaded: await loadAgreement(tx, row), changed: true };
  });
  return agreementView(row, relation, saved.loaded);
}

async function writeTerms(
  tx: Executor,
  row: EngagementRow,
  userId: string,
  next: ThreeWayAgreement,
  loaded: LoadedAgreement | null,
) {
  const values = {
    terms: next.terms,
    acceptedBy: [],
    inForce: next.inForce,
    inForceAt: next.inForce ? (loaded?.inForceAt ?? null) : null,
    sponsorId: row.engagement.sponsorId,
    updatedBy: userId,
    updatedAt: new Date(),
  };
  if (!loaded) {
    // Two first drafts at once: the one that comes second was written without seeing the first.
    const inserted = await tx
      .insert(engagementAgreement)
      .values({ engagementId: row.engagement.id, ...values })
      .onConflictDoNothing()
      .returning({ revision: engagementAgreement.revision });
    if (inserted.length === 0) throw stale();
    return;
  }
  await tx
    .update(engagementAgreement)
    .set({ ...values, revision: loaded.row.revision + 1 })
    .where(eq(engagementAgreement.engagementId, row.engagement.id));
}

export async function acceptTerms(
  ctx: AppContext,
  viewer: Viewer,
  engagementId: string,
  body: AcceptAgreementBody,
): Promise<AgreementView> {
  const { row, relation } = await findVisibleEngagement(ctx.db, viewer, engagementId, READERS);
  const party = partyOf(relation);
  if (!party) throw forbidden(READERS.refusal);
  const loaded = await ctx.db.transaction(async (tx) => {
    const found = await loadAgreement(tx, row, true);
    if (!found) throw new AppError("agreement_not_drafted");
    if (found.row.revision !== body.revision) throw stale();
    const next = acceptAgreement(found.agreement, party, row.sponsor !== null);
    if (!next) throw forbidden("This engagement has no sponsor to accept the agreement.");
    if (next === found.agreement && found.acceptances.some((a) => a.party === party)) return found;
    const at = new Date();
    const acceptedBy: StoredAcceptance[] = [
      ...found.acceptances.filter((a) => next.acceptedBy.includes(a.party)),
      { party, userId: viewer.userId, at: at.toISOString() },
    ];
    const agreedNow = next.inForce === next.terms && next.inForce !== found.agreement.inForce;
    await tx
      .update(engagementAgreement)
      .set({
        acceptedBy,
        inForce: next.inForce,
        inForceAt: agreedNow ? at : found.inForceAt,
        sponsorId: row.engagement.sponsorId,
      })
      .where(
        and(
          eq(engagementAgreement.engagementId, engagementId),
          eq(engagementAgreement.revision, body.revision),
        ),
      );
    if (agreedNow) await mailAgreed(ctx, tx, row, party);
    return loadAgreement(tx, row);
  });
  return agreementView(row, relation, loaded);
}

export function agreementView(
  row: EngagementRow,
  relation: EngagementRelation,
  loaded: LoadedAgreement | null,
): AgreementView {
  const you = partyOf(relation);
  if (!you) throw forbidden(READERS.refusal);
  const hasSponsor = row.sponsor !== null;
  const names = { coach: row.coach.name, client: row.client.name, sponsor: row.sponsor?.name };
  const accepted = (party: string) => loaded?.acceptances.find((a) => a.party === party);
  const state = loaded ? agreementState(loaded.agreement, hasSponsor) : null;
  return {
    engagementId: row.engagement.id,
    terms: loaded?.agreement.terms ?? null,
    inForce: loaded?.agreement.inForce ?? null,
    inForceAt: loaded?.inForceAt?.toISOString() ?? null,
    state: state?.kind ?? "none",
    waitingFor: state?.kind === "awaiting" ? state.waitingFor : [],
    parties: requiredParties(hasSponsor).map((party) => ({
      party,
      name: names[party] ?? "",
      acceptedAt: accepted(party)?.at ?? null,
    })),
    you,
    mayDraft: mayDraftAgreement(relation),
    mayAccept: Boolean(loaded) && requiredParties(hasSponsor).includes(you) && !accepted(you),
    revision: loaded?.row.revision ?? 0,
    updatedAt: loaded?.row.updatedAt.toISOString() ?? null,
  };
}
