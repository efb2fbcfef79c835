import { beforeAll, describe } from "vitest";
import {
  type Case,
  coachesOnly,
  engagementUrl,
  itAnswersAsTheTableSays,
  type Role,
} from "../support/access-table";
import {
  publishedCourse,
  saveFresh,
  TWO_LESSONS,
  uniqueSlug,
  writeCourse,
} from "../support/course-kit";
import { buildWorld, type World } from "../support/factories";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Courses are the practice's coaches' business: every coach reads them, their author and the
// practice's admin change them, members who are not coaches are refused (403) and another
// practice's coach finds nothing (404). An engagement's courses are for its coach, its client and
// the practice's admin; the sponsor and everyone else find nothing (404). Only the coach enrols,
// only the client stops. The lists' figures are the practice admin's.

type CourseWorld = World & {
  draftId: string;
  publishedId: string;
  withdrawableId: string;
  stoppable: string;
};

const refusedMembers = { client: 403, otherClient: 403, sponsor: 403, anonymous: 401 };

const readers = (status: number): Record<Role, number> => ({
  coach: status,
  admin: status,
  otherCoach: status,
  outsider: 404,
  ...refusedMembers,
});

const editors = (status: number): Record<Role, number> => ({
  ...readers(status),
  otherCoach: 403,
});

const engagementReaders = (status: number): Record<Role, number> => ({
  coach: status,
  client: status,
  admin: status,
  sponsor: 404,
  otherCoach: 404,
  otherClient: 404,
  outsider: 404,
  anonymous: 401,
});

const adminOnly: Record<Role, number> = {
  admin: 200,
  // The outsider opened a practice of their own, so they are its admin.
  outsider: 200,
  coach: 403,
  otherCoach: 403,
  client: 403,
  otherClient: 403,
  sponsor: 403,
  anonymous: 401,
};

const course = (_w: CourseWorld, id: string) => `/api/courses/${id}`;

const CASES: Case<CourseWorld>[] = [
  {
    name: "GET the courses",
    call: (a) => a.get("/api/courses"),
    expected: coachesOnly(200),
  },
  {
    name: "POST a new course",
    call: (a) =>
      a.post("/api/courses", {
        title: "A course",
        slug: uniqueSlug(),
        summary: "",
        cadence: { kind: "daily" },
      }),
    expected: coachesOnly(201),
  },
  {
    name: "GET a course of the coach's",
    call: (a, w) => a.get(course(w, w.draftId)),
    expected: readers(200),
  },
  {
    name: "PUT a course of the coach's",
    call: (a, w) => saveFresh(a, w.draftId, { lessons: TWO_LESSONS }),
    expected: editors(200),
  },
  {
    name: "POST a lesson's preview",
    call: (a, w) =>
      a.post(`${course(w, w.draftId)}/preview`, {
        courseTitle: "A course",
        lessonNumber: 1,
        lessonCount: 2,
        lesson: TWO_LESSONS[0],
      }),
    expected: readers(200),
  },
  {
    name: "POST publish",
    call: (a, w) => a.post(`${course(w, w.draftId)}/publish`),
    expected: editors(200),
  },
  {
    name: "POST withdraw (after publishing again)",
    call: async (a, w) => {
      await a.post(`${course(w, w.withdrawableId)}/publish`);
      return a.post(`${course(w, w.withdrawableId)}/withdraw`);
    },
    expected: editors(200),
  },
  {
    name: "GET the engagement's courses",
    call: (a, w) => a.get(`${engagementUrl(w)}/courses`),
    expected: engagementReaders(200),
  },
  {
    name: "POST an enrolment",
    call: (a, w) => a.post(`${engagementUrl(w)}/courses`, { courseId: w.publishedId }),
    expected: { ...engagementReaders(403), coach: 201 },
  },
  {
    name: "POST stop a course",
    call: (a, w) => a.post(`${engagementUrl(w)}/courses/${w.stoppable}/stop`),
    expected: { ...engagementReaders(403), client: 200 },
  },
  {
    name: "GET the lists' figures",
    call: (a) => a.get("/api/list-stats"),
    expected: adminOnly,
  },
  {
    name: "GET the subscribers as CSV",
    call: (a) => a.get("/api/list-stats/subscribers.csv"),
    expected: adminOnly,
  },
];

describe.each(databaseKinds())("access to courses on the %s database", (kind) => {
  const t = useTestApp(kind);
  let world: CourseWorld;

  beforeAll(async () => {
    const base = await buildWorld(t.current);
    const draft = await writeCourse(base.coach.agent);
    const withdrawable = await writeCourse(base.coach.agent);
    const publishedId = await publishedCourse(base.coach.agent);
    const otherId = await publishedCourse(base.coach.agent, "Another course");
    const enrolled = await base.coach.agent.post(`/api/engagements/${base.engagement.id}/courses`, {
      courseId: otherId,
    });
    world = {
      ...base,
      draftId: draft.id,
      withdrawableId: withdrawable.id,
      publishedId,
      stoppable: enrolled.body.subscriptionId,
    };
  });

  itAnswersAsTheTableSays(CASES, () => world);
});
