import * as z from "zod/mini";
import { requiredText } from "../../../lib/form-schemas";

/** The facts of an engagement as the create and edit forms send them. */
export const engagementFactsSchema = z.object({
  title: requiredText("Give the engagement a title", 160).check(
    z.minLength(3, "Use at least 3 characters"),
  ),
  startDate: z
    .string("Choose a start date")
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a start date")),
  plannedEndDate: z.pipe(
    z.optional(z.string()),
    z.transform((day) => (day ? day : null)),
  ),
  sessionsPlanned: z.coerce
    .number("Enter a number of sessions")
    .check(
      z.refine(Number.isInteger, "Enter a whole number"),
      z.minimum(1, "Plan at least 1 session"),
      z.maximum(200, "Plan at most 200 sessions"),
    ),
  sponsorId: z.pipe(
    z.optional(z.string()),
    z.transform((id) => (id ? id : null)),
  ),
});
