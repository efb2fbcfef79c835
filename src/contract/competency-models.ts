import { z } from "zod";

// The shapes of a competency model. The rules beyond shape (unique ids, behaviours per
// competency) are the domain's `modelProblems`, which names every field to fix.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);
const id = text(100);

const behaviourItem = z.strictObject({ id, text: text(500) });
const competency = z.strictObject({
  id,
  name: text(200),
  description: text(2000).default(""),
  items: z.array(behaviourItem).max(20),
});
const openQuestion = z.strictObject({ id, text: text(1000) });

const modelFields = {
  name: text(200),
  summary: text(2000).default(""),
  instructions: text(5000).default(""),
  competencies: z.array(competency).max(30),
  openQuestions: z.array(openQuestion).max(10).default([]),
};

/** A model as a coach writes it (Keel's files add their id and version). */
export const competencyModelContent = z.strictObject(modelFields);
export type ModelContent = z.output<typeof competencyModelContent>;

export const competencyModelChange = z.strictObject({
  name: modelFields.name.optional(),
  summary: text(2000).optional(),
  instructions: text(5000).optional(),
  competencies: modelFields.competencies.optional(),
  openQuestions: z.array(openQuestion).max(10).optional(),
});

/** A new own model: a copy of another (built-in or one's own), or written whole. */
export const createModelBody = z.union([
  z.strictObject({
    copyOf: z.string().min(1).max(100).describe("A built-in model's id or one's own model's id"),
    name: modelFields.name.optional(),
  }),
  competencyModelContent,
]);

export const modelSource = z.enum(["built-in", "own"]);
export type ModelSource = z.output<typeof modelSource>;

/** A model as GET /api/competency-models lists it. */
export const modelSummary = z.object({
  id: z.string(),
  source: modelSource,
  /** The file's version for Keel's, the number of saved edits plus one for the coach's own. */
  version: z.int(),
  name: z.string(),
  summary: z.string(),
  competencyCount: z.int(),
  itemCount: z.int(),
  /** The model it was copied from, for the coach's own. */
  basedOn: z.string().nullable(),
  /** When the coach last saved it; null for Keel's. */
  updatedAt: z.iso.datetime().nullable(),
});
export type ModelSummary = z.output<typeof modelSummary>;

/** GET /api/competency-models/:id: the whole model. */
export const modelView = modelSummary.extend({
  instructions: z.string(),
  competencies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      items: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
  openQuestions: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type ModelView = z.output<typeof modelView>;
