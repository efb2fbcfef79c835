import { beforeAll, describe, expect, it } from "vitest";
import { selectEvidence } from "../../src/server/development/queries";
import { submittedWheelRatings } from "../../src/server/exercises/submitted-wheels";
import {
  assignExercise,
  inviteAndAccept,
  type Member,
  openEngagement,
  signUpCoach,
  writeTemplate,
} from "../support/factories";
import { MIXED } from "../support/mixed-template";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

describe.each(databaseKinds())("exercises on the %s database", (kind) => {
  const t = useTestApp(kind);
  let coach: Member;
  let client: Member;
  let engagementId: string;
  let mixedId: string;

  beforeAll(async () => {
    coach = await signUpCoach(t.current, "reflect");
    client = await inviteAndAccept(t.current, coach, "client");
    engagementId = (await openEngagement(coach, client)).id;
    mixedId = (await writeTemplate(coach, MIXED)).id;
  });

  const url = (id: string, rest = "") => `/api/exercises/${id}${rest}`;
  const withdraw = (id: string) => coach.agent.post(url(id, "/withdraw"));

  describe("assigning, drafting and submitting", () => {
    it("assigns once: a second open assignment of the same template is a 409", async () => {
      const first = await assignExercise(coach, engagementId, "best-self");
      expect(first).toMatchObject({ status: "assigned", answered: 0, questionCount: 7 });
      const again = await coach.agent.post(`/api/engagements/${engagementId}/exercises`, {
        templateId: "best-self",
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_assigned");
      await withdraw(first.id);
      expect((await assignExercise(coach, engagementId, "best-self")).status).toBe("assigned");
    });

    it("saves a draft, resumes it, and shows the coach nothing until it is submitted", async () => {
      const { id } = await assignExercise(coach, engagementId, mixedId);
      const saved = await client.agent.put(url(id, "/answers"), {
        answers: { story: "We shipped.", priorities: ["growth"] },
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body).toMatchObject({ status: "draft", answered: 2, questionCount: 4 });

      // A second save changes one answer, clears another, adds a third; the rest stay.
      await client.agent.put(url(id, "/answers"), {
        answers: { story: "We shipped on time.", priorities: null, energy: 4 },
      });
      const resumed = await client.agent.get(url(id));
      expect(resumed.body).toMatchObject({ status: "draft", answered: 2 });
      expect(resumed.body.answers).toEqual({ story: "We shipped on time.", energy: 4 });
      expect(resumed.body.questions).toHaveLength(4);
      expect(resumed.body.instructions).toBe("Take ten minutes.");

      const asCoach = await coach.agent.get(url(id));
      expect(asCoach.body).toMatchObject({ status: "draft", answers: null });

      // Submitting with a required ranking unanswered is refused, naming it.
      const early = await client.agent.post(url(id, "/submit"));
      expect(early.status).toBe(400);
      expect(early.body.error.code).toBe("incomplete");
      expect(early.body.error.fields).toEqual([
        { path: "answers.priorities", message: "Answer this question" },
      ]);

      // A ranking begun but not finished holds the submission back too.
      await client.agent.put(url(id, "/answers"), { answers: { priorities: ["quality"] } });
      const partial = await client.agent.post(url(id, "/submit"));
      expect(partial.status).toBe(400);
      expect(partial.body.error.fields).toEqual([
        { path: "answers.priorities", message: "Pick and rank 2 options (1 so far)" },
      ]);

      await client.agent.put(url(id, "/answers"), { answers: { priorities: ["quality", "team"] } });
      const submitted = await client.agent.post(url(id, "/submit"));
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect(submitted.body).toMatchObject({ status: "submitted", answered: 3 });
      expect(submitted.body.submittedAt).not.toBeNull();

      const seen = await coach.agent.get(url(id));
      expect(seen.body.answers).toEqual({
        story: "We shipped on time.",
        energy: 4,
        priorities: ["quality", "team"],
      });
    });

    it("lists every required question left unanswered, in order", async () => {
      const { id } = await assignExercise(coach, engagementId, "leadership-wheel");
      await client.agent.put(url(id, "/answers"), { answers: { vision: 7, communication: 6 } });
      const response = await client.agent.post(url(id, "/submit"));
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        "answers.developing-others",
        "answers.decision-making",
        "answers.delegation",
        "answers.relationships",
        "answers.self-management",
        "answers.results",
        "answers.strongest",
        "answers.grow-area",
        "answers.grow-why",
      ]);
      expect(response.body.error.message).toMatch(/9 required questions/);
      await withdraw(id);
    });

    it.each([
      ["an unknown question", { story: "Fine", ghost: "boo" }, "answers.ghost"],
      ["a rating above the scale", { story: "Fine", energy: 6 }, "answers.energy"],
      ["a rating below the scale", { energy: 0 }, "answers.energy"],
      ["a fractional rating", { energy: 2.5 }, "answers.energy"],
      ["a ranking with a repeat", { priorities: ["team", "team"] }, "answers.priorities"],
      ["a ranking with an unknown option", { priorities: ["team", "fame"] }, "answers.priorities"],
      [
        "a ranking longer than its top N",
        { priorities: ["team", "growth", "quality"] },
        "answers.priorities",
      ],
      ["a choice not among the options", { mood: ["elated"] }, "answers.mood"],
      ["two choices for a single choice", { mood: ["calm", "stretched"] }, "answers.mood"],
      ["text over its length", { story: "x".repeat(201) }, "answers.story"],
      ["a number for text", { story: 5 }, "answers.story"],
    ])("refuses %s with a 400 naming the question, and saves nothing", async (_, answers, path) => {
      const { id } = await assignExercise(coach, engagementId, mixedId);
      await client.agent.put(url(id, "/answers"), { answers: { energy: 3 } });
      const response = await client.agent.put(url(id, "/answers"), { answers });
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([expect.objectContaining({ path })]);
      const after = await client.agent.get(url(id));
      expect(after.body).toMatchObject({ status: "draft", answers: { energy: 3 } });
      await withdraw(id);
    });

    it("refuses a body without answers", async () => {
      const { id } = await assignExercise(coach, engagementId, mixedId);
      expect((await client.agent.put(url(id, "/answers"), { answers: {} })).status).toBe(400);
      expect((await client.agent.put(url(id, "/answers"), {})).status).toBe(400);
      expect((await client.agent.put(url(id, "/answers"), { answers: { story: {} } })).status).toBe(
        400,
      );
      await withdraw(id);
    });

    it("takes nothing once withdrawn or submitted: each a 409", async () => {
      const withdrawn = await assignExercise(coach, engagementId, mixedId);
      expect((await withdraw(withdrawn.id)).body.status).toBe("withdrawn");
      const late = await client.agent.put(url(withdrawn.id, "/answers"), {
        answers: { energy: 2 },
      });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe("exercise_withdrawn");
      expect((await client.agent.post(url(withdrawn.id, "/submit"))).status).toBe(409);
      expect((await withdraw(withdrawn.id)).status).toBe(409);

      const done = await assignExercise(coach, engagementId, mixedId);
      await client.agent.put(url(done.id, "/answers"), {
        answers: { story: "Good.", energy: 5, priorities: ["team", "growth"] },
      });
      expect((await client.agent.post(url(done.id, "/submit"))).status).toBe(200);
      const again = await client.agent.post(url(done.id, "/submit"));
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("exercise_submitted");
      const change = await client.agent.put(url(done.id, "/answers"), { answers: { energy: 1 } });
      expect(change.status).toBe(409);
      expect((await client.agent.get(url(done.id))).body.answers.energy).toBe(5);
      expect((await withdraw(done.id)).status).toBe(409);
    });

    it("keeps the questions as they were when assigned, whatever happens to the template", async () => {
      const template = await writeTemplate(coach, MIXED);
      const { id } = await assignExercise(coach, engagementId, template.id);
      await client.agent.put(url(id, "/answers"), { answers: { energy: 5 } });

      const edited = await coach.agent.patch(`/api/exercise-templates/${template.id}`, {
        title: "Renamed",
        questions: [
          { id: "energy", type: "rating", prompt: "New scale", required: true, min: 0, max: 10 },
        ],
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);

      const exercise = (await client.agent.get(url(id))).body;
      expect(exercise.template.title).toBe("Quarter review");
      expect(exercise.questions.map((q: { id: string }) => q.id)).toEqual([
        "story",
        "energy",
        "priorities",
        "mood",
      ]);
      expect(exercise.questions[1]).toMatchObject({ prompt: "Your energy", min: 1, max: 5 });
      // Answers are still checked against the questions the client was given.
      expect((await client.agent.put(url(id, "/answers"), { answers: { energy: 8 } })).status).toBe(
        400,
      );

      await coach.agent.delete(`/api/exercise-templates/${template.id}`);
      expect((await client.agent.get(url(id))).body.questions).toHaveLength(4);
      await withdraw(id);
    });

    it("offers a submitted wheel's ratings as evidence, from the newest submission", async () => {
      const areas = [
        "vision",
        "communication",
        "developing-others",
        "decision-making",
        "delegation",
        "relationships",
        "self-management",
        "results",
      ];
      const fill = (score: number) => ({
        ...Object.fromEntries(areas.map((area) => [area, score])),
        strongest: "Results.",
        "grow-area": ["delegation"],
        "grow-why": "I hold on to work.",
      });
      const engagement = await openEngagement(coach, client);
      for (const score of [3, 8]) {
        const { id } = await assignExercise(coach, engagement.id, "leadership-wheel");
        await client.agent.put(url(id, "/answers"), { answers: fill(score) });
        expect((await client.agent.post(url(id, "/submit"))).status).toBe(200);
      }
      const { exercises } = await selectEvidence(t.current.ctx.db, engagement.id);
      const ratings = await submittedWheelRatings(t.current.ctx, exercises);
      expect(ratings).toHaveLength(8);
      expect(ratings[0]).toMatchObject({
        exercise: "Leadership wheel",
        questionId: "vision",
        area: "Vision and direction",
        score: 8,
        min: 1,
        max: 10,
      });
    });

    it("lists the engagement's exercises for its client and coach, oldest first", async () => {
      const list = await client.agent.get(`/api/engagements/${engagementId}/exercises`);
      expect(list.status).toBe(200);
      expect(list.body.length).toBeGreaterThan(3);
      const times = list.body.map((e: { assignedAt: string }) => e.assignedAt);
      expect([...times].sort()).toEqual(times);
      expect(list.body[0].template).toMatchObject({
        id: "best-self",
        kind: "built-in",
        version: 1,
      });
    });

    it("refuses to assign in a closed engagement, or an exercise that does not exist", async () => {
      const closed = await openEngagement(coach, client);
      await coach.agent.post(`/api/engagements/${closed.id}/stage`, { to: "closed" });
      const response = await coach.agent.post(`/api/engagements/${closed.id}/exercises`, {
        templateId: "best-self",
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe("engagement_closed");
      const unknown = await coach.agent.post(`/api/engagements/${engagementId}/exercises`, {
        templateId: "enneagram",
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: "templateId" })]);
    });
  });
});
