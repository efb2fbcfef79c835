import { describe, expect, it } from "vitest";
import { spokenDate } from "../feedback/deadlines";
import { type AssignedWork, workAssignedMail } from "./work-assigned-mail";

// "Friday 7 March 2031", as this runtime's English writes it (some put a comma after the day).
const due = spokenDate("2031-03-07");

const wheel: AssignedWork = {
  kind: "exercise",
  title: "Leadership wheel",
  dueDate: "2031-03-07",
  url: "http://keel.test/exercises/1",
  assignerName: "Maya Brooks",
};
const markers: AssignedWork = {
  kind: "questionnaire",
  title: "Big-Five markers (50 items)",
  dueDate: null,
  url: "http://keel.test/assessments/2",
  assignerName: "Maya Brooks",
};

describe("the mail about work assigned", () => {
  it("names one thing in its subject, its due date as people write it, and links to it", () => {
    const mail = workAssignedMail({ clientName: "Daniel", work: [wheel] });
    expect(mail.subject).toBe("Maya Brooks asks you to fill in an exercise: Leadership wheel");
    expect(due).toMatch(/^Friday,? 7 March 2031$/);
    expect(mail.text).toContain(`the exercise "Leadership wheel", by ${due}.`);
    expect(mail.text).toContain("Open Leadership wheel: http://keel.test/exercises/1");
    expect(mail.html).toContain('href="http://keel.test/exercises/1"');
  });

  it("lists several things in one mail, each with its own link", () => {
    const mail = workAssignedMail({ clientName: "Daniel", work: [wheel, markers] });
    expect(mail.subject).toBe("Maya Brooks gave you two things to fill in");
    expect(mail.text).toContain(
      `Leadership wheel (exercise, by ${due}):\nhttp://keel.test/exercises/1`,
    );
    expect(mail.text).toContain(
      "Big-Five markers (50 items) (questionnaire):\nhttp://keel.test/assessments/2",
    );
    expect(mail.html).toContain('href="http://keel.test/assessments/2"');
  });

  it("speaks of the coaches when more than one assigned", () => {
    const mail = workAssignedMail({
      clientName: "Daniel",
      work: [wheel, { ...markers, assignerName: "Ana Ruiz" }],
    });
    expect(mail.subject).toBe("Your coaches gave you two things to fill in");
  });
});
