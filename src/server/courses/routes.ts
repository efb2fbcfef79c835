import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  courseSummary,
  courseView,
  createCourseBody,
  enrolBody,
  enrolmentView,
  lessonPreview,
  listStats as listStatsSchema,
  previewLessonBody,
  saveCourseBody,
} from "../../contract/courses";
import { signedIn, viewerOf } from "../access/signed-in";
import type { AppContext } from "../context";
import { errorResponse } from "../http/errors";
import { denied, idParams, signedInRefusals } from "../http/route-schemas";
import { enrol, listEnrolments, stopEnrolment } from "./enrolments";
import { listStats, subscribersCsv } from "./list-stats";
import {
  createCourse,
  getCourse,
  listCourses,
  previewLesson,
  publishCourse,
  saveCourse,
  withdrawCourse,
} from "./own-courses";

const tags = ["courses"];
const courseParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9-]+$/, "Not a course id")
    .describe("Keel's course id, or a practice course's id"),
});
const engagementParams = idParams("an engagement");
const enrolmentParams = z.object({
  id: z.uuid("Not an engagement id"),
  subscriptionId: z.uuid("Not an enrolment id"),
});
const badOrDenied = { ...denied, 400: errorResponse };
const conflictOrDenied = { ...badOrDenied, 409: errorResponse };

export function registerCourseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const coach = signedIn(ctx, "coach");

  api.get("/api/courses", {
    schema: {
      tags,
      summary: "The email courses of the practice: Keel's own and its coaches' (coaches)",
      response: { 200: z.array(courseSummary), ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request) => listCourses(ctx, viewerOf(request)),
  });

  api.post("/api/courses", {
    schema: {
      tags,
      summary: "Start a course of one's own, as a draft without lessons",
      body: createCourseBody,
      response: { 201: courseView, 400: errorResponse, ...signedInRefusals },
    },
    preHandler: coach,
    handler: async (request, reply) =>
      reply.status(201).send(await createCourse(ctx, viewerOf(request), request.body)),
  });

  api.get("/api/courses/:id", {
    schema: {
      tags,
      summary: "One course with its lessons",
      params: courseParams,
      response: { 200: courseView, ...badOrDenied },
    },
    preHandler: coach,
    handler: async (request) => getCourse(ctx, viewerOf(request), request.params.id),
  });

  api.put("/api/courses/:id", {
    schema: {
      tags,
      summary:
        "Save a course as written (its author and the practice's admin); a stale version is a 409",
      params: courseParams,
      body: saveCourseBody,
      response: { 200: courseView, ...conflictOrDenied },
    },
    preHandler: coach,
    handler: async (request) => saveCourse(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/courses/:id/preview", {
    schema: {
      tags,
      summary: "A lesson's mail as it will arrive, with example links",
      params: courseParams,
      body: previewLessonBody,
      response: { 200: lessonPreview, ...badOrDenied },
    },
    preHandler: coach,
    handler: async (request) =>
      previewLesson(ctx, viewerOf(request), request.params.id, request.body),
  });

  api.post("/api/courses/:id/publish", {
    schema: {
      tags,
      summary: "Publish the course as written as its next version",
      params: courseParams,
      response: { 200: courseView, ...conflictOrDenied },
    },
    preHandler: coach,
    handler: async (request) => publishCourse(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/courses/:id/withdraw", {
    schema: {
      tags,
      summary: "Close the course to new subscribers; those subscribed keep their lessons",
      params: courseParams,
      response: { 200: courseView, ...conflictOrDenied },
    },
    preHandler: coach,
    handler: async (request) => withdrawCourse(ctx, viewerOf(request), request.params.id),
  });

  api.get("/api/engagements/:id/courses", {
    schema: {
      tags,
      summary: "The client's email courses in an engagement, with their progress",
      params: engagementParams,
      response: { 200: z.array(enrolmentView), ...badOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) => listEnrolments(ctx, viewerOf(request), request.params.id),
  });

  api.post("/api/engagements/:id/courses", {
    schema: {
      tags,
      summary: "Enrol the engagement's client in a course (its coach); lesson 1 goes at once",
      params: engagementParams,
      body: enrolBody,
      response: { 201: enrolmentView, ...conflictOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request, reply) => {
      const viewer = viewerOf(request);
      const created = await enrol(ctx, viewer, request.params.id, request.body.courseId);
      return reply.status(201).send(created);
    },
  });

  api.post("/api/engagements/:id/courses/:subscriptionId/stop", {
    schema: {
      tags,
      summary: "Stop a course (the client): no more lessons are sent",
      params: enrolmentParams,
      response: { 200: enrolmentView, ...badOrDenied },
    },
    preHandler: signedIn(ctx),
    handler: async (request) =>
      stopEnrolment(ctx, viewerOf(request), request.params.id, request.params.subscriptionId),
  });

  api.get("/api/list-stats", {
    schema: {
      tags,
      summary: "Each list's subscribers by status and completion by lesson (the practice's admin)",
      response: { 200: z.array(listStatsSchema), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request) => listStats(ctx, viewerOf(request)),
  });

  api.get("/api/list-stats/subscribers.csv", {
    schema: {
      tags,
      summary: "Every subscriber of the practice's lists as CSV (the practice's admin)",
      response: { 200: z.string(), ...signedInRefusals },
    },
    preHandler: signedIn(ctx, "admin"),
    handler: async (request, reply) => {
      const csv = await subscribersCsv(ctx, viewerOf(request));
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="subscribers.csv"')
        .header("cache-control", "no-store")
        .send(csv);
    },
  });
}
