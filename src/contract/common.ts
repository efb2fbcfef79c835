import { z } from "zod";

// Parts several features' requests and responses share.

export const isoDate = z.iso.date("Use a date like 2026-12-01");

/** Someone named in a response: their id and name, nothing more. */
export const personRef = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.output<typeof personRef>;

/** A field to fix: where it is in the request and what is wrong with it. */
export const fieldProblem = z.object({ path: z.string(), message: z.string() });
