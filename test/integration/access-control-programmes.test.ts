import { beforeAll, describe } from "vitest";
import { type Case, itAnswersAsTheTableSays, type Role } from "../support/access-table";
import { buildWorld, type World } from "../support/factories";
import { programmeBody } from "../support/programme-seed";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Programmes for organisations are the practice admin's: other coaches and members who are not
// coaches are refused (403), as for the outbox; another practice's admin finds nothing (404).
// The import rows send a file with a problem, so the table is walked without importing anyone:
// a 400 says the route let the admin through to the file's check.

type ProgrammeWorld = World & { programmeId: string; cohortId: string; removableId: string };

const TEMPLATE = programmeBody({ competencyModelId: null });
const BAD_FILE = { csv: "name,email,cohort\nAnn,not-an-address,First\n" };

const adminOnly = (admin: number, outsider = 404): Record<Role, number> => ({
  admin,
  outsider,
  coach: 403,
  otherCoach: 403,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
});

const programmeUrl = (w: ProgrammeWorld) => `/api/programmes/${w.programmeId}`;
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

const CASES: Case<ProgrammeWorld>[] = [
  {
    name: "GET the practice's programmes",
    call: (a) => a.get("/api/programmes"),
    expected: adminOnly(200, 200),
  },
  {
    name: "POST a programme",
    call: (a) => a.post("/api/programmes", TEMPLATE),
    expected: adminOnly(201, 201),
  },
  {
    name: "GET one programme",
    call: (a, w) => a.get(programmeUrl(w)),
    expected: adminOnly(200),
  },
  {
    name: "PUT a programme",
    call: (a, w) => a.put(programmeUrl(w), TEMPLATE),
    expected: adminOnly(200),
  },
  {
    name: "POST a cohort",
    call: (a, w) =>
      a.post(`${programmeUrl(w)}/cohorts`, {
        name: `Cohort ${Math.random()}`,
        startDate: "2027-05-03",
      }),
    expected: adminOnly(201),
  },
  {
    name: "PUT a cohort",
    call: (a, w) =>
      a.put(`${programmeUrl(w)}/cohorts/${w.cohortId}`, { name: "First", startDate: "2027-03-01" }),
    expected: adminOnly(200),
  },
  {
    name: "DELETE a cohort",
    call: (a, w) => a.delete(`${programmeUrl(w)}/cohorts/${w.removableId}`),
    expected: adminOnly(204),
  },
  {
    name: "GET a programme's participants",
    call: (a, w) => a.get(`${programmeUrl(w)}/participants`),
    expected: adminOnly(200),
  },
  {
    name: "GET a page of a programme's participants by cohort and search",
    call: (a, w) => a.get(`${programmeUrl(w)}/participants?limit=1&q=a&cohortId=${w.cohortId}`),
    expected: adminOnly(200),
  },
  {
    name: "POST an import's preview",
    call: (a, w) => a.post(`${programmeUrl(w)}/import/preview`, BAD_FILE),
    expected: adminOnly(200),
  },
  {
    name: "POST an import",
    call: (a, w) => a.post(`${programmeUrl(w)}/import`, BAD_FILE),
    expected: adminOnly(400),
  },
  {
    name: "GET a programme's sponsors",
    call: (a, w) => a.get(`${programmeUrl(w)}/sponsors`),
    expected: adminOnly(200),
  },
  {
    name: "POST a programme's sponsor",
    call: (a, w) => a.post(`${programmeUrl(w)}/sponsors`, { sponsorId: w.sponsor.id }),
    expected: adminOnly(201),
  },
  {
    name: "GET the programmes one sponsors",
    call: (a) => a.get("/api/sponsored-programmes"),
    expected: { ...adminOnly(403, 403), sponsor: 200 },
  },
  {
    name: "GET a programme's impact",
    call: (a, w) => a.get(`${programmeUrl(w)}/impact`),
    expected: { ...adminOnly(200), sponsor: 200 },
  },
  {
    name: "GET a programme's impact as a PDF",
    call: (a, w) => a.get(`${programmeUrl(w)}/impact.pdf`),
    expected: { ...adminOnly(200), sponsor: 200 },
  },
  {
    name: "GET a programme's health",
    call: (a, w) => a.get(`${programmeUrl(w)}/health`),
    expected: adminOnly(200),
  },
  // Coach matching: no participant has joined in this world, so the participant rows reach the
  // admin's 404 for an unknown participant; programme-matching.test.ts walks the rest.
  {
    name: "GET the coaches for matching",
    call: (a) => a.get("/api/matching/coaches"),
    expected: adminOnly(200, 200),
  },
  {
    name: "PUT a coach's capacity",
    call: (a, w) => a.put(`/api/matching/coaches/${w.coach.id}/capacity`, { capacity: 5 }),
    expected: adminOnly(200),
  },
  {
    name: "GET one's coach profile",
    call: (a) => a.get("/api/coach-profile"),
    expected: { ...adminOnly(200, 200), coach: 200, otherCoach: 200 },
  },
  {
    name: "PUT one's coach profile",
    call: (a) => a.put("/api/coach-profile", { about: "English, Spanish; new managers" }),
    expected: { ...adminOnly(200, 200), coach: 200, otherCoach: 200 },
  },
  {
    name: "GET a programme's matches",
    call: (a, w) => a.get(`${programmeUrl(w)}/matches`),
    expected: adminOnly(200),
  },
  {
    name: "POST a participant's match",
    call: (a, w) =>
      a.post(`${programmeUrl(w)}/participants/${UNKNOWN}/match`, { coachId: w.coach.id }),
    expected: adminOnly(404),
  },
  {
    name: "PUT a participant's shortlist",
    call: (a, w) =>
      a.put(`${programmeUrl(w)}/participants/${UNKNOWN}/shortlist`, {
        coachIds: [w.coach.id, w.otherCoach.id],
      }),
    expected: adminOnly(404),
  },
  {
    name: "GET one's coach shortlist",
    call: (a) => a.get("/api/my-coach-shortlist"),
    expected: { ...adminOnly(403, 403), client: 200, otherClient: 200 },
  },
  {
    name: "POST one's choice of coach",
    call: (a, w) => a.post("/api/my-coach-shortlist/choice", { coachId: w.coach.id }),
    expected: { ...adminOnly(403, 403), client: 404, otherClient: 404 },
  },
  {
    name: "GET what moving an engagement would cancel",
    call: (a, w) => a.get(`/api/engagements/${w.engagement.id}/coach/move-preview`),
    expected: adminOnly(200),
  },
  // Before the move below: its coach and client read the log, the sponsor is refused.
  {
    name: "GET an engagement's coach changes",
    call: (a, w) => a.get(`/api/engagements/${w.engagement.id}/coach-changes`),
    expected: {
      admin: 200,
      coach: 200,
      client: 200,
      sponsor: 403,
      otherCoach: 404,
      otherClient: 404,
      outsider: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST an engagement's move to another coach",
    call: (a, w) =>
      a.post(`/api/engagements/${w.engagement.id}/coach`, { coachId: w.otherCoach.id }),
    expected: adminOnly(200),
  },
  // Last: the sponsor stops seeing the programme.
  {
    name: "DELETE a programme's sponsor",
    call: (a, w) => a.delete(`${programmeUrl(w)}/sponsors/${w.sponsor.id}`),
    expected: adminOnly(204),
  },
];

describe.each(databaseKinds())("access to programmes on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: ProgrammeWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const programme = await base.admin.agent.post("/api/programmes", TEMPLATE);
    const cohortOf = (name: string) =>
      base.admin.agent.post(`/api/programmes/${programme.body.id}/cohorts`, {
        name,
        startDate: "2027-03-01",
      });
    const cohort = await cohortOf("First");
    const removable = await cohortOf("Removable");
    await base.admin.agent.post(`/api/programmes/${programme.body.id}/sponsors`, {
      sponsorId: base.sponsor.id,
    });
    world = {
      ...base,
      programmeId: programme.body.id,
      cohortId: cohort.body.id,
      removableId: removable.body.id,
    };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
