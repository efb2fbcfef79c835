import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../src/server/demo/seed-demo";
import {
  inviteAndAccept,
  type Member,
  newAgent,
  openEngagement,
  signUpCoach,
} from "../support/factories";
import { downloadAs } from "../support/feedback-answers";
import { writeGoal } from "../support/goal-factories";
import { pdfText, readable } from "../support/pdf-text";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December)";
const CYRILLIC = "Делегировать больше решений команде каждую неделю";
const HEBREW = "להקשיב לצוות לפני שאני מחליט";

const flat = (text: string) => text.replace(/\s+/g, " ");

describe.each(databaseKinds())("the goals and plan PDF on the %s database", (kind) => {
  const t = useTestApp(kind);

  describe("of the demo's Daniel", () => {
    let url: string;
    /** A download as a demo person, whose password is the demo's. */
    const demoDownload = async (email: string) => {
      const signIn = await t.current.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email, password: "keel-demo-password" },
        remoteAddress: "10.88.0.2",
      });
      expect(signIn.statusCode).toBe(200);
      const cookie = [signIn.headers["set-cookie"] ?? []]
        .flat()
        .map((c) => c.split(";")[0])
        .join("; ");
      const response = await t.current.app.inject({ method: "GET", url, headers: { cookie } });
      return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
    };

    beforeAll(async () => {
      await seedDemoIfEmpty(t.current.ctx);
      const agent = newAgent(t.current);
      await agent.post("/api/auth/sign-in", {
        email: "daniel.client@example.com",
        password: "keel-demo-password",
      });
      const [engagement] = (await agent.get("/api/engagements")).body.items;
      url = `/api/engagements/${engagement.id}/goals.pdf`;
    });

    it("is a document to hand over: goals, status in words, charts, milestones, the plan and if-then plans", async () => {
      const pdf = await demoDownload("daniel.client@example.com");
      expect(pdf.status).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      expect(pdf.headers["cache-control"]).toBe("no-store");
      expect(pdf.headers["content-disposition"]).toBe(
        'attachment; filename="goals-and-plan-daniel-reyes.pdf"',
      );
      const text = pdfText(pdf.bytes);
      const all = flat(text);
      expect(all).toContain("Goals and action plan");
      expect(all).toContain("Daniel Reyes");
      expect(all).toContain("Leading through growth");
      expect(all).toContain("Maya Okafor");
      expect(all).toContain("Hand one piece of stretch work a week to someone in my team");
      expect(all).toContain("let people finish without interrupting");
      expect(all).toContain("On track");
      expect(all).toContain("At risk");
      expect(all).toContain("Listening before deciding");
      expect(all).toContain(
        "If I catch myself starting a task someone else could own, then I will write down who could own it and hand it to them this week.",
      );
      expect(all).toContain(
        "If I want to rework something a team member handed in, then I will ask them two questions about it and let them make the change.",
      );
      expect(all).toContain("Every Monday");
      expect(all).toContain("Skills and behaviours to develop");
      expect(all).toContain("Milestones");
      expect(all).toMatch(
        /Plan version 2, last changed by Daniel Reyes on \d{1,2} \w+ \d{4}: A whole project/,
      );
      // The progress chart, drawn from the shared component: its axis days and the target.
      expect(all).toContain("Line from baseline to target");
      expect(all).toContain("Target 4");
      expect(all).toMatch(new RegExp(`: due \\d{1,2} ${MONTH} \\d{4}`));
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(all).not.toMatch(/FREQ=/);

      const pages = text.split("\f").filter((page) => page.trim());
      expect(pages.length).toBeGreaterThanOrEqual(2);
      pages.forEach((page, i) => {
        expect(flat(page)).toContain(
          "Northwind Coaching (demo) · Goals and action plan: Daniel Reyes",
        );
        expect(flat(page)).toContain(`Page ${i + 1} of ${pages.length}`);
      });
    });

    it("is the same for his coach", async () => {
      const asDaniel = await demoDownload("daniel.client@example.com");
      const asMaya = await demoDownload("maya.coach@example.com");
      expect(asMaya.status).toBe(200);
      expect(flat(pdfText(asMaya.bytes))).toBe(flat(pdfText(asDaniel.bytes)));
    });
  });

  describe("of a goal just begun", () => {
    let coach: Member;
    let client: Member;
    let engagementId: string;

    beforeAll(async () => {
      coach = await signUpCoach(t.current, "plan-pdf");
      client = await inviteAndAccept(t.current, coach, "client");
      engagementId = (await openEngagement(coach, client)).id;
    });

    it("says there is no goal yet", async () => {
      const pdf = await downloadAs(t.current, coach, `/api/engagements/${engagementId}/goals.pdf`);
      expect(pdf.status).toBe(200);
      expect(flat(pdfText(pdf.bytes))).toContain("No goals yet");
    });

    it("writes people's text in any script, and says what is not there yet", async () => {
      await writeGoal(client, engagementId, {
        statement: CYRILLIC,
        whyItMatters: HEBREW,
        measure: null,
        baseline: null,
        target: null,
      });
      const pdf = await downloadAs(t.current, client, `/api/engagements/${engagementId}/goals.pdf`);
      expect(pdf.status).toBe(200);
      const text = pdfText(pdf.bytes);
      expect(flat(text)).toContain(CYRILLIC);
      expect(readable(text)).toContain(HEBREW);
      expect(flat(text)).toContain("Not measured yet");
      expect(flat(text)).toContain("No plan yet");
      expect(flat(text)).toContain("Page 1 of 1");
    });
  });
});
