import { z } from "zod";
import { ENTRY_KINDS } from "../domain/development/entries";
import { personRef } from "./common";

const kind = z.enum(ENTRY_KINDS);

/** The response scale's ends; entries accepted before they were recorded have neither. */
const range = {
  min: z.number().describe("The lowest point of the response scale, e.g. 1"),
  max: z.number().describe("The highest point of the response scale, e.g. 5, or 10 on the wheel"),
};
const personalityEvidence = z.object({
  type: z.literal("personality"),
  assessmentId: z.uuid(),
  instrument: z.string(),
  scaleId: z.string(),
  scale: z.string(),
  score: z.number(),
});
const exerciseEvidence = z.object({
  type: z.literal("exercise"),
  exerciseId: z.uuid(),
  exercise: z.string(),
  questionId: z.string(),
  question: z.string(),
  score: z.number(),
});

/** Figures of a released 360 report: a competency, or one behaviour when itemId is given. */
const feedbackEvidence = z.object({
  type: z.literal("feedback"),
  campaignId: z.uuid(),
  competencyId: z.string(),
  itemId: z.string().optional(),
  label: z.string().describe("The competency's name, or the behaviour's text"),
  self: z.number().nullable(),
  others: z.number().describe("Others' mean, from the report's shown figures"),
});

/** Evidence as Keel proposes it now: always with its range. */
const evidence = z.discriminatedUnion("type", [
  personalityEvidence.extend(range),
  exerciseEvidence.extend(range),
  feedbackEvidence.extend(range),
]);

/** The copy of the evidence an entry keeps: older entries lack the range. */
const storedEvidence = z.discriminatedUnion("type", [
  personalityEvidence.extend(range).partial({ min: true, max: true }),
  exerciseEvidence.extend(range).partial({ min: true, max: true }),
  feedbackEvidence.extend(range).partial({ min: true, max: true }),
]);

/** One entry of the profile: a strength, a development area, a blind spot or a hidden strength. */
export const developmentEntry = z.object({
  id: z.uuid(),
  kind,
  title: z.string(),
  detail: z.string(),
  evidence: z.array(storedEvidence),
  proposalKey: z.string().nullable(),
  createdBy: personRef,
  updatedBy: personRef,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type DevelopmentEntry = z.output<typeof developmentEntry>;

/** An entry Keel suggests from the evidence, not yet accepted or set aside. */
export const proposal = z.object({
  key: z.string(),
  kind,
  title: z.string(),
  detail: z.string(),
  evidence: z.array(evidence),
});
export type Proposal = z.output<typeof proposal>;

/** GET /api/engagements/:id/development-profile */
export const developmentProfile = z.object({
  entries: z.array(developmentEntry),
  proposals: z.array(proposal).describe("Entries Keel suggests from the evidence, not yet decided"),
  setAside: z
    .array(proposal)
    .describe(
      "Suggestions the evidence still makes that someone set aside; either party may bring one back",
    ),
});
export type DevelopmentProfile = z.output<typeof developmentProfile>;

const title = z.string().trim().min(3, "Use at least 3 characters").max(160);
const detail = z.string().trim().max(2000, "Use at most 2000 characters");

export const createEntryBody = z.object({
  kind,
  title,
  detail: detail.default(""),
  proposalKey: z
    .string()
    .max(300)
    .optional()
    .describe("Accept this proposal: its evidence is attached; title and detail may be edited"),
});
export type CreateEntryBody = z.input<typeof createEntryBody>;

export const updateEntryBody = z
  .object({ kind, title, detail })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change");
export type UpdateEntryBody = z.input<typeof updateEntryBody>;

export const dismissBody = z.object({ proposalKey: z.string().min(1).max(300) });
