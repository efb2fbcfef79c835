import { z } from "zod";

/** What a person types to confirm erasure, whatever case they type it in. */
export const ERASURE_CONFIRMATION = "erase my data";

/** One table's rows of the person, as stored: column names as in the database, secrets left out. */
const tableRows = z.array(z.record(z.string(), z.unknown()));

/** A PDF that already exists for the person, to fetch while signed in. */
export const exportedPdf = z.object({
  title: z.string(),
  url: z.string().describe("A path of Keel's API, answered while the person is signed in"),
});

/**
 * GET /api/me/export: everything Keel holds about the signed-in person (docs/data-export.md). A
 * table with none of their rows is there as an empty list, so the document says what is absent.
 */
export const dataExport = z.object({
  format: z.literal("keel-data-export/1"),
  exportedAt: z.iso.datetime({ offset: true }),
  person: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.string(),
    practiceName: z.string(),
  }),
  /** Each table holding the person's data, by its name in the database. */
  tables: z.record(z.string(), tableRows),
  /** Tables Keel keeps the person's rows in but does not hand out, and why (anonymity, secrets). */
  withheld: z.record(z.string(), z.string()),
  pdfs: z.array(exportedPdf),
});
export type DataExport = z.output<typeof dataExport>;

const confirmation = z
  .string()
  .trim()
  .toLowerCase()
  .refine((typed) => typed === ERASURE_CONFIRMATION, {
    message: `Type "${ERASURE_CONFIRMATION}" to confirm`,
  });

/** POST /api/me/erasure: the person's own password again, and the typed confirmation. */
export const erasureBody = z.object({
  password: z.string().min(1, "Enter your password").max(1000),
  confirmation,
});
export type ErasureBody = z.input<typeof erasureBody>;

/** POST /api/clients/:id/erasure: the admin's own password, and the typed confirmation. */
export const adminErasureBody = erasureBody;

/** What an erasure removed, table by table (counts only). */
export const erasureResult = z.object({
  erased: z.literal(true),
  rows: z.record(z.string(), z.number().int()),
});
export type ErasureResult = z.output<typeof erasureResult>;
