import { z } from "zod";
import { commitment } from "./commitments";
import { personRef } from "./common";

// Stage 3, what a session leaves behind: its themes (and its reflection's), the commitments made
// in it, and the plan versions saved from it.

const text = (max: number) =>
  z.string("Write this as text").trim().max(max, `Keep this under ${max} characters`);

// ---- Themes (GET/POST /api/practice/themes, PUT /api/sessions/:id/themes) ----

export const theme = z.object({ id: z.uuid(), label: z.string() });
export type Theme = z.output<typeof theme>;
export const themeList = z.array(theme);

export const themeInput = z.strictObject({
  label: text(60).min(1, "Name the theme"),
});
export type ThemeInput = z.input<typeof themeInput>;

const themeIds = z.array(z.uuid("Give a theme's id")).max(20, "Tag at most 20 themes");
/** Replaces the themes of the session and of its reflection; a list left out stays as it is. */
export const sessionThemesInput = z
  .strictObject({ session: themeIds.optional(), reflection: themeIds.optional() })
  .refine((input) => input.session !== undefined || input.reflection !== undefined, {
    message: "Give the session's themes, the reflection's, or both",
  });
export type SessionThemesInput = z.input<typeof sessionThemesInput>;

export const sessionThemes = z.object({
  session: z.array(theme),
  reflection: z.array(theme),
});
export type SessionThemes = z.output<typeof sessionThemes>;

// ---- Commitments (POST /api/sessions/:id/commitments, PATCH/DELETE /api/session-commitments/:id) ----

export {
  type Commitment,
  type CommitmentChange,
  type CommitmentInput,
  commitment,
  commitmentChange,
  commitmentInput,
} from "./commitments";

// ---- On the session page ----

/** A version of a goal's action plan saved from this session. */
export const sessionPlanChange = z.object({
  goalId: z.uuid(),
  goalStatement: z.string(),
  version: z.int(),
  changedBy: personRef,
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type SessionPlanChange = z.output<typeof sessionPlanChange>;

/** An open goal of the engagement, whose plan may be adjusted from the session. */
export const sessionGoal = z.object({
  id: z.uuid(),
  statement: z.string(),
  planVersion: z.int(),
});
export type SessionGoal = z.output<typeof sessionGoal>;

/** What the session page shows of the session's work, and what the viewer may do with it. */
export const sessionWork = z.object({
  themes: sessionThemes,
  commitments: z.array(commitment),
  planChanges: z.array(sessionPlanChange),
  openGoals: z.array(sessionGoal),
  mayWork: z.object({
    tagThemes: z.boolean(),
    addCommitment: z.boolean(),
    adjustPlan: z.boolean(),
  }),
});
export type SessionWork = z.output<typeof sessionWork>;
