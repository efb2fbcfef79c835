import { z } from "zod";
import { isChoosableTimeZone } from "./time-zones";

/** The public subscribe form as posted (every field a string; a checkbox absent when off). */
export const subscribeForm = z.object({
  name: z
    .string("Give your name")
    .trim()
    .min(1, "Give your name")
    .max(120, "At most 120 characters"),
  email: z
    .string("Give your email address")
    .trim()
    .max(254, "At most 254 characters")
    .pipe(z.email("Give an email address like name@example.com"))
    .transform((email) => email.toLowerCase()),
  timeZone: z
    .string("Choose your time zone")
    .refine(isChoosableTimeZone, "Choose your time zone from the list"),
  articles: z.string().optional(),
  /** The honeypot: hidden from people, filled by robots. */
  website: z.string().optional(),
});

export type SubscribeFields = "name" | "email" | "timeZone";

/** What the form shows again: the person's own values and the problem of each field. */
export interface SubscribeFormState {
  values: { name: string; email: string; timeZone: string | null; articles: boolean };
  problems: Partial<Record<SubscribeFields, string>>;
}

/** Reads a posted form: the checked fields, or the form again with each problem beside its field. */
export function readSubscribeForm(
  body: unknown,
): { ok: true; fields: z.output<typeof subscribeForm> } | { ok: false; state: SubscribeFormState } {
  const parsed = subscribeForm.safeParse(body ?? {});
  if (parsed.success) return { ok: true, fields: parsed.data };
  const raw = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const problems: SubscribeFormState["problems"] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "email" || field === "timeZone") && !problems[field])
      problems[field] = issue.message;
  }
  const zone = text("timeZone");
  return {
    ok: false,
    state: {
      values: {
        name: text("name").slice(0, 200),
        email: text("email").slice(0, 300),
        timeZone: isChoosableTimeZone(zone) ? zone : null,
        articles: raw.articles !== undefined,
      },
      problems,
    },
  };
}
