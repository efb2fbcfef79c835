import { beforeAll, describe, expect, it } from "vitest";
import {
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
  writeTemplate,
} from "../support/factories";
import { MIXED } from "../support/mixed-template";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("exercise templates on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let mixedId: string;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "templates");
    mixedId = (await writeTemplate(coach, MIXED)).id;
  });

  describe("templates", () => {
    it("offers the five built-in exercises first, then the coach's own", async () => {
      const response = await coach.agent.get("/api/exercise-templates");
      expect(response.status).toBe(200);
      const ids = response.body.map((template: { id: string }) => template.id);
      expect(ids.slice(0, 5)).toEqual([
        "values-ranking",
        "strengths-energisers-drains",
        "career-aspirations",
        "leadership-wheel",
        "best-self",
      ]);
      expect(ids).toContain(mixedId);
      const wheel = response.body.find(
        (template: { id: string }) => template.id === "leadership-wheel",
      );
      expect(wheel).toMatchObject({
        kind: "built-in",
        version: 1,
        hasWheel: true,
        updatedAt: null,
      });
      const own = response.body.find((template: { id: string }) => template.id === mixedId);
      expect(own).toMatchObject({ kind: "own", version: null, minutes: 10, questionCount: 4 });
    });

    it("ships a values ranking of a top 5 and a wheel of eight areas rated 1 to 10", async () => {
      const values = (await coach.agent.get("/api/exercise-templates/values-ranking")).body;
      const ranking = values.questions.find((q: { type: string }) => q.type === "ranking");
      expect(ranking.top).toBe(5);
      expect(ranking.options.length).toBeGreaterThanOrEqual(20);
      const wheel = (await coach.agent.get("/api/exercise-templates/leadership-wheel")).body;
      expect(wheel.groups).toHaveLength(1);
      expect(wheel.groups[0].questionIds).toHaveLength(8);
      const ratings = wheel.questions.filter((q: { type: string }) => q.type === "rating");
      expect(ratings.map((q: { min: number; max: number }) => [q.min, q.max])).toEqual(
        Array(8).fill([1, 10]),
      );
    });

    it("refuses a template that breaks the rules, naming each field, and stores nothing", async () => {
      const before = (await coach.agent.get("/api/exercise-templates")).body.length;
      const response = await coach.agent.post("/api/exercise-templates", {
        ...MIXED,
        title: " ",
        questions: [
          { ...MIXED.questions[0], id: "dup" },
          { ...MIXED.questions[1], id: "dup", min: 5, max: 1 },
          { ...MIXED.questions[2], top: 7 },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
        "questions.1.id",
        "questions.1.max",
        "questions.2.top",
        "title",
      ]);
      expect((await coach.agent.get("/api/exercise-templates")).body).toHaveLength(before);
    });

    it("refuses a malformed template with the field's path", async () => {
      const response = await coach.agent.post("/api/exercise-templates", {
        ...MIXED,
        questions: [{ id: "x", type: "slider", prompt: "?", required: true }],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields[0].path).toMatch(/^questions\.0/);
    });

    it("changes and deletes only the coach's own; built-ins stay as shipped", async () => {
      const own = await writeTemplate(coach, MIXED);
      const changed = await coach.agent.patch(`/api/exercise-templates/${own.id}`, {
        title: "Half-year review",
        minutes: null,
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body).toMatchObject({ title: "Half-year review", minutes: null });
      expect(changed.body.questions).toHaveLength(4);
      const bad = await coach.agent.patch(`/api/exercise-templates/${own.id}`, { questions: [] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields).toEqual([
        { path: "questions", message: "Add at least one question" },
      ]);

      const builtIn = await coach.agent.delete("/api/exercise-templates/best-self");
      expect(builtIn.status).toBe(403);
      expect((await coach.agent.delete(`/api/exercise-templates/${own.id}`)).status).toBe(204);
      expect((await coach.agent.get(`/api/exercise-templates/${own.id}`)).status).toBe(404);
      expect((await coach.agent.delete(`/api/exercise-templates/${own.id}`)).status).toBe(404);
      expect((await coach.agent.get("/api/exercise-templates/no-such-thing")).status).toBe(404);
    });

    it("lets no other coach assign a coach's own template", async () => {
      const other = await signUpCoach(t.current, "other-reflect");
      const otherClient = await inviteAndAccept(t.current, other, "client", "other-reflect-client");
      const otherEngagement = await openEngagement(other, otherClient);
      const response = await other.agent.post(`/api/engagements/${otherEngagement.id}/exercises`, {
        templateId: mixedId,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([
        { path: "templateId", message: "Choose one of your exercises" },
      ]);
    });
  });
});
