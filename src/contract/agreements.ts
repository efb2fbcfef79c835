import { z } from "zod";
import { STAGES } from "../domain/engagement/stages";
import { GOAL_STATUSES } from "../domain/goals/goal-status";
import {
  AGREEMENT_GOAL_MAX_LENGTH,
  AGREEMENT_PARTIES,
  PURPOSE_MAX_LENGTH,
  SPONSOR_ITEMS,
} from "../domain/programmes/three-way-agreement";
import { GOAL_OUTCOMES } from "../domain/review/reflection-questions";
import { SHARE_KINDS } from "../domain/review/report-sharing";
import { sponsorRead } from "./final-report";

// The three-way agreement of an engagement and what its sponsor sees (docs/decisions/031).
// GET/PUT /api/engagements/:id/agreement, POST /api/engagements/:id/agreement/accept,
// GET /api/engagements/:id/sponsor-view, PUT /api/engagements/:id/sponsor-consent.

// The bounds here only keep out what no form sends; the domain's checks (termsProblems) name the
// limits a person reads.
export const agreementTerms = z.strictObject({
  purpose: z.string("Write the purpose as text").max(PURPOSE_MAX_LENGTH * 2),
  goals: z
    .array(z.string("Write each goal as text").max(AGREEMENT_GOAL_MAX_LENGTH * 2))
    .max(10, "Agree at most 3 goals."),
  sponsorSees: z
    .array(z.enum(SPONSOR_ITEMS, `Choose from ${SPONSOR_ITEMS.join(", ")}.`))
    .max(SPONSOR_ITEMS.length * 2),
});
export type AgreementTermsInput = z.input<typeof agreementTerms>;

const revision = z
  .number("Send the revision you read")
  .int()
  .min(0)
  .max(2 ** 31 - 1)
  .describe("The revision read with the agreement (0 when there was none)");

export const draftAgreementBody = z.strictObject({ terms: agreementTerms, revision });
export type DraftAgreementBody = z.input<typeof draftAgreementBody>;

export const acceptAgreementBody = z.strictObject({ revision });
export type AcceptAgreementBody = z.input<typeof acceptAgreementBody>;

const termsView = z.object({
  purpose: z.string(),
  goals: z.array(z.string()),
  sponsorSees: z.array(z.enum(SPONSOR_ITEMS)),
});

const party = z.enum(AGREEMENT_PARTIES);

export const agreementView = z.object({
  engagementId: z.uuid(),
  /** Null until the coach drafts the terms. */
  terms: termsView.nullable(),
  inForce: termsView.nullable(),
  inForceAt: z.iso.datetime().nullable(),
  state: z.enum(["none", "draft", "awaiting", "agreed"]),
  waitingFor: z.array(party),
  parties: z.array(
    z.object({
      party,
      name: z.string(),
      acceptedAt: z.iso.datetime().nullable(),
    }),
  ),
  /** The viewer's part: what they may do here. */
  you: party,
  mayDraft: z.boolean(),
  mayAccept: z.boolean(),
  revision: z.number().int().describe("0 while no terms are drafted"),
  updatedAt: z.iso.datetime().nullable(),
});
export type AgreementView = z.output<typeof agreementView>;

const outcomes = z.object({
  client: z.enum(GOAL_OUTCOMES).nullable(),
  coach: z.enum(GOAL_OUTCOMES).nullable(),
});

export const sponsorConsentBody = z.strictObject({
  goalStatus: z.array(z.uuid("Choose a goal of this engagement")).max(50, "Too many goals"),
  goalOutcome: z.array(z.uuid("Choose a goal of this engagement")).max(50, "Too many goals"),
});
export type SponsorConsentBody = z.input<typeof sponsorConsentBody>;

export const sponsorEngagementView = z.object({
  engagementTitle: z.string(),
  clientName: z.string(),
  stage: z.enum(STAGES),
  sessions: z.object({ used: z.number().int(), planned: z.number().int().nullable() }),
  /** What governs the view: the agreement's terms in force, or the client's sharing alone. */
  basis: z.enum(["agreement", "sharing"]),
  sponsorSees: z.array(z.enum(SPONSOR_ITEMS)).describe("The terms in force; empty without any"),
  goals: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.object({ status: z.enum(GOAL_STATUSES), label: z.string() }).nullable(),
      outcome: outcomes.nullable(),
    }),
  ),
  summary: z.string().nullable(),
  kinds: z.array(z.enum(SHARE_KINDS)).describe("What this view shows of the client's choice"),
  /** For the client only: the goals they may choose from and their choice as it applies now. */
  consent: z
    .object({
      goals: z.array(z.object({ id: z.uuid(), title: z.string() })),
      goalStatus: z.array(z.uuid()),
      goalOutcome: z.array(z.uuid()),
      editable: z.boolean(),
      reads: z.array(sponsorRead).describe("The sponsor's reads, newest first, the latest 100"),
    })
    .nullable(),
});
export type SponsorEngagementViewResponse = z.output<typeof sponsorEngagementView>;
