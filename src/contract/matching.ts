import { z } from "zod";
import { MATCHING_LIMITS as L } from "../domain/matching/capacity";

// Coach matching for programmes (issue 20): the practice admin matches a joined participant to a
// coach (or offers a shortlist the participant chooses from), which opens their engagement on the
// programme's template; the admin may move an engagement to another coach later.
//
// GET  /api/matching/coaches                             -> MatchingCoach[] (admin)
// PUT  /api/matching/coaches/:id/capacity  CapacityBody  -> MatchingCoach (admin)
// GET  /api/coach-profile                                -> CoachProfile (a coach, their own)
// PUT  /api/coach-profile                  ProfileBody   -> CoachProfile (a coach, their own)
// GET  /api/programmes/:id/matches                       -> ProgrammeMatches (admin)
// POST /api/programmes/:id/participants/:participantId/match     MatchBody -> 201 MatchResult
// PUT  /api/programmes/:id/participants/:participantId/shortlist ShortlistBody -> ParticipantMatch
// POST /api/engagements/:id/coach          MoveBody      -> MoveResult (admin; cancels sessions ahead)
// GET  /api/engagements/:id/coach/move-preview           -> MovePreview (admin)
// GET  /api/engagements/:id/coach-changes                -> CoachChanges (admin, coach, client)
// GET  /api/my-coach-shortlist                           -> MyShortlist (a client)
// POST /api/my-coach-shortlist/choice      ChoiceBody    -> 201 MatchResult (a client)
// Refusals: 409 coach_at_capacity, 409 already_matched, 409 participant_not_joined.

const coachId = z.uuid("Choose a coach of the practice");

/** A coach as the admin sees them when matching: their load against their capacity. */
export const matchingCoach = z.object({
  id: z.uuid(),
  name: z.string(),
  about: z.string(),
  capacity: z.number().int(),
  openEngagements: z.number().int(),
});
export type MatchingCoach = z.output<typeof matchingCoach>;

export const capacityBody = z.strictObject({
  capacity: z
    .number("Give the number of open engagements")
    .int("Give a whole number")
    .min(L.capacity.min, `At least ${L.capacity.min}`)
    .max(L.capacity.max, `At most ${L.capacity.max}`),
});
export type CapacityBody = z.input<typeof capacityBody>;

export const profileBody = z.strictObject({
  about: z
    .string("Write this as text")
    .trim()
    .max(L.about, `Keep this under ${L.about} characters`),
});
export type ProfileBody = z.input<typeof profileBody>;

/** The coach's own profile; the capacity is the admin's to set. */
export const coachProfileView = z.object({ about: z.string(), capacity: z.number().int() });
export type CoachProfile = z.output<typeof coachProfileView>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** Where one participant stands: matched (their engagement and coach) or offered a shortlist. */
export const participantMatch = z.object({
  participantId: z.uuid(),
  engagementId: z.uuid().nullable(),
  coach: personRef.nullable(),
  /** When the engagement last moved to another coach; null when it never has. */
  movedAt: z.iso.datetime().nullable(),
  shortlist: z.array(personRef),
});
export type ParticipantMatch = z.output<typeof participantMatch>;

/** GET /api/programmes/:id/matches: one item per participant that is matched or offered coaches. */
export const programmeMatches = z.object({ matches: z.array(participantMatch) });
export type ProgrammeMatches = z.output<typeof programmeMatches>;

export const matchBody = z.strictObject({ coachId });
export type MatchBody = z.input<typeof matchBody>;

export const shortlistBody = z.strictObject({
  coachIds: z
    .array(coachId)
    .min(L.shortlist.min, `Offer ${L.shortlist.min} or ${L.shortlist.max} coaches`)
    .max(L.shortlist.max, `Offer ${L.shortlist.min} or ${L.shortlist.max} coaches`),
});
export type ShortlistBody = z.input<typeof shortlistBody>;

export const moveBody = z.strictObject({
  coachId,
  reason: z
    .string("Write this as text")
    .trim()
    .max(L.reason, `Keep this under ${L.reason} characters`)
    .optional(),
});
export type MoveBody = z.input<typeof moveBody>;

/** The engagement a match opened (or a move handed over) and its coach now. */
export const matchResult = z.object({ engagementId: z.uuid(), coach: personRef });
export type MatchResult = z.output<typeof matchResult>;

/** A move: the engagement, its coach now, and how many sessions ahead it cancelled. */
export const moveResult = matchResult.extend({ sessionsCancelled: z.number().int() });
export type MoveResult = z.output<typeof moveResult>;

/** What a move would cancel: the sessions booked ahead with the present coach. */
export const movePreview = z.object({
  sessionsAhead: z.number().int(),
  nextSessionAt: z.iso.datetime().nullable(),
});
export type MovePreview = z.output<typeof movePreview>;

/**
 * The engagement's moves from coach to coach, oldest first. `reason` is null for whoever may not
 * read it (the client): only the admin and the coaches of that move read why.
 */
export const coachChanges = z.object({
  changes: z.array(
    z.object({
      at: z.iso.datetime(),
      from: personRef.nullable(),
      to: personRef.nullable(),
      by: personRef.nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
export type CoachChanges = z.output<typeof coachChanges>;

/** The client's shortlist: null when nobody offered them coaches to choose from. */
export const myShortlist = z.object({
  shortlist: z
    .object({
      programmeName: z.string(),
      coaches: z.array(z.object({ id: z.uuid(), name: z.string(), about: z.string() })),
    })
    .nullable(),
});
export type MyShortlist = z.output<typeof myShortlist>;

export const choiceBody = z.strictObject({ coachId });
export type ChoiceBody = z.input<typeof choiceBody>;
