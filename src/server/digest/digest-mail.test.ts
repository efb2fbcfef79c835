import { describe, expect, it } from "vitest";
import { digestMail } from "./digest-mail";

const base = { name: "Lena", publicUrl: "https://keel.example" };

describe("the weekly digest mail", () => {
  it("escapes held text and links its addresses, line breaks kept", () => {
    const mail = digestMail({
      ...base,
      held: [
        {
          subject: "New <work>",
          text: 'Hello <script>alert(1)</script>\n\nOpen it:\nhttps://keel.example/exercises/1"onmouseover=x',
          on: "2031-03-10",
        },
      ],
    });
    expect(mail.subject).toBe("Your weekly digest: 1 update");
    expect(mail.text).toContain("--- New <work> (2031-03-10)");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<work>");
    expect(mail.html).toContain("Hello &#60;script&#62;");
    expect(mail.html).toContain(
      'Open it:<br><a href="https://keel.example/exercises/1" style="color:#0f766e">https://keel.example/exercises/1</a>&#34;onmouseover=x',
    );
  });

  it("gives a coach with nobody at risk a calm line and no client's name in the subject", () => {
    const calm = digestMail({ ...base, atRisk: [], held: [] });
    expect(calm.subject).toBe("Your week in Keel: nobody needs your attention");
    expect(calm.text).toContain("Nobody needs your attention this week");
    const busy = digestMail({
      ...base,
      atRisk: [
        {
          engagement: { id: "e1", title: "Leading the team" },
          client: { id: "c1", name: "Sam Leader" },
          warnings: [
            {
              rule: "overdue_commitments",
              severity: "act",
              reason: "4 commitments overdue",
              action: "Ask about them",
              since: "2031-03-01",
              evidence: [],
            },
          ],
        },
      ],
      held: [],
    });
    expect(busy.subject).toBe("Your week in Keel: 1 client needs you");
    expect(busy.subject).not.toContain("Sam");
    expect(busy.text).toContain(
      "1. Sam Leader (Leading the team)\n   Act this week: 4 commitments overdue\n   Suggested: Ask about them\n   Open: https://keel.example/engagements/e1",
    );
  });
});
