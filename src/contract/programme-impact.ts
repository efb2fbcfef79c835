import { z } from "zod";
import { IMPACT_STAGES } from "../domain/programmes/impact-views";
import { person } from "./practice";

// A programme's sponsors, the sponsor's aggregates and the admin's programme health (issue 20,
// docs/decisions/031). Aggregates only: no route here names a participant.
//
// GET    /api/programmes/:id/sponsors                  -> Person[] (admin)
// POST   /api/programmes/:id/sponsors  SponsorBody     -> 201 Person (admin; a sponsor member)
// DELETE /api/programmes/:id/sponsors/:sponsorId       -> 204 (admin)
// GET    /api/sponsored-programmes                     -> SponsoredProgramme[] (the sponsor's own)
// GET    /api/programmes/:id/impact?cohort=&stage=     -> ProgrammeImpact (its sponsor or the admin;
//        a view refused: 400 view_not_offered or group_too_small with the reason)
// GET    /api/programmes/:id/impact.pdf?cohort=&stage= -> application/pdf, the same figures and
//        charts (the same access and refusals)
// GET    /api/programmes/:id/health                    -> ProgrammeHealth (admin)

export const sponsorBody = z.strictObject({
  sponsorId: z.uuid("Choose one of the practice's sponsors"),
});
export type SponsorBody = z.input<typeof sponsorBody>;

export const programmeSponsor = person;
export type ProgrammeSponsor = z.output<typeof programmeSponsor>;

export const sponsoredProgramme = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationName: z.string(),
  cohortCount: z.number().int(),
});
export type SponsoredProgramme = z.output<typeof sponsoredProgramme>;

export const impactStage = z.enum(IMPACT_STAGES, "Not a stage of the programme's filter");

/** The view asked for: none is the whole programme. */
export const impactQuery = z.strictObject({
  cohort: z.uuid("Not a cohort id").optional(),
  stage: impactStage.optional(),
});
export type ImpactQuery = z.input<typeof impactQuery>;

const refusal = z.object({
  code: z.enum(["not_offered", "too_few", "would_isolate"]),
  message: z.string(),
});

const competencyFigure = z.object({
  competencyId: z.string(),
  participants: z.number().int().nullable(),
  meanChange: z.number().nullable(),
  /** The mean change's 95% interval: where the group's true change lies, given its spread. */
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  refusal: refusal.nullable(),
});

export const impactView = z.object({
  cohortId: z.uuid().nullable(),
  stage: impactStage.nullable(),
  figures: z
    .object({
      participants: z.number().int(),
      started: z.number().int(),
      sessionsHeld: z.number().int(),
      goalsAchieved: z.number().int(),
    })
    .nullable(),
  refusal: refusal.nullable(),
  competencies: z.array(competencyFigure),
});
export type ImpactView = z.output<typeof impactView>;

export const programmeImpact = z.object({
  programme: z.object({ id: z.uuid(), name: z.string(), organisationName: z.string() }),
  /** k: the fewest participants any figure rests on. */
  threshold: z.number().int(),
  cohorts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Cohorts with fewer than k participants: in no figure, the programme's included. */
  withheldCohorts: z.array(z.uuid()),
  /** The programme's 360 competencies, in the model's order. */
  competencies: z.array(
    z.object({ id: z.string(), name: z.string(), withheldCohorts: z.array(z.uuid()) }),
  ),
  /** Every view the page offers, each with its figures or why it shows none. */
  views: z.array(impactView),
  /** The view the query asked for; null when it asked for none. */
  selected: impactView.nullable(),
});
export type ProgrammeImpact = z.output<typeof programmeImpact>;

const healthFigures = {
  participants: z.number().int(),
  joined: z.number().int(),
  engagements: z.number().int(),
  sessionsUsed: z.number().int(),
  sessionsPlanned: z.number().int(),
  /** Open engagements with at least one early warning: a count, never a reason. */
  atRisk: z.number().int(),
};

export const programmeHealth = z.object({
  overall: z.object(healthFigures),
  cohorts: z.array(z.object({ cohortId: z.uuid(), name: z.string(), ...healthFigures })),
  /** Each coach with open engagements in the programme, against the capacity the admin set. */
  coaches: z.array(
    z.object({
      coachId: z.uuid(),
      name: z.string(),
      programmeEngagements: z.number().int(),
      openEngagements: z.number().int(),
      capacity: z.number().int(),
    }),
  ),
});
export type ProgrammeHealth = z.output<typeof programmeHealth>;
