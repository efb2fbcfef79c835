import * as z from "zod/mini";
import { ENTRY_KINDS } from "../../../../domain/development/entries";

/** The fields of an entry as the add, edit and accept forms send them; the API's own limits. */
export const entryKindField = z.enum(ENTRY_KINDS, "Choose what kind of entry this is");

export const entryTitleField = z
  .string("Give the entry a title")
  .check(
    z.trim(),
    z.minLength(1, "Give the entry a title"),
    z.minLength(3, "Use at least 3 characters"),
    z.maxLength(160, "Keep it under 160 characters"),
  );

export const entryDetailField = z.pipe(
  z.optional(z.string().check(z.trim(), z.maxLength(2000, "Use at most 2000 characters"))),
  z.transform((detail) => detail ?? ""),
);

export const entrySchema = z.object({
  kind: entryKindField,
  title: entryTitleField,
  detail: entryDetailField,
});
